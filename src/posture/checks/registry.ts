import type { Check } from '../check.js';
import { binaryArtifactsCheck } from './binary-artifacts.js';
import { dependencyUpdateToolCheck } from './dependency-update-tool.js';
import {
  branchProtectionCheck,
  ciiBestPracticesCheck,
  ciTestsCheck,
  signedReleasesCheck,
  webhooksCheck,
} from './forge-only.js';
import { fuzzingCheck } from './fuzzing.js';
import { licenseCheck } from './license.js';
import { securityPolicyCheck } from './security-policy.js';

/** Every check, sorted by name. */
export const CHECKS: readonly Check[] = [
  binaryArtifactsCheck,
  branchProtectionCheck,
  ciTestsCheck,
  ciiBestPracticesCheck,
  dependencyUpdateToolCheck,
  fuzzingCheck,
  licenseCheck,
  securityPolicyCheck,
  signedReleasesCheck,
  webhooksCheck,
];
