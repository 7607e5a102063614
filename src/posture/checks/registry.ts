import type { Check } from '../check.js';
import { binaryArtifactsCheck } from './binary-artifacts.js';
import { branchProtectionCheck } from './branch-protection.js';
import { ciTestsCheck } from './ci-tests.js';
import { ciiBestPracticesCheck } from './cii-best-practices.js';
import { codeReviewCheck } from './code-review.js';
import { contributorsCheck } from './contributors.js';
import { dangerousWorkflowCheck } from './dangerous-workflow.js';
import { dependencyUpdateToolCheck } from './dependency-update-tool.js';
import { fuzzingCheck } from './fuzzing.js';
import { licenseCheck } from './license.js';
import { maintainedCheck } from './maintained.js';
import { packagingCheck } from './packaging.js';
import { pinnedDependenciesCheck } from './pinned-dependencies.js';
import { sastCheck } from './sast.js';
import { securityPolicyCheck } from './security-policy.js';
import { signedReleasesCheck } from './signed-releases.js';
import { tokenPermissionsCheck } from './token-permissions.js';
import { vulnerabilitiesCheck } from './vulnerabilities.js';
import { webhooksCheck } from './webhooks.js';

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
