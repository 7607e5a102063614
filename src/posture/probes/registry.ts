import type { Probe } from '../probe.js';
import { dependencyUpdateToolConfigured } from './dependencyUpdateToolConfigured/index.js';
import { fuzzed } from './fuzzed/index.js';
import { hasBinaryArtifacts } from './hasBinaryArtifacts/index.js';
import { hasFSFOrOSIApprovedLicense } from './hasFSFOrOSIApprovedLicense/index.js';
import { hasLicenseFile } from './hasLicenseFile/index.js';
import { hasUnverifiedBinaryArtifacts } from './hasUnverifiedBinaryArtifacts/index.js';
import { securityPolicyContainsLinks } from './securityPolicyContainsLinks/index.js';
import { securityPolicyContainsText } from './securityPolicyContainsText/index.js';
import { securityPolicyContainsVulnerabilityDisclosure } from './securityPolicyContainsVulnerabilityDisclosure/index.js';
import { securityPolicyPresent } from './securityPolicyPresent/index.js';

/** Every probe, sorted by id. */
export const PROBES: readonly Probe[] = [
  dependencyUpdateToolConfigured,
  fuzzed,
  hasBinaryArtifacts,
  hasFSFOrOSIApprovedLicense,
  hasLicenseFile,
  hasUnverifiedBinaryArtifacts,
  securityPolicyContainsLinks,
  securityPolicyContainsText,
  securityPolicyContainsVulnerabilityDisclosure,
  securityPolicyPresent,
];

export function probeById(id: string): Probe | undefined {
  return PROBES.find((p) => p.id === id);
}
