import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'archived',
  short: 'The repository is archived (read-only) on its forge.',
  motivation:
    'An archived project receives no security fixes and is no longer tested or used by its maintainers.',
  implementation:
    'The archived flag of the forge’s repository answer (`GET /repos/{owner}/{repo}`, as Scorecard reads it); neither files nor git history carry it, so without forge access the outcome is not-available (value `why`) and Maintained says so.',
  remediation: {
    text: 'Move to a maintained fork or alternative, or ask the owners to un-archive the project if it is still maintained.',
    effort: 'high',
    minutes: 240,
  },
  bad: 'true',
};
