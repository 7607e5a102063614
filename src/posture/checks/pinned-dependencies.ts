import type { Finding } from '../../core/model/posture.js';
import { compareStrings } from '../../core/util/compare.js';
import { type Check, detailLine, type Evaluation } from '../check.js';
import { isGitHubOwnedAction } from '../probes/pinsDependencies/index.js';

/** Scorecard's weights: GitHub-owned actions 2, third-party 8, every other type 10. */
const GITHUB_OWNED = 2;
const THIRD_PARTY = 8;
const NORMAL = GITHUB_OWNED + THIRD_PARTY;

type Tally = { pinned: number; total: number };
type Weighted = Tally & { weight: number };

/** Scorecard's CreateProportionalScoreWeighted (integer arithmetic; -1 when no group has a total). */
export function weightedScore(groups: readonly Weighted[]): number {
  let ws = 0;
  let wt = 0;
  let any = false;
  let allZero = true;
  for (const g of groups) {
    if (g.total === 0) continue;
    any = true;
    if (g.weight !== 0) allZero = false;
    ws += g.pinned * g.weight;
    wt += g.total * g.weight;
  }
  if (!any) return -1;
  if (allZero) return 10;
  return Math.min(Math.trunc((10 * ws) / wt), 10);
}

const pad = (n: number) => String(n).padStart(3);
const info = (t: Tally, name: string) =>
  `Info: ${pad(t.pinned)} out of ${pad(t.total)} ${name} dependencies pinned`;

/** Scorecard v5 checks/evaluation/pinned_dependencies.go; types listed in name order (Scorecard: map order). */
export function evaluatePinning(findings: readonly Finding[]): { e: Evaluation; details: string[] } {
  const details: string[] = [];
  const owned: Tally = { pinned: 0, total: 0 };
  const third: Tally = { pinned: 0, total: 0 };
  const byType = new Map<string, Tally>();
  for (const f of findings) {
    if (f.outcome === 'not-applicable')
      return { e: { status: 'inconclusive', reason: 'no dependencies found' }, details };
    // Sterling's not-available plays Scorecard's error finding: logged, not counted
    if (f.outcome === 'not-available') {
      details.push(detailLine('Info', f));
      continue;
    }
    if (f.outcome === 'false') details.push(detailLine('Warn', f));
    const type = f.values?.dependencyType ?? '';
    const tally =
      type === 'GitHubAction'
        ? isGitHubOwnedAction(f.values?.snippet ?? '')
          ? owned
          : third
        : (byType.get(type) ?? byType.set(type, { pinned: 0, total: 0 }).get(type)!);
    if (f.outcome === 'true') tally.pinned++;
    tally.total++;
  }
  const groups: Weighted[] = [];
  if (owned.total > 0 && third.total > 0) {
    details.push(info(owned, 'GitHub-owned GitHubAction'), info(third, 'third-party GitHubAction'));
    groups.push({ ...owned, weight: GITHUB_OWNED }, { ...third, weight: THIRD_PARTY });
  } else if (owned.total > 0) {
    details.push(info(owned, 'GitHub-owned GitHubAction'));
    groups.push({ ...owned, weight: NORMAL });
  } else if (third.total > 0) {
    details.push(info(third, 'third-party GitHubAction'));
    groups.push({ ...third, weight: NORMAL });
  }
  for (const type of [...byType.keys()].sort(compareStrings)) {
    const t = byType.get(type)!;
    details.push(info(t, type));
    groups.push({ ...t, weight: NORMAL });
  }
  if (groups.length === 0) return { e: { status: 'inconclusive', reason: 'no dependencies found' }, details };
  const score = weightedScore(groups);
  if (score === 10) return { e: { score, reason: 'all dependencies are pinned' }, details };
  const reason = `dependency not pinned by hash detected -- score normalized to ${score}`;
  return { e: { score, reason }, details };
}

export const pinnedDependenciesCheck: Check = {
  name: 'Pinned-Dependencies',
  risk: 'Medium',
  short: 'Determines if the project has declared and pinned the dependencies of its build process.',
  evidence: 'local-files',
  probes: ['pinsDependencies'],
  evaluate: (findings) => evaluatePinning(findings).e,
  details: (findings) => evaluatePinning(findings).details,
};
