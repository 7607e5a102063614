import { describe } from 'node:test';
import { runCases } from '../__fixtures__/input.js';
import { MINIMUM_SI, RELEASE, siWithRepository, siWithSecurity } from '../__fixtures__/insights.js';

const SI = 'security-insights.yml';
const POLICY =
  '# Security\n\nReport vulnerabilities to security@example.com.\nWe acknowledge reports within 3 business days.\n';
const NO_TIMEFRAME =
  '# Security\n\nPlease use https://example.com/acme/widget/security/advisories/new to report.\n';
const SAST_TOOL = `    tools:
      - name: CodeQL
        type: SAST
        rulesets: [default]
        integration: { adhoc: false, ci: true, release: false }
        results: {}
`;

describe('OSPS-VM', () => {
  runCases([
    {
      name: 'policy with a timeframe',
      id: 'OSPS-VM-01.01',
      files: { 'SECURITY.md': POLICY },
      status: 'pass',
      evidence: 'SECURITY.md:4',
    },
    {
      name: 'policy without a timeframe',
      id: 'OSPS-VM-01.01',
      files: { 'SECURITY.md': NO_TIMEFRAME },
      status: 'needs-review',
      reason: 'no response timeframe',
    },
    { name: 'no policy', id: 'OSPS-VM-01.01', files: {}, status: 'needs-review' },
    {
      name: 'an e-mail contact',
      id: 'OSPS-VM-02.01',
      files: { '.github/SECURITY.md': POLICY },
      status: 'pass',
      evidence: '.github/SECURITY.md:3',
    },
    {
      name: 'a policy with no contact',
      id: 'OSPS-VM-02.01',
      files: { 'SECURITY.md': '# Security\n\nBe nice.\n' },
      status: 'needs-review',
    },
    {
      name: 'a declared contact',
      id: 'OSPS-VM-02.01',
      files: {
        [SI]: MINIMUM_SI.replace(
          '    bug-bounty-available: false\n',
          '    bug-bounty-available: false\n    contact:\n      name: Security team\n      primary: true\n      email: security@example.com\n',
        ),
      },
      status: 'pass',
    },
    {
      name: 'the advisory form',
      id: 'OSPS-VM-03.01',
      files: { 'SECURITY.md': NO_TIMEFRAME },
      status: 'pass',
      reason: 'security advisory form',
      evidence: 'SECURITY.md:3',
    },
    {
      name: 'reports not accepted',
      id: 'OSPS-VM-03.01',
      files: {
        'SECURITY.md': POLICY,
        [SI]: MINIMUM_SI.replace('reports-accepted: true', 'reports-accepted: false'),
      },
      status: 'fail',
      evidence: `${SI}:16`,
    },
    {
      name: 'nothing local, no forge',
      id: 'OSPS-VM-03.01',
      files: {},
      status: 'needs-review',
      reason: 'needs forge access',
    },
    {
      name: 'advisories need the forge',
      id: 'OSPS-VM-04.01',
      files: { 'SECURITY.md': POLICY },
      status: 'needs-review',
      reason: 'needs forge access',
    },
    { name: 'an OpenVEX file', id: 'OSPS-VM-04.02', files: { 'widget.openvex.json': '{}' }, status: 'pass' },
    {
      name: 'a VEX attestation',
      id: 'OSPS-VM-04.02',
      files: { [SI]: siWithRepository(RELEASE) },
      status: 'pass',
    },
    {
      name: 'SCA policy is a candidate',
      id: 'OSPS-VM-05.01',
      files: { 'SECURITY.md': '# S\n\n## Vulnerable dependencies\n' },
      status: 'needs-review',
      evidence: 'SECURITY.md:3',
    },
    { name: 'SCA policy none', id: 'OSPS-VM-05.02', files: {}, status: 'needs-review', reason: 'none found' },
    {
      name: 'an SCA tool in CI is a candidate',
      id: 'OSPS-VM-05.03',
      files: { '.github/workflows/deps.yml': 'steps:\n  - uses: actions/dependency-review-action@v4\n' },
      status: 'needs-review',
      evidence: '.github/workflows/deps.yml:2',
    },
    {
      name: 'no CI at all',
      id: 'OSPS-VM-05.03',
      files: {},
      status: 'needs-review',
      reason: 'no CI configuration',
    },
    { name: 'SAST policy none', id: 'OSPS-VM-06.01', files: {}, status: 'needs-review' },
    {
      name: 'a declared SAST tool run in CI',
      id: 'OSPS-VM-06.02',
      files: { [SI]: siWithSecurity(SAST_TOOL) },
      status: 'pass',
      reason: 'CodeQL',
    },
  ]);
});
