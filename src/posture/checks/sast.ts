import type { Finding } from '../../core/model/posture.js';
import { type Check, detailLine, type Evaluation, proportionalScore } from '../check.js';
import { notReadDetails } from './workflow-evidence.js';

const CONFIGURED = 'sastToolConfigured';
const ALL_COMMITS = 'sastToolRunsOnAllCommits';
const INCONCLUSIVE = -1;
export const OFFLINE = ' (from the workflow files; whether it ran on merged pull requests needs the forge)';
const error = (reason: string): Evaluation => ({ status: 'error', reason: `internal error: ${reason}` });

/** Scorecard's getSASTScore; Sterling's not-available (no forge) is read like its local mode's not-applicable. */
function commitsScore(f: Finding, details: string[]): number | undefined {
  if (f.outcome === 'not-applicable' || f.outcome === 'not-available') {
    details.push(`Warn: ${f.message}`);
    return INCONCLUSIVE;
  }
  if (f.outcome === 'true') details.push(`Info: ${f.message}`);
  if (f.outcome === 'false') details.push(`Warn: ${f.message}`);
  const analyzed = Number.parseInt(f.values?.totalPullRequestsAnalyzed ?? '', 10);
  const total = Number.parseInt(f.values?.totalPullRequestsMerged ?? '', 10);
  if (Number.isNaN(analyzed) || Number.isNaN(total)) return undefined;
  return proportionalScore(analyzed, total);
}

/**
 * Scorecard v5 checks/evaluation/sast.go. Without the forge (sastToolRunsOnAllCommits not-available)
 * it scores as Scorecard's local mode does: 10 when a tool is configured, 0 when none.
 */
export function evaluateSast(findings: readonly Finding[]): { e: Evaluation; details: string[] } {
  const details: string[] = notReadDetails(findings, [CONFIGURED]);
  const offline = findings.some((f) => f.probe === ALL_COMMITS && f.outcome === 'not-available');
  // Offline the score comes from the workflow files alone: the reason says so
  const done = (e: Evaluation) => ({
    e: offline && 'score' in e ? { ...e, reason: `${e.reason}${OFFLINE}` } : e,
    details,
  });
  let sast = 0;
  let codeQl = 0;
  let other = 0;
  for (const f of findings) {
    if (f.probe === ALL_COMMITS) {
      const s = commitsScore(f, details);
      if (s === undefined) return done(error('parsing analyzed PR count'));
      sast = s;
    } else if (f.probe === CONFIGURED && f.outcome !== 'not-available') {
      const tool = f.values?.tool;
      if (f.outcome === 'true' && tool === undefined) return done(error('missing SAST tool'));
      let score = INCONCLUSIVE;
      if (f.outcome === 'true') {
        details.push(detailLine('Info', f));
        score = 10;
      } else if (f.outcome === 'false') score = 0;
      if (tool === 'CodeQL') codeQl = score;
      else other = score;
    }
  }
  const configured = findings.filter((f) => f.probe === CONFIGURED);
  if (!configured.some((f) => f.outcome === 'true') && configured.some((f) => f.outcome === 'not-available'))
    return done({ status: 'inconclusive', reason: 'no SAST tool found in what could be read' });
  if (other === 10) return done({ score: 10, reason: 'SAST tool detected' });
  if (sast === INCONCLUSIVE && codeQl === INCONCLUSIVE) return done(error('contact team'));
  const notAll = (s: number) => `SAST tool is not run on all commits -- score normalized to ${s}`;
  if (sast !== INCONCLUSIVE && codeQl !== INCONCLUSIVE) {
    if (sast === 10) return done({ score: 10, reason: 'SAST tool is run on all commits' });
    if (codeQl === 0) return done({ score: sast, reason: notAll(sast) });
    if (codeQl === 10) {
      const score = Math.floor((sast * 3 + codeQl * 7) / 10);
      return done({ score, reason: 'SAST tool detected but not run on all commits' });
    }
    return done(error('contact team'));
  }
  if (codeQl !== INCONCLUSIVE) {
    if (codeQl === 10) return done({ score: 10, reason: 'SAST tool detected: CodeQL' });
    return done({ score: 0, reason: 'no SAST tool detected' });
  }
  if (sast === 10) return done({ score: 10, reason: 'SAST tool is run on all commits' });
  return done({ score: sast, reason: notAll(sast) });
}

export const sastCheck: Check = {
  name: 'SAST',
  risk: 'Medium',
  short: 'Determines if the project uses static code analysis.',
  evidence: 'local-files',
  forge: ['ciRevisions'],
  forgeMethod:
    'computed as Scorecard does: SAST check runs (GitHub code scanning, SonarCloud, ...) on the head commits of the 30 most recently updated merged pull requests, read from the forge, combined with the SAST tools configured in the workflow files.',
  probes: [CONFIGURED, ALL_COMMITS],
  evaluate: (findings) => evaluateSast(findings).e,
  details: (findings) => evaluateSast(findings).details,
};
