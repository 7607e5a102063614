import type { Finding } from '../../../core/model/posture.js';
import { finding, type Probe } from '../../probe.js';
import type { CiRevision } from '../../raw/forge/types.js';
import { forgeProbe } from '../forge.js';
import { def } from './def.js';

/** Scorecard's isTest patterns ("Cirrus CI" never matches the lower-cased text, there as here). */
const CI_PATTERNS = [
  'appveyor',
  'buildkite',
  'circleci',
  'e2e',
  'github-actions',
  'jenkins',
  'mergeable',
  'packit-as-a-service',
  'semaphoreci',
  'test',
  'travis-ci',
  'flutter-dashboard',
  'cirrus-ci',
  'Cirrus CI',
  'azure-pipelines',
  'ci/woodpecker',
  'vstfs:///build/build',
];

export function isCiTest(text: string): boolean {
  const l = text.toLowerCase();
  return CI_PATTERNS.some((p) => l.includes(p));
}

function revisionFinding(r: CiRevision): Finding {
  const status = r.statuses.find(
    (s) => s.state === 'success' && (isCiTest(s.context) || (s.targetUrl !== null && isCiTest(s.targetUrl))),
  );
  if (status)
    return finding(def, 'true', `CI test found: pr: ${r.headSha}, context: ${status.context}`, undefined, {
      pullRequest: String(r.pullRequest),
    });
  const run = r.checkRuns.find(
    (c) => c.status === 'completed' && c.conclusion === 'success' && c.app !== null && isCiTest(c.app),
  );
  if (run)
    return finding(def, 'true', `CI test found: pr: ${r.pullRequest}, context: ${run.app}`, undefined, {
      pullRequest: String(r.pullRequest),
    });
  return finding(
    def,
    'false',
    `merged PR ${r.pullRequest} without CI test at HEAD: ${r.headSha}`,
    undefined,
    {
      pullRequest: String(r.pullRequest),
    },
  );
}

export const testsRunInCI: Probe = forgeProbe(
  def,
  (raw) => raw.forge.ciRevisions,
  (revisions) => {
    if (revisions.length === 0) return [finding(def, 'not-applicable', 'no pull requests found')];
    return revisions.map(revisionFinding);
  },
);
