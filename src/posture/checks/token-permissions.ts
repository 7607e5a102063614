import type { Finding } from '../../core/model/posture.js';
import { type Check, detailLine, type Evaluation } from '../check.js';
import { nothingRead, notReadDetails } from './workflow-evidence.js';

const TOP = 'topLevelPermissions';
const JOB = 'jobLevelPermissions';
const UNKNOWN = 'hasNoGitHubWorkflowPermissionUnknown';
/** Most important first (the top-level block sets every job's default); evaluation reads them in run order. */
const PROBES = [TOP, JOB, UNKNOWN];
const EXCESSIVE = 'detected GitHub workflow tokens with excessive permissions';

type Flags = { jobLevel: Set<string>; topLevel: Set<string> };

/** Scorecard's reduceBy: what a top-level write on one scope costs. */
function reduceBy(token: string): number {
  if (token === 'checks' || token === 'statuses') return 0.5;
  if (token === 'contents' || token === 'packages' || token === 'actions') return 10;
  if (token === 'deployments' || token === 'security-events') return 1;
  return 0;
}

/**
 * Scorecard v5 checks/evaluation/permissions.go, step for step (findings in probe order, so every
 * job-level finding is read before the top-level ones, as in Scorecard). Returns the evaluation and
 * the Info/Warn lines it logs (its Debug lines are left out, as at Scorecard's default log level).
 */
export function evaluateTokenPermissions(findings: readonly Finding[]): { e: Evaluation; details: string[] } {
  const details: string[] = notReadDetails(findings, PROBES);
  const done = (e: Evaluation) => ({ e, details });
  const unread = nothingRead(findings, PROBES);
  if (unread) return done(unread);
  let score = 10;
  const write: Flags = { jobLevel: new Set(), topLevel: new Set() };
  const undeclared: Flags = { jobLevel: new Set(), topLevel: new Set() };
  for (const f of findings) {
    const level = f.probe === UNKNOWN ? '' : (f.values?.permissionLevel ?? '');
    if (level === 'none') {
      details.push(detailLine('Info', f));
      continue;
    }
    if (level === 'read') details.push(detailLine('Info', f));
    if (level === 'undeclared' && f.outcome === 'not-available')
      return done({ status: 'inconclusive', reason: 'Token permissions are not available' });
    if (f.outcome === 'not-applicable') return done({ status: 'inconclusive', reason: 'No tokens found' });
    if (f.outcome !== 'false' || !f.location) continue;
    const path = f.location.path;
    if (level === 'undeclared') {
      if (f.probe === JOB) {
        undeclared.jobLevel.add(path);
        if (write.topLevel.has(path) || undeclared.topLevel.has(path)) score = 0;
      } else if (f.probe === TOP) {
        details.push(detailLine('Warn', f));
        undeclared.topLevel.add(path);
        score = undeclared.jobLevel.has(path) ? 0 : score - 0.5;
      }
      continue;
    }
    if (level !== 'write') continue;
    const token = f.values?.tokenName ?? '';
    if (f.probe === TOP) {
      write.topLevel.add(path);
      if (token !== 'all' && token !== 'write-all') {
        const by = reduceBy(token);
        if (by > 0) details.push(detailLine('Warn', f));
        score -= by;
        continue;
      }
      details.push(detailLine('Warn', f));
      if (write.jobLevel.has(path) || undeclared.jobLevel.has(path))
        return done({ score: 0, reason: EXCESSIVE });
      score -= 0.5;
    } else if (f.probe === JOB) {
      details.push(detailLine('Warn', f));
      write.jobLevel.add(path);
      if (write.topLevel.has(path)) score = 0;
      else if (undeclared.topLevel.has(path)) score -= 0.5;
    }
  }
  score = Math.max(score, 0);
  if (write.jobLevel.size === 0) details.push('Info: no jobLevel write permissions found');
  if (score !== 10) return done({ score: Math.trunc(score), reason: EXCESSIVE });
  return done({ score: 10, reason: 'GitHub workflow tokens follow principle of least privilege' });
}

export const tokenPermissionsCheck: Check = {
  name: 'Token-Permissions',
  risk: 'High',
  short: "Determines if the project's workflows follow the principle of least privilege.",
  evidence: 'local-files',
  probes: PROBES,
  evaluate: (findings) => evaluateTokenPermissions(findings).e,
  details: (findings) => evaluateTokenPermissions(findings).details,
};
