import type { CheckRun } from '../../../forge/index.js';
import { finding, type Probe } from '../../probe.js';
import { FORGE_UNAVAILABLE, fromForge, withoutForgeFact } from '../forge.js';
import { def } from './def.js';

/** Scorecard's sastTools: check-run apps (by slug) that are SAST tools. */
export const SAST_APPS: ReadonlySet<string> = new Set([
  'github-advanced-security',
  'github-code-scanning',
  'lgtm-com',
  'sonarcloud',
  'sonarqubecloud',
]);
const ALLOWED_CONCLUSIONS: ReadonlySet<string> = new Set(['success', 'neutral']);

export function isSastRun(r: CheckRun): boolean {
  return (
    r.status === 'completed' &&
    r.conclusion !== null &&
    ALLOWED_CONCLUSIONS.has(r.conclusion) &&
    r.app !== null &&
    SAST_APPS.has(r.app)
  );
}

/** Scorecard's sastToolInCheckRuns + probe: merged pull requests whose head commit a SAST app checked. */
export const sastToolRunsOnAllCommits: Probe = {
  ...def,
  run(raw) {
    const revisions = raw.forge.ciRevisions;
    if (!revisions.ok)
      return [
        withoutForgeFact(
          def,
          'needs forge access: the checks that ran on merged pull requests are kept by the forge',
          revisions.reason,
          { forge: FORGE_UNAVAILABLE },
        ),
      ];
    const merged = revisions.data.length;
    if (merged === 0)
      return [
        finding(def, 'not-applicable', 'no pull requests merged into dev branch', undefined, fromForge()),
      ];
    const analyzed = revisions.data.filter((r) => r.checkRuns.some(isSastRun)).length;
    const values = fromForge({
      totalPullRequestsAnalyzed: String(analyzed),
      totalPullRequestsMerged: String(merged),
    });
    return analyzed === merged
      ? [finding(def, 'true', `all commits (${merged}) are checked with a SAST tool`, undefined, values)]
      : [
          finding(
            def,
            'false',
            `${analyzed} commits out of ${merged} are checked with a SAST tool`,
            undefined,
            values,
          ),
        ];
  },
};
