import type { Check } from '../check.js';
import { binaryArtifactsCheck } from './binary-artifacts.js';
import { dependencyUpdateToolCheck } from './dependency-update-tool.js';
import { fuzzingCheck } from './fuzzing.js';
import { licenseCheck } from './license.js';
import { securityPolicyCheck } from './security-policy.js';

/** Every check, sorted by name. */
export const CHECKS: readonly Check[] = [
  binaryArtifactsCheck,
  dependencyUpdateToolCheck,
  fuzzingCheck,
  licenseCheck,
  securityPolicyCheck,
];
