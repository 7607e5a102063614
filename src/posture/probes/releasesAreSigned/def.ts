import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'releasesAreSigned',
  short: 'Recent releases carry a signature file among their assets.',
  motivation:
    'A signature lets users check that the artifact they downloaded is the one the maintainers published.',
  implementation:
    'The 5 most recent releases (a release without assets is skipped but still counts toward the 5, as in Scorecard): signed when an asset name ends in .asc, .minisig, .sig, .sign, .sigstore or .sigstore.json.',
  remediation: {
    text: 'Sign release artifacts (e.g. with Sigstore cosign or GPG) and upload the signature files to the release.',
    effort: 'medium',
    minutes: 60,
  },
  bad: 'false',
};
