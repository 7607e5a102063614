import type { Probe } from '../../probe.js';
import { hasCodeowners } from '../codeowners.js';
import { branchProbe } from '../forge.js';
import { def } from './def.js';

export const requiresCodeOwnersReview: Probe = branchProbe(def, (b, raw) => {
  const v = b.rule.codeOwnerReviews;
  if (v === undefined) return ['not-available', 'could not determine whether codeowners review is allowed'];
  if (!v) return ['false', `codeowners review is not required on branch '${b.name}'`];
  if (!hasCodeowners(raw.files.paths))
    return ['false', 'codeowners review is required - but no codeowners file found in repo'];
  return ['true', `codeowner review is required on branch '${b.name}'`];
});
