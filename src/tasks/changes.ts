/**
 * Changes that meet several findings at once: adding a policy file (SECURITY.md, LICENSE, a
 * dependency-update config, a contributing guide) clears posture probes and meets Baseline
 * requirements together, so each is ONE task. A posture finding of a listed probe, or an unmet
 * Baseline requirement listed here, becomes a part of the change's task (see part.ts).
 */

export interface Change {
  /** The task id. */
  readonly id: string;
  readonly title: string;
  /** Title when the file exists but falls short (its first probe passes, others fail). */
  readonly partialTitle: string;
  readonly why: string;
  readonly minutes: number;
  readonly steps: readonly string[];
  /** Probes whose bad findings the change clears. */
  readonly probes: readonly string[];
  /** Baseline requirements the change meets, when they fail or need review for lack of the file. */
  readonly requirements: readonly string[];
}

export const CHANGES: readonly Change[] = [
  {
    id: 'policy/SECURITY.md',
    title: 'Add a security policy (SECURITY.md)',
    partialTitle: 'Complete the security policy (SECURITY.md)',
    why: 'People who find a vulnerability need a private way to tell you before attackers learn of it.',
    minutes: 30,
    steps: [
      'Create SECURITY.md at the root of the repository (or in .github/).',
      'Say how to report a vulnerability privately: a security@ e-mail address, or the link to the private advisory form (https://github.com/<owner>/<repo>/security/advisories/new).',
      'Say when reporters hear back, e.g. "We acknowledge reports within 14 days", and how you disclose fixes.',
      'Add a "Supported Versions" section: which releases get security fixes, and until when.',
    ],
    probes: [
      'securityPolicyPresent',
      'securityPolicyContainsLinks',
      'securityPolicyContainsText',
      'securityPolicyContainsVulnerabilityDisclosure',
    ],
    requirements: ['OSPS-DO-04.01', 'OSPS-DO-05.01', 'OSPS-VM-01.01', 'OSPS-VM-02.01', 'OSPS-VM-03.01'],
  },
  {
    id: 'policy/LICENSE',
    title: 'Add a license (LICENSE)',
    partialTitle: 'Add a license (LICENSE)',
    why: 'Without a license nobody may legally use, change or share the code.',
    minutes: 10,
    steps: [
      'Pick an OSI-approved license (https://choosealicense.com helps).',
      'Put its full text in LICENSE at the root of the repository.',
      'Name it in the package manifest too (e.g. "license": "MIT" in package.json).',
    ],
    // hasFSFOrOSIApprovedLicense is not-applicable without a license file, and adding one does not
    // make it pass offline (a plain LICENSE is NOASSERTION): a task of its own (posture/License).
    probes: ['hasLicenseFile'],
    requirements: ['OSPS-LE-02.01', 'OSPS-LE-02.02', 'OSPS-LE-03.01'],
  },
  {
    id: 'policy/dependency-updates',
    title: 'Turn on automatic dependency updates (Dependabot or Renovate)',
    partialTitle: 'Turn on automatic dependency updates (Dependabot or Renovate)',
    why: 'Fixes for vulnerable dependencies arrive as pull requests instead of waiting to be noticed.',
    minutes: 15,
    steps: [
      'Add .github/dependabot.yml with one entry per package ecosystem (e.g. package-ecosystem: "npm", directory: "/", schedule: interval: "weekly"), plus "github-actions" if you use workflows.',
      'Or, with Renovate: add renovate.json containing {"extends": ["config:recommended"]} and install the Renovate app.',
    ],
    probes: ['dependencyUpdateToolConfigured'],
    requirements: [],
  },
  {
    id: 'policy/CONTRIBUTING.md',
    title: 'Add a contributing guide (CONTRIBUTING.md)',
    partialTitle: 'Complete the contributing guide (CONTRIBUTING.md)',
    why: 'Contributors need to know how to report bugs, build, test and send changes.',
    minutes: 30,
    steps: [
      'Create CONTRIBUTING.md at the root of the repository.',
      'Add sections: "Reporting bugs" (where and what to include), "Building from source", "Running the tests", and how changes are reviewed.',
    ],
    probes: [],
    requirements: ['OSPS-DO-02.01', 'OSPS-DO-07.01', 'OSPS-GV-03.01', 'OSPS-GV-03.02', 'OSPS-QA-06.02'],
  },
];

const BY_PROBE = new Map(CHANGES.flatMap((c) => c.probes.map((p) => [p, c] as const)));
const BY_REQUIREMENT = new Map(CHANGES.flatMap((c) => c.requirements.map((r) => [r, c] as const)));

export function changeForProbe(probe: string): Change | undefined {
  return BY_PROBE.get(probe);
}

export function changeForRequirement(id: string): Change | undefined {
  return BY_REQUIREMENT.get(id);
}
