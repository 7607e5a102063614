import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'createdRecently',
  short: 'The repository was created in the last 90 days.',
  motivation:
    'Recently created repositories have been used for malicious forks and typosquatting; a new repository deserves a closer look.',
  implementation:
    'Scorecard reads the creation date from the forge; from git history Sterling takes the oldest author or committer date of the root commits. A mirror or migration of an older history looks old here even when the forge repository is new; in a shallow clone whose oldest commit is recent the answer is not-available.',
  remediation: {
    text: 'Nothing to fix in the project itself: review a new repository’s contents and owners before depending on it.',
    effort: 'low',
    minutes: 15,
  },
  bad: 'true',
};
