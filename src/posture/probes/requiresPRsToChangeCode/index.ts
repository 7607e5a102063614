import type { Probe } from '../../probe.js';
import { branchProbe } from '../forge.js';
import { def } from './def.js';

export const requiresPRsToChangeCode: Probe = branchProbe(def, (b) => {
  const v = b.rule.pullRequestRequired;
  if (v === undefined)
    return ['not-available', `could not determine whether branch '${b.name}' requires PRs to change code`];
  if (v) return ['true', `PRs are required in order to make changes on branch '${b.name}'`];
  return [
    'false',
    `PRs are not required to make changes on branch '${b.name}'; or we don't have data to detect it.If you think it might be the latter, make sure to run Scorecard with a PAT or use Repo Rules (that are always public) instead of Branch Protection settings`,
  ];
});
