import type { Risk } from '../../core/model/posture.js';
import type { Check } from '../check.js';

/**
 * A check whose evidence only the forge has. Until a forge client feeds it, it reports
 * `needs-forge` (score -1, out of the aggregate) and says what it would need.
 */
function forgeOnly(name: string, risk: Risk, short: string, needs: string): Check {
  return {
    name,
    risk,
    short,
    evidence: 'forge',
    probes: [],
    evaluate: () => ({ status: 'needs-forge', reason: `needs forge access: ${needs}` }),
  };
}

export const branchProtectionCheck = forgeOnly(
  'Branch-Protection',
  'High',
  "Determines if the default and release branches are protected with GitHub's branch protection settings.",
  'branch rules and protection settings are kept by the forge',
);
export const ciTestsCheck = forgeOnly(
  'CI-Tests',
  'Low',
  'Determines if the project runs tests before pull requests are merged.',
  'the checks that ran on merged pull requests are kept by the forge',
);
export const ciiBestPracticesCheck = forgeOnly(
  'CII-Best-Practices',
  'Low',
  'Determines if the project has an OpenSSF (formerly CII) Best Practices Badge.',
  'the badge is looked up at bestpractices.dev',
);
export const signedReleasesCheck = forgeOnly(
  'Signed-Releases',
  'High',
  'Determines if the project cryptographically signs release artifacts.',
  'release assets and their signatures are kept by the forge',
);
export const webhooksCheck = forgeOnly(
  'Webhooks',
  'Critical',
  'This check validates if the webhook defined in the repository has a token configured.',
  'webhook settings are kept by the forge (and need admin access)',
);
