import type { Probe } from '../probe.js';
import { archived } from './archived/index.js';
import { codeApproved } from './codeApproved/index.js';
import { contributorsFromOrgOrCompany } from './contributorsFromOrgOrCompany/index.js';
import { createdRecently } from './createdRecently/index.js';
import { dependencyUpdateToolConfigured } from './dependencyUpdateToolConfigured/index.js';
import { fuzzed } from './fuzzed/index.js';
import { hasBinaryArtifacts } from './hasBinaryArtifacts/index.js';
import { hasDangerousWorkflowScriptInjection } from './hasDangerousWorkflowScriptInjection/index.js';
import { hasDangerousWorkflowUntrustedCheckout } from './hasDangerousWorkflowUntrustedCheckout/index.js';
import { hasFSFOrOSIApprovedLicense } from './hasFSFOrOSIApprovedLicense/index.js';
import { hasLicenseFile } from './hasLicenseFile/index.js';
import { hasNoGitHubWorkflowPermissionUnknown } from './hasNoGitHubWorkflowPermissionUnknown/index.js';
import { hasOSVVulnerabilities } from './hasOSVVulnerabilities/index.js';
import { hasRecentCommits } from './hasRecentCommits/index.js';
import { hasUnverifiedBinaryArtifacts } from './hasUnverifiedBinaryArtifacts/index.js';
import { issueActivityByProjectMember } from './issueActivityByProjectMember/index.js';
import { jobLevelPermissions } from './jobLevelPermissions/index.js';
import { packagedWithAutomatedWorkflow } from './packagedWithAutomatedWorkflow/index.js';
import { pinsDependencies } from './pinsDependencies/index.js';
import { sastToolConfigured } from './sastToolConfigured/index.js';
import { sastToolRunsOnAllCommits } from './sastToolRunsOnAllCommits/index.js';
import { securityPolicyContainsLinks } from './securityPolicyContainsLinks/index.js';
import { securityPolicyContainsText } from './securityPolicyContainsText/index.js';
import { securityPolicyContainsVulnerabilityDisclosure } from './securityPolicyContainsVulnerabilityDisclosure/index.js';
import { securityPolicyPresent } from './securityPolicyPresent/index.js';
import { topLevelPermissions } from './topLevelPermissions/index.js';

/** Every probe, sorted by id. */
export const PROBES: readonly Probe[] = [
  archived,
  codeApproved,
  contributorsFromOrgOrCompany,
  createdRecently,
  dependencyUpdateToolConfigured,
  fuzzed,
  hasBinaryArtifacts,
  hasDangerousWorkflowScriptInjection,
  hasDangerousWorkflowUntrustedCheckout,
  hasFSFOrOSIApprovedLicense,
  hasLicenseFile,
  hasNoGitHubWorkflowPermissionUnknown,
  hasOSVVulnerabilities,
  hasRecentCommits,
  hasUnverifiedBinaryArtifacts,
  issueActivityByProjectMember,
  jobLevelPermissions,
  packagedWithAutomatedWorkflow,
  pinsDependencies,
  sastToolConfigured,
  sastToolRunsOnAllCommits,
  securityPolicyContainsLinks,
  securityPolicyContainsText,
  securityPolicyContainsVulnerabilityDisclosure,
  securityPolicyPresent,
  topLevelPermissions,
];

export function probeById(id: string): Probe | undefined {
  return PROBES.find((p) => p.id === id);
}
