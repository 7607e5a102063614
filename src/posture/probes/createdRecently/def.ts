import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'createdRecently',
  short: 'The repository was created in the last 90 days.',
  motivation:
    'Recently created repositories have been used for malicious forks and typosquatting; a new repository deserves a closer look.',
  implementation:
    'With forge access, the repository’s creation date from the forge (`created_at` of `GET /repos/{owner}/{repo}`), as Scorecard reads it (value `createdAt`). Without it, from git history: the oldest author or committer date of the root commits — a mirror or migration of an older history then looks old even when the forge repository is new, and in a shallow clone whose oldest commit is recent the answer is not-available.',
  remediation: {
    text: 'Nothing to fix in the project itself: review a new repository’s contents and owners before depending on it.',
    effort: 'low',
    minutes: 15,
  },
  bad: 'true',
};
