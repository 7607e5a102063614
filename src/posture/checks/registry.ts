import type { Check } from '../check.js';
import { binaryArtifactsCheck } from './binary-artifacts.js';
import { codeReviewCheck } from './code-review.js';
import { contributorsCheck } from './contributors.js';
import { dangerousWorkflowCheck } from './dangerous-workflow.js';
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
import { maintainedCheck } from './maintained.js';
import { packagingCheck } from './packaging.js';
import { pinnedDependenciesCheck } from './pinned-dependencies.js';
import { sastCheck } from './sast.js';
import { securityPolicyCheck } from './security-policy.js';
import { tokenPermissionsCheck } from './token-permissions.js';
import { vulnerabilitiesCheck } from './vulnerabilities.js';

/** Every check, sorted by name. */
export const CHECKS: readonly Check[] = [
  binaryArtifactsCheck,
  branchProtectionCheck,
  ciTestsCheck,
  ciiBestPracticesCheck,
  codeReviewCheck,
  contributorsCheck,
  dangerousWorkflowCheck,
  dependencyUpdateToolCheck,
  fuzzingCheck,
  licenseCheck,
  maintainedCheck,
  packagingCheck,
  pinnedDependenciesCheck,
  sastCheck,
  securityPolicyCheck,
  signedReleasesCheck,
  tokenPermissionsCheck,
  vulnerabilitiesCheck,
  webhooksCheck,
];
