import { describe } from 'node:test';
import { runCases } from '../__fixtures__/input.js';
import { RELEASE, siWithProject, siWithRepository, siWithSecurity } from '../__fixtures__/insights.js';

const SI = 'security-insights.yml';
const KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n';
const SECRET_TOOL = `    tools:
      - name: gitleaks
        type: secret
        rulesets: [default]
        integration: { adhoc: false, ci: true, release: false }
        results: {}
`;

describe('OSPS-BR', () => {
  runCases([
    { name: 'no CI', id: 'OSPS-BR-01.01', files: {}, status: 'not-applicable' },
    {
      name: 'pull_request_target without a checkout',
      id: 'OSPS-BR-01.03',
      files: {
        '.github/workflows/a.yaml':
          'on: pull_request_target\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
      },
      status: 'pass',
      reason: 'no privileged workflow checks out untrusted code',
    },
    {
      name: 'pull_request_target checking out the head',
      id: 'OSPS-BR-01.03',
      files: {
        '.github/workflows/a.yaml':
          'on: pull_request_target\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: make\n',
      },
      status: 'fail',
      reason: '1 checkout(s) of untrusted code',
      evidence: '.github/workflows/a.yaml:6',
    },
    {
      name: 'a pull request title expanded into a run script',
      id: 'OSPS-BR-01.01',
      files: {
        '.github/workflows/a.yaml':
          'on: pull_request\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n',
      },
      status: 'fail',
      reason: '1 script injection(s)',
      evidence: '.github/workflows/a.yaml:6',
    },
    {
      name: 'titles passed through env',
      id: 'OSPS-BR-01.01',
      files: {
        '.github/workflows/a.yaml':
          'on: pull_request\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - env:\n          TITLE: ${{ github.event.pull_request.title }}\n        run: echo "$TITLE"\n',
      },
      status: 'pass',
    },
    {
      name: 'clean GitHub workflows, but GitLab CI is not analysed',
      id: 'OSPS-BR-01.01',
      files: {
        '.github/workflows/a.yaml':
          'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
        '.gitlab-ci.yml': 'test: {}\n',
      },
      status: 'needs-review',
      reason: 'not analysed',
      evidence: '.gitlab-ci.yml',
    },
    {
      name: 'version tags',
      id: 'OSPS-BR-02.01',
      files: {},
      extra: { tags: ['v1.0.0', 'v1.1.0', 'nightly'] },
      status: 'pass',
      reason: '2 version tag(s)',
      evidence: 'tags: v1.0.0, v1.1.0',
    },
    {
      name: 'tags, none a version',
      id: 'OSPS-BR-02.01',
      files: {},
      extra: { tags: ['nightly'] },
      status: 'needs-review',
      reason: 'no version tags',
    },
    { name: 'no git', id: 'OSPS-BR-02.01', files: {}, status: 'needs-review', reason: 'no git history' },
    {
      name: 'all declared URLs https',
      id: 'OSPS-BR-03.01',
      files: { [SI]: siWithProject('  homepage: https://example.com\n') },
      status: 'pass',
      evidence: `${SI}:15`,
    },
    {
      name: 'an http URL declared',
      id: 'OSPS-BR-03.01',
      files: { [SI]: siWithProject('  homepage: http://example.com\n') },
      status: 'fail',
      reason: 'not https',
      evidence: `${SI}:15`,
    },
    {
      name: 'no security-insights.yml',
      id: 'OSPS-BR-03.01',
      files: {},
      status: 'needs-review',
      reason: 'declare them',
    },
    {
      name: 'an invalid file is not evidence',
      id: 'OSPS-BR-03.01',
      files: { [SI]: 'header: 1\n' },
      status: 'needs-review',
    },
    {
      name: 'https and pkg: distribution points',
      id: 'OSPS-BR-03.02',
      files: { [SI]: siWithRepository(RELEASE) },
      status: 'pass',
      reason: 'all 2 distribution points',
    },
    {
      name: 'an ftp distribution point',
      id: 'OSPS-BR-03.02',
      files: { [SI]: siWithRepository(RELEASE.replace('pkg:npm/widget', 'ftp://example.com/widget.tgz')) },
      status: 'fail',
      evidence: `${SI}:39`,
    },
    {
      name: 'no release section',
      id: 'OSPS-BR-03.02',
      files: { [SI]: siWithRepository('') },
      status: 'needs-review',
    },
    {
      name: 'CHANGELOG.md',
      id: 'OSPS-BR-04.01',
      files: { 'CHANGELOG.md': '# 1.0\n' },
      status: 'pass',
      evidence: 'CHANGELOG.md',
    },
    {
      name: 'declared changelog',
      id: 'OSPS-BR-04.01',
      files: { [SI]: siWithRepository(RELEASE) },
      status: 'pass',
      evidence: `${SI}:35`,
    },
    { name: 'no changelog', id: 'OSPS-BR-04.01', files: { 'README.md': 'x' }, status: 'needs-review' },
    {
      name: 'lockfiles in the inventory',
      id: 'OSPS-BR-05.01',
      files: {},
      extra: { dependencyFiles: ['package-lock.json'] },
      status: 'pass',
      evidence: 'package-lock.json',
    },
    {
      name: 'no inventory collected',
      id: 'OSPS-BR-05.01',
      files: {},
      status: 'needs-review',
      reason: 'not collected',
    },
    {
      name: 'no manifests, no-third-party-packages',
      id: 'OSPS-BR-05.01',
      files: { [SI]: siWithRepository('  no-third-party-packages: true\n') },
      extra: { dependencyFiles: [] },
      status: 'not-applicable',
    },
    {
      name: 'declared attestations',
      id: 'OSPS-BR-06.01',
      files: { [SI]: siWithRepository(RELEASE) },
      status: 'pass',
    },
    {
      name: 'nothing declared, no forge',
      id: 'OSPS-BR-06.01',
      files: {},
      status: 'needs-review',
      reason: 'needs forge access',
    },
    {
      name: 'a committed private key',
      id: 'OSPS-BR-07.01',
      files: { 'deploy/id_ed25519': KEY, '.gitleaks.toml': '' },
      status: 'fail',
      evidence: 'deploy/id_ed25519',
    },
    {
      name: 'a 3 MB key file: only its head is read',
      id: 'OSPS-BR-07.01',
      files: { 'certs/server.key': KEY + 'A'.repeat(3_000_000) },
      status: 'fail',
      evidence: 'certs/server.key',
    },
    {
      name: 'a key in test fixtures is not counted',
      id: 'OSPS-BR-07.01',
      files: { 'test/fixtures/server.key': KEY, '.gitleaks.toml': '' },
      status: 'pass',
      evidence: '.gitleaks.toml',
    },
    {
      name: 'a .pem that is a certificate only',
      id: 'OSPS-BR-07.01',
      files: { 'ca.pem': '-----BEGIN CERTIFICATE-----\n' },
      status: 'needs-review',
    },
    {
      name: 'pre-commit runs detect-secrets',
      id: 'OSPS-BR-07.01',
      files: { '.pre-commit-config.yaml': 'repos:\n  - repo: https://github.com/Yelp/detect-secrets\n' },
      status: 'pass',
    },
    {
      name: 'declared secret scanner',
      id: 'OSPS-BR-07.01',
      files: { [SI]: siWithSecurity(SECRET_TOOL) },
      status: 'pass',
      reason: 'gitleaks',
    },
    {
      name: 'a secrets section is only a candidate',
      id: 'OSPS-BR-07.02',
      files: { 'SECURITY.md': '# Security\n\n## Secrets handling\n' },
      status: 'needs-review',
      evidence: 'SECURITY.md:3',
    },
  ]);
});
