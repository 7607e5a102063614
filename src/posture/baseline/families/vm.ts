import { byForgeFlag } from '../forge.js';
import { filesEvidence, policy } from '../helpers.js';
import type { BaselineInput } from '../input.js';
import { fail, fileEvidence, pass, type Rule, review, type Verdict } from '../rule.js';
import { timeframeLine } from '../timeframe.js';

const SCA_TOOLS = [
  'dependency-review-action',
  'osv-scanner',
  'sterling scan',
  'npm audit',
  'snyk test',
  'trivy',
  'grype',
  'pip-audit',
  'cargo audit',
  'govulncheck',
  'dependency-check',
];
const SAST_TOOLS = [
  'codeql-action',
  'semgrep',
  'gosec',
  'bandit',
  'sonarcloud',
  'sonarqube',
  'snyk code',
  'brakeman',
  'flawfinder',
];
const MAX_CI_LINES = 5000;

function policyFile(i: BaselineInput) {
  return i.raw.securityPolicy().files[0];
}

function disclosurePolicy(i: BaselineInput): Verdict {
  const file = policyFile(i);
  if (file && file.size !== undefined) {
    const line = timeframeLine(i.text(file.path) ?? '');
    if (line !== undefined)
      return pass(`${file.path} states a response timeframe`, fileEvidence(file.path, line));
    return review(
      `${file.path} states no response timeframe (e.g. "we answer within 14 days")`,
      fileEvidence(file.path),
    );
  }
  const url = i.insights()?.project?.['vulnerability-reporting']['security-policy'];
  if (url)
    return review(
      'a security policy is declared at a URL; check it states a response timeframe',
      i.insightsEvidence(['project', 'vulnerability-reporting', 'security-policy']),
    );
  return review('no security policy (SECURITY.md) found or declared');
}

function contacts(i: BaselineInput): Verdict {
  const file = policyFile(i);
  const hit = file?.hits.find((h) => h.kind === 'email') ?? file?.hits.find((h) => h.kind === 'link');
  if (file && hit) return pass(`${file.path} gives a security contact`, fileEvidence(file.path, hit.line));
  const vr = i.insights()?.project?.['vulnerability-reporting'];
  if (vr?.contact)
    return pass(
      'a security contact is declared',
      i.insightsEvidence(['project', 'vulnerability-reporting', 'contact']),
    );
  if (vr?.['security-policy'])
    return pass(
      'a security policy with contacts is declared',
      i.insightsEvidence(['project', 'vulnerability-reporting', 'security-policy']),
    );
  if (file)
    return review(
      `${file.path} has no e-mail address or link to reach the security contacts`,
      fileEvidence(file.path),
    );
  return review('no security policy (SECURITY.md) and no contact declared in security-insights.yml');
}

function privateReporting(i: BaselineInput): Verdict {
  const vr = i.insights()?.project?.['vulnerability-reporting'];
  if (vr?.['reports-accepted'] === false)
    return fail(
      'the project declares it does not accept vulnerability reports',
      i.insightsEvidence(['project', 'vulnerability-reporting', 'reports-accepted']),
    );
  const file = policyFile(i);
  const hit = file?.hits.find(
    (h) => h.kind === 'email' || (h.kind === 'link' && h.match.includes('/security/advisories')),
  );
  if (file && hit)
    return pass(
      `${file.path} gives a private reporting channel (${hit.kind === 'email' ? 'e-mail' : 'security advisory form'})`,
      fileEvidence(file.path, hit.line),
    );
  if (vr?.contact?.email)
    return pass(
      'a private security contact (e-mail) is declared',
      i.insightsEvidence(['project', 'vulnerability-reporting', 'contact', 'email']),
    );
  return byForgeFlag(
    i.forge,
    'privateVulnerabilityReporting',
    'private vulnerability reporting is enabled',
    'private vulnerability reporting is disabled',
  );
}

function vex(i: BaselineInput): Verdict {
  const files = i.docs().vex;
  if (files.length > 0) return pass('VEX documents are in the repository', ...filesEvidence(files));
  const att = i.insights()?.repository?.release?.attestations ?? [];
  const n = att.findIndex(
    (a) => a['predicate-uri'].toLowerCase().includes('vex') || a.name.toLowerCase().includes('vex'),
  );
  if (n >= 0)
    return pass(
      'a VEX attestation is declared',
      i.insightsEvidence(['repository', 'release', 'attestations', n]),
    );
  return review('no VEX document (*.vex.json, .vex/) and no VEX attestation declared');
}

