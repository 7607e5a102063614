import type { Probe } from '../probe.js';
import { archived } from './archived/index.js';
import { blocksDeleteOnBranches } from './blocksDeleteOnBranches/index.js';
import { blocksForcePushOnBranches } from './blocksForcePushOnBranches/index.js';
import { branchesAreProtected } from './branchesAreProtected/index.js';
import { branchProtectionAppliesToAdmins } from './branchProtectionAppliesToAdmins/index.js';
import { codeApproved } from './codeApproved/index.js';
import { contributorsFromOrgOrCompany } from './contributorsFromOrgOrCompany/index.js';
import { createdRecently } from './createdRecently/index.js';
import { dependencyUpdateToolConfigured } from './dependencyUpdateToolConfigured/index.js';
import { dismissesStaleReviews } from './dismissesStaleReviews/index.js';
import { fuzzed } from './fuzzed/index.js';
import { hasBinaryArtifacts } from './hasBinaryArtifacts/index.js';
import { hasDangerousWorkflowScriptInjection } from './hasDangerousWorkflowScriptInjection/index.js';
import { hasDangerousWorkflowUntrustedCheckout } from './hasDangerousWorkflowUntrustedCheckout/index.js';
import { hasFSFOrOSIApprovedLicense } from './hasFSFOrOSIApprovedLicense/index.js';
import { hasLicenseFile } from './hasLicenseFile/index.js';
import { hasNoGitHubWorkflowPermissionUnknown } from './hasNoGitHubWorkflowPermissionUnknown/index.js';
import { hasOpenSSFBadge } from './hasOpenSSFBadge/index.js';
import { hasOSVVulnerabilities } from './hasOSVVulnerabilities/index.js';
import { hasRecentCommits } from './hasRecentCommits/index.js';
import { hasUnverifiedBinaryArtifacts } from './hasUnverifiedBinaryArtifacts/index.js';
import { issueActivityByProjectMember } from './issueActivityByProjectMember/index.js';
import { jobLevelPermissions } from './jobLevelPermissions/index.js';
import { packagedWithAutomatedWorkflow } from './packagedWithAutomatedWorkflow/index.js';
import { pinsDependencies } from './pinsDependencies/index.js';
import { releasesAreSigned } from './releasesAreSigned/index.js';
import { releasesHaveProvenance } from './releasesHaveProvenance/index.js';
import { requiresApproversForPullRequests } from './requiresApproversForPullRequests/index.js';
import { requiresCodeOwnersReview } from './requiresCodeOwnersReview/index.js';
import { requiresLastPushApproval } from './requiresLastPushApproval/index.js';
import { requiresPRsToChangeCode } from './requiresPRsToChangeCode/index.js';
import { requiresUpToDateBranches } from './requiresUpToDateBranches/index.js';
import { runsStatusChecksBeforeMerging } from './runsStatusChecksBeforeMerging/index.js';
import { sastToolConfigured } from './sastToolConfigured/index.js';
import { sastToolRunsOnAllCommits } from './sastToolRunsOnAllCommits/index.js';
import { securityPolicyContainsLinks } from './securityPolicyContainsLinks/index.js';
import { securityPolicyContainsText } from './securityPolicyContainsText/index.js';
import { securityPolicyContainsVulnerabilityDisclosure } from './securityPolicyContainsVulnerabilityDisclosure/index.js';
import { securityPolicyPresent } from './securityPolicyPresent/index.js';
import { testsRunInCI } from './testsRunInCI/index.js';
import { topLevelPermissions } from './topLevelPermissions/index.js';
import { webhooksUseSecrets } from './webhooksUseSecrets/index.js';

/** Every probe, sorted by id. */
export const PROBES: readonly Probe[] = [
  archived,
  blocksDeleteOnBranches,
  blocksForcePushOnBranches,
  branchProtectionAppliesToAdmins,
  branchesAreProtected,
  codeApproved,
  contributorsFromOrgOrCompany,
  createdRecently,
  dependencyUpdateToolConfigured,
  dismissesStaleReviews,
  fuzzed,
  hasBinaryArtifacts,
  hasDangerousWorkflowScriptInjection,
  hasDangerousWorkflowUntrustedCheckout,
  hasFSFOrOSIApprovedLicense,
  hasLicenseFile,
  hasNoGitHubWorkflowPermissionUnknown,
  hasOSVVulnerabilities,
  hasOpenSSFBadge,
  hasRecentCommits,
  hasUnverifiedBinaryArtifacts,
  issueActivityByProjectMember,
  jobLevelPermissions,
  packagedWithAutomatedWorkflow,
  pinsDependencies,
  releasesAreSigned,
  releasesHaveProvenance,
  requiresApproversForPullRequests,
  requiresCodeOwnersReview,
  requiresLastPushApproval,
  requiresPRsToChangeCode,
  requiresUpToDateBranches,
  runsStatusChecksBeforeMerging,
  sastToolConfigured,
  sastToolRunsOnAllCommits,
  securityPolicyContainsLinks,
  securityPolicyContainsText,
  securityPolicyContainsVulnerabilityDisclosure,
  securityPolicyPresent,
  testsRunInCI,
  topLevelPermissions,
  webhooksUseSecrets,
];

export function probeById(id: string): Probe | undefined {
  return PROBES.find((p) => p.id === id);
}
