import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rawOf } from '../__fixtures__/tree.js';
import { evaluateCheck } from '../check.js';
import { securityPolicyCheck } from '../checks/security-policy.js';
import { runProbe } from '../probe.js';
import { policyHits } from '../raw/security-policy.js';
import { PROBES } from './registry.js';

async function score(files: Record<string, string>) {
  const raw = await rawOf(files);
  const findings = PROBES.filter((p) => securityPolicyCheck.probes.includes(p.id)).flatMap((p) =>
    runProbe(p, raw),
  );
  return { findings, check: evaluateCheck(securityPolicyCheck, findings) };
}

const FULL =
  '# Security\n\nReport vulnerabilities to security@example.org or https://example.org/report.\n' +
  'We acknowledge within 3 days and disclose after 90 days.\n';

describe('Security-Policy probes', () => {
  const cases: Array<[string, Record<string, string>, number, string]> = [
    ['no policy', { 'README.md': 'hi' }, 0, 'security policy file not detected'],
    ['a full policy scores 10', { 'SECURITY.md': FULL }, 10, 'security policy file detected'],
    ['found in .github/ (any case)', { '.github/Security.MD': FULL }, 10, 'security policy file detected'],
    ['found in docs/ as .rst', { 'docs/security.rst': FULL }, 10, 'security policy file detected'],
    ['doc/ only for .rst', { 'doc/security.md': FULL }, 0, 'security policy file not detected'],
    [
      'a policy deeper in the tree does not count',
      { 'pkg/a/SECURITY.md': FULL },
      0,
      'security policy file not detected',
    ],
    [
      'only a link: links 6, no text',
      { 'SECURITY.md': 'https://example.org/report' },
      6,
      'security policy file detected',
    ],
    [
      'text without links or disclosure words: 3',
      { 'SECURITY.md': 'Please tell us privately about problems.\n' },
      3,
      'security policy file detected',
    ],
    [
      'text + disclosure words, no link: 4',
      { 'SECURITY.md': 'Vulnerability disclosure: tell us in private.\n' },
      4,
      'security policy file detected',
    ],
    ['an empty policy is present but scores 0', { 'SECURITY.md': '' }, 0, 'security policy file detected'],
    [
      'e-mail written with [at]',
      { 'SECURITY.md': 'security[at]example.org' },
      6,
      'security policy file detected',
    ],
  ];
  for (const [name, files, want, reason] of cases) {
    it(name, async () => {
      const { check } = await score(files);
      assert.equal(check.status, 'scored');
      assert.equal(check.score, want);
      assert.equal(check.reason, reason);
    });
  }

  it('findings point at the policy and carry the remediation when missing', async () => {
    const { findings } = await score({ '.github/SECURITY.md': FULL });
    const present = findings.find((f) => f.probe === 'securityPolicyPresent');
    assert.deepEqual(present?.location, { path: '.github/SECURITY.md' });
    assert.equal(present?.remediation, undefined);
    const missing = (await score({})).findings.find((f) => f.probe === 'securityPolicyPresent');
    assert.equal(missing?.outcome, 'false');
    assert.equal(missing?.remediation?.effort, 'medium');
  });

  it('a policy over the size cap is present, its content not-available', async () => {
    const raw = await rawOf({ 'SECURITY.md': 'x'.repeat(2048) }, { maxFileSize: 1024 });
    const findings = PROBES.filter((p) => securityPolicyCheck.probes.includes(p.id)).flatMap((p) =>
      runProbe(p, raw),
    );
    assert.equal(findings.find((f) => f.probe === 'securityPolicyPresent')?.outcome, 'true');
    assert.equal(findings.find((f) => f.probe === 'securityPolicyContainsText')?.outcome, 'not-available');
    const check = evaluateCheck(securityPolicyCheck, findings);
    assert.deepEqual([check.score, check.reason], [0, 'security policy file detected']);
  });
});

describe('policyHits (Scorecard collectPolicyHits)', () => {
  it('finds links, e-mails and disclosure hints with line numbers', () => {
    const hits = policyHits('see https://a.example/x?y=1\r\nmail sec@a.org, not x@a.example\n\n12345 Vuln\n');
    assert.deepEqual(
      hits.map((h) => [h.kind, h.match, h.line]),
      [
        ['link', 'https://a.example/x?y=1', 1],
        ['text', '1', 1],
        ['email', 'sec@a.org', 2],
        ['text', '2345', 4],
        ['text', 'Vuln', 4],
      ],
    );
  });
  it('stays linear on hostile lines (long address-like runs, 1 MB of text)', () => {
    policyHits(
      `${'a'.repeat(200_000)}@${'b'.repeat(200_000)}\n${'x.'.repeat(300_000)}\n${'1'.repeat(100_000)}`,
    );
  });
});