/** A security tool of `type` declared as run in CI, or one of `tools` in the CI configuration. */
function toolInCi(i: BaselineInput, type: 'SCA' | 'SAST', tools: readonly string[]): Verdict {
  const declared = i.insights()?.repository?.security.tools ?? [];
  const n = declared.findIndex((t) => t.type === type && t.integration.ci);
  if (n >= 0)
    return pass(
      `${type} tool run in CI is declared: ${declared[n]!.name.slice(0, 80)}`,
      i.insightsEvidence(['repository', 'security', 'tools', n]),
    );
  for (const path of i.docs().ci) {
    const lines = (i.text(path) ?? '').split('\n', MAX_CI_LINES);
    const k = lines.findIndex((l) => tools.some((t) => l.toLowerCase().includes(t)));
    if (k >= 0)
      return review(
        `CI runs a ${type} tool; check that violations block the change`,
        fileEvidence(path, k + 1),
      );
  }
  const ci = i.docs().ci;
  if (ci.length === 0) return review(`no CI configuration in the repository and no ${type} tool declared`);
  return review(`no ${type} tool found in the CI configuration or declared`, ...filesEvidence(ci));
}

/** OSPS-VM: vulnerability management. */
export const VM_RULES: readonly Rule[] = [
  {
    id: 'OSPS-VM-01.01',
    level: 2,
    title: 'A coordinated disclosure policy gives a response timeframe',
    how: 'probe data securityPolicyPresent + a timeframe ("within 14 days") in the policy text.',
    evaluate: disclosurePolicy,
  },
  {
    id: 'OSPS-VM-02.01',
    level: 1,
    title: 'The documentation names security contacts',
    how: 'probe data securityPolicyContainsLinks (an e-mail or link in SECURITY.md); security-insights.yml vulnerability-reporting contact or policy.',
    evaluate: contacts,
  },
  {
    id: 'OSPS-VM-03.01',
    level: 2,
    title: 'Vulnerabilities can be reported privately to the security contacts',
    how: 'SECURITY.md e-mail or advisory-form link; security-insights.yml contact e-mail (fail when reports-accepted is false); forge: private vulnerability reporting.',
    evaluate: privateReporting,
  },
  {
    id: 'OSPS-VM-04.01',
    level: 2,
    title: 'Discovered vulnerabilities are published',
    how: 'forge: published security advisories. None published, or no forge access: needs review (a project may have had nothing to publish).',
    evaluate: (i) => {
      const v = byForgeFlag(
        i.forge,
        'publishedAdvisories',
        'security advisories are published',
        'no security advisory is published',
      );
      // None published is not a failure: the project may have had no vulnerability to publish.
      if (v.status !== 'fail') return v;
      return review(
        'no security advisory is published on the forge: if a vulnerability was fixed, publish an advisory for it (GitHub: Security > Advisories)',
        ...v.evidence,
      );
    },
  },
  {
    id: 'OSPS-VM-04.02',
    level: 3,
    title: 'VEX documents account for vulnerabilities that do not affect the project',
    how: 'files: *.vex.json, .vex/; security-insights.yml VEX attestation.',
    evaluate: vex,
  },
  {
    id: 'OSPS-VM-05.01',
    level: 3,
    title: 'A policy sets remediation thresholds for SCA findings (vulnerabilities, licenses)',
    how: 'needs review: a policy document; a matching section is listed as evidence.',
    evaluate: (i) => policy(i, ['dependenc', 'vulnerab', 'software composition']),
  },
  {
    id: 'OSPS-VM-05.02',
    level: 3,
    title: 'A policy says SCA violations are addressed before a release',
    how: 'needs review: a policy document; a matching section is listed as evidence.',
    evaluate: (i) => policy(i, ['dependenc', 'release', 'software composition']),
  },
  {
    id: 'OSPS-VM-05.03',
    level: 3,
    title: 'Changes are checked automatically for malicious or vulnerable dependencies, and blocked',
    how: 'security-insights.yml SCA tool with ci: true; an SCA tool in the CI configuration is listed for review.',
    evaluate: (i) => toolInCi(i, 'SCA', SCA_TOOLS),
  },
  {
    id: 'OSPS-VM-06.01',
    level: 3,
    title: 'A policy sets remediation thresholds for SAST findings',
    how: 'needs review: a policy document; a matching section is listed as evidence.',
    evaluate: (i) => policy(i, ['sast', 'static analysis', 'code scanning']),
  },
  {
    id: 'OSPS-VM-06.02',
    level: 3,
    title: 'Changes are checked automatically for security weaknesses, and blocked',
    how: 'security-insights.yml SAST tool with ci: true; a SAST tool in the CI configuration is listed for review.',
    evaluate: (i) => toolInCi(i, 'SAST', SAST_TOOLS),
  },
];
