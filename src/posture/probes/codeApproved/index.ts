import type { Finding } from '../../../core/model/posture.js';
import { compareStrings } from '../../../core/util/compare.js';
import { finding, type Probe } from '../../probe.js';
import type { Changeset } from '../../raw/changesets.js';
import { applyPullRequests } from '../../raw/forge/reviews.js';
import { fromForge } from '../forge.js';
import { def } from './def.js';

/** `merge 4, direct 2`: how many changesets showed each kind of review evidence. */
function evidenceSummary(changesets: readonly Changeset[]): string {
  const n = new Map<string, number>();
  for (const c of changesets) n.set(c.evidence, (n.get(c.evidence) ?? 0) + 1);
  return [...n]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

export const codeApproved: Probe = {
  ...def,
  run(raw): Finding[] {
    const facts = raw.changesets();
    if (!facts.available) return [finding(def, 'not-available', `no git history: ${facts.reason}`)];
    const pulls = raw.forge.pullRequests;
    const { changesets: all, matched } = pulls.ok
      ? applyPullRequests(facts.changesets, pulls.data)
      : { changesets: facts.changesets, matched: 0 };
    if (all.length === 0) return [finding(def, 'not-applicable', 'no changesets detected')];
    if (facts.partial) {
      return [
        finding(def, 'not-available', `${facts.partial}; fetch the full history (git fetch --unshallow)`),
      ];
    }
    let changes = 0;
    let approved = 0;
    let unknown = 0;
    let human = false;
    for (const c of all) {
      if (c.reviewed === undefined) {
        unknown++;
        continue;
      }
      // Scorecard: reviewed bot changesets are skipped; unreviewed ones count but are not human activity.
      if (c.reviewed && c.bot) continue;
      changes++;
      if (!c.bot) human = true;
      if (c.reviewed) approved++;
    }
    const counts = {
      approvedChangesets: String(approved),
      totalChangesets: String(changes),
      unknownChangesets: String(unknown),
      evidence: evidenceSummary(all),
    };
    const values = matched > 0 ? fromForge({ ...counts, pullRequests: String(matched) }) : counts;
    if (changes === 0 && unknown > 0) {
      return [
        finding(
          def,
          'not-available',
          `needs forge access: the reviews of the last ${all.length} changeset(s) are not in git history (squash or rebase merges by the forge, or merged branches missing from the clone)`,
          undefined,
          values,
        ),
      ];
    }
    if (approved !== changes) {
      return [finding(def, 'false', `Found ${approved}/${changes} approved changesets`, undefined, values)];
    }
    if (!human) {
      return [
        finding(
          def,
          'not-applicable',
          `Found no human activity in the last ${all.length} changesets`,
          undefined,
          values,
        ),
      ];
    }
    return [finding(def, 'true', 'All changesets approved', undefined, values)];
  },
};
