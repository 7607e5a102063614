import { describe } from 'node:test';
import { runCases } from '../__fixtures__/input.js';
import { siWithProject, siWithRepository } from '../__fixtures__/insights.js';

const SI = 'security-insights.yml';
const LONG_README = `# Widget\n\n${'Widget turns gadgets into gizmos. '.repeat(40)}\n`;

describe('OSPS-DO', () => {
  runCases([
    {
      name: 'a README of 1 KB or more',
      id: 'OSPS-DO-01.01',
      files: { 'README.md': LONG_README },
      status: 'pass',
      evidence: 'README.md',
    },
    {
      name: 'a short README',
      id: 'OSPS-DO-01.01',
      files: { 'README.md': '# Widget\n' },
      status: 'needs-review',
      reason: 'short',
    },
    {
      name: 'a docs folder',
      id: 'OSPS-DO-01.01',
      files: { 'docs/usage.md': '# Usage\n' },
      status: 'pass',
      evidence: 'docs/usage.md',
    },
    {
      name: 'a declared quickstart',
      id: 'OSPS-DO-01.01',
      files: { [SI]: siWithProject('  documentation:\n    quickstart-guide: https://example.com/start\n') },
      status: 'pass',
    },
    { name: 'nothing at all', id: 'OSPS-DO-01.01', files: {}, status: 'needs-review', reason: 'no README' },
    {
      name: 'issue templates',
      id: 'OSPS-DO-02.01',
      files: { '.github/ISSUE_TEMPLATE/bug.yml': 'name: Bug\n' },
      status: 'pass',
      evidence: '.github/ISSUE_TEMPLATE/bug.yml',
    },
    {
      name: 'a bug section in CONTRIBUTING',
      id: 'OSPS-DO-02.01',
      files: { 'CONTRIBUTING.md': '# Contributing\n\n## Reporting bugs\n' },
      status: 'pass',
      evidence: 'CONTRIBUTING.md:3',
    },
    {
      name: 'no way to report bugs',
      id: 'OSPS-DO-02.01',
      files: { 'README.md': '# Widget\n' },
      status: 'needs-review',
    },
    {
      name: 'declared signature verification',
      id: 'OSPS-DO-03.01',
      files: {
        [SI]: siWithProject('  documentation:\n    signature-verification: https://example.com/verify\n'),
      },
      status: 'pass',
    },
    {
      name: 'a verification section is a candidate only',
      id: 'OSPS-DO-03.02',
      files: { 'README.md': '# W\n\n## Verifying releases\n' },
      status: 'needs-review',
      evidence: 'README.md:3',
    },
    {
      name: 'a Supported Versions section in SECURITY.md',
      id: 'OSPS-DO-04.01',
      files: { 'SECURITY.md': '# Security Policy\n\n## Supported Versions\n\n| 1.x | yes |\n' },
      status: 'pass',
      evidence: 'SECURITY.md:3',
    },
    {
      name: 'a declared support policy',
      id: 'OSPS-DO-05.01',
      files: { [SI]: siWithProject('  documentation:\n    support-policy: https://example.com/support\n') },
      status: 'pass',
    },
    {
      name: 'no support statement',
      id: 'OSPS-DO-05.01',
      files: { 'SECURITY.md': '# Security\n' },
      status: 'needs-review',
    },
    {
      name: 'declared dependency policy',
      id: 'OSPS-DO-06.01',
      files: {
        [SI]: siWithRepository(
          '  documentation:\n    dependency-management-policy: https://example.com/deps\n',
        ),
      },
      status: 'pass',
    },
    {
      name: 'a dependencies section is a candidate',
      id: 'OSPS-DO-06.01',
      files: { 'CONTRIBUTING.md': '# C\n\n## Adding dependencies\n' },
      status: 'needs-review',
      evidence: 'CONTRIBUTING.md:3',
    },
    {
      name: 'a build section (setext heading)',
      id: 'OSPS-DO-07.01',
      files: { 'README.rst': 'Widget\n======\n\nBuilding from source\n--------------------\n' },
      status: 'pass',
      evidence: 'README.rst:4',
    },
    {
      name: 'a BUILDING.md guide',
      id: 'OSPS-DO-07.01',
      files: { 'BUILDING.md': 'Run make.\n' },
      status: 'pass',
      evidence: 'BUILDING.md',
    },
    {
      name: 'an Installation section is not a build guide',
      id: 'OSPS-DO-07.01',
      files: { 'README.md': '# W\n\n## Installation\n\nnpm i widget\n' },
      status: 'needs-review',
    },
  ]);
});
