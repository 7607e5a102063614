import { describe } from 'node:test';
import { gitWith, runCases } from '../__fixtures__/input.js';
import { MINIMUM_SI, RELEASE, siWithRepository } from '../__fixtures__/insights.js';

const SI = 'security-insights.yml';
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(100)]);
const ZIP_JAR = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 1)]);
const TWO_REPOS = MINIMUM_SI.replace(
  '      comment: the only repository\n',
  '      comment: the only repository\n    - name: docs\n      url: https://example.com/acme/docs\n      comment: the web site\n',
);

describe('OSPS-QA', () => {
  runCases([
    {
      name: 'read over https with no credentials',
      id: 'OSPS-QA-01.01',
      files: {},
      extra: { publicCloneUrl: 'https://example.com/acme/widget.git' },
      status: 'pass',
    },
    {
      name: 'a local folder, no forge',
      id: 'OSPS-QA-01.01',
      files: {},
      status: 'needs-review',
      reason: 'needs forge access',
    },
    {
      name: 'history and a public clone',
      id: 'OSPS-QA-01.02',
      files: {},
      extra: { git: gitWith([[]]), publicCloneUrl: 'https://example.com/a.git' },
      status: 'pass',
    },
    {
      name: 'history, visibility unknown',
      id: 'OSPS-QA-01.02',
      files: {},
      extra: { git: gitWith([[]]) },
      status: 'needs-review',
      reason: 'whether it is public',
    },
    {
      name: 'not a git checkout',
      id: 'OSPS-QA-01.02',
      files: {},
      status: 'needs-review',
      reason: 'no git history',
    },
    {
      name: 'manifests in the inventory',
      id: 'OSPS-QA-02.01',
      files: {},
      extra: { dependencyFiles: ['go.mod', 'go.sum'] },
      status: 'pass',
      evidence: 'go.mod',
    },
    {
      name: 'no manifests',
      id: 'OSPS-QA-02.01',
      files: {},
      extra: { dependencyFiles: [] },
      status: 'needs-review',
    },
    {
      name: 'SBOM attestation declared',
      id: 'OSPS-QA-02.02',
      files: { [SI]: siWithRepository(RELEASE) },
      status: 'pass',
      reason: 'SBOM',
    },
    {
      name: 'required checks unknown',
      id: 'OSPS-QA-03.01',
      files: {},
      status: 'needs-review',
      reason: 'needs forge access',
    },
    {
      name: 'repositories listed',
      id: 'OSPS-QA-04.01',
      files: { [SI]: MINIMUM_SI },
      status: 'pass',
      evidence: `${SI}:11`,
    },
    { name: 'no file', id: 'OSPS-QA-04.01', files: {}, status: 'needs-review' },
    {
      name: 'single repository declared',
      id: 'OSPS-QA-04.02',
      files: { [SI]: MINIMUM_SI },
      status: 'not-applicable',
    },
    { name: 'two repositories', id: 'OSPS-QA-04.02', files: { [SI]: TWO_REPOS }, status: 'needs-review' },
    {
      name: 'a committed ELF executable',
      id: 'OSPS-QA-05.01',
      files: { 'bin/tool': ELF },
      status: 'fail',
      evidence: 'bin/tool',
    },
    {
      name: 'an ELF in testdata is left out',
      id: 'OSPS-QA-05.01',
      files: { 'testdata/tool': ELF },
      status: 'pass',
    },
    { name: 'no binaries', id: 'OSPS-QA-05.02', files: { 'main.go': 'package main\n' }, status: 'pass' },
    {
      name: 'a jar is an unreviewable binary',
      id: 'OSPS-QA-05.02',
      files: { 'lib/x.jar': ZIP_JAR },
      status: 'fail',
      evidence: 'lib/x.jar',
    },
    {
      name: 'CI runs the tests',
      id: 'OSPS-QA-06.01',
      files: {
        '.github/workflows/ci.yml': 'jobs:\n  t:\n    steps:\n      - run: npm ci\n      - run: npm test\n',
      },
      status: 'pass',
      evidence: '.github/workflows/ci.yml:5',
    },
    {
      name: 'CI without a known test command',
      id: 'OSPS-QA-06.01',
      files: { '.github/workflows/ci.yml': 'jobs: {}\n' },
      status: 'needs-review',
      reason: 'workflow analysis',
    },
    { name: 'no CI', id: 'OSPS-QA-06.01', files: {}, status: 'needs-review', reason: 'no CI configuration' },
    {
      name: 'a testing section',
      id: 'OSPS-QA-06.02',
      files: { 'CONTRIBUTING.md': '# C\n\n## Running the tests\n' },
      status: 'pass',
      evidence: 'CONTRIBUTING.md:3',
    },
    {
      name: 'test policy is a candidate',
      id: 'OSPS-QA-06.03',
      files: { 'CONTRIBUTING.md': '# C\n\n## Tests\n' },
      status: 'needs-review',
      evidence: 'CONTRIBUTING.md:3',
    },
    {
      name: 'approvals from the forge',
      id: 'OSPS-QA-07.01',
      files: {},
      extra: { forge: { requiredApprovals: { value: 0, ref: 'rulesets' } } },
      status: 'fail',
    },
    {
      name: 'one approval required',
      id: 'OSPS-QA-07.01',
      files: {},
      extra: { forge: { requiredApprovals: { value: 1, ref: 'rulesets' } } },
      status: 'pass',
    },
  ]);
});
