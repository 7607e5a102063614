import { describe } from 'node:test';
import { runCases } from '../__fixtures__/input.js';
import { MINIMUM_SI, siWithRepository } from '../__fixtures__/insights.js';

const SI = 'security-insights.yml';

describe('OSPS-GV', () => {
  runCases([
    {
      name: 'administrators declared',
      id: 'OSPS-GV-01.01',
      files: { [SI]: MINIMUM_SI },
      status: 'pass',
      evidence: `${SI}:8`,
    },
    {
      name: 'CODEOWNERS',
      id: 'OSPS-GV-01.01',
      files: { '.github/CODEOWNERS': '* @ada\n' },
      status: 'pass',
      evidence: '.github/CODEOWNERS',
    },
    { name: 'nobody listed', id: 'OSPS-GV-01.01', files: { 'README.md': '# W\n' }, status: 'needs-review' },
    {
      name: 'GOVERNANCE.md',
      id: 'OSPS-GV-01.02',
      files: { 'GOVERNANCE.md': '# Governance\n' },
      status: 'pass',
      evidence: 'GOVERNANCE.md',
    },
    {
      name: 'declared governance',
      id: 'OSPS-GV-01.02',
      files: { [SI]: siWithRepository('  documentation:\n    governance: https://example.com/gov\n') },
      status: 'pass',
    },
    {
      name: 'a maintainers section is a candidate',
      id: 'OSPS-GV-01.02',
      files: { 'README.md': '# W\n\n## Maintainers\n' },
      status: 'needs-review',
      evidence: 'README.md:3',
    },
    {
      name: 'issue templates',
      id: 'OSPS-GV-02.01',
      files: { '.gitlab/issue_templates/bug.md': 'x' },
      status: 'pass',
    },
    {
      name: 'a community section',
      id: 'OSPS-GV-02.01',
      files: { 'README.md': '# W\n\n## Community\n\nJoin the mailing list.\n' },
      status: 'pass',
      evidence: 'README.md:3',
    },
    {
      name: 'no channel, no forge',
      id: 'OSPS-GV-02.01',
      files: {},
      status: 'needs-review',
      reason: 'needs forge access',
    },
    {
      name: 'CONTRIBUTING in .github',
      id: 'OSPS-GV-03.01',
      files: { '.github/CONTRIBUTING.md': '# How to contribute\n' },
      status: 'pass',
      evidence: '.github/CONTRIBUTING.md',
    },
    {
      name: 'a README contributing section',
      id: 'OSPS-GV-03.01',
      files: { 'README.md': '# W\n\n## Contributing\n' },
      status: 'pass',
      evidence: 'README.md:3',
    },
    {
      name: 'a README section is not a contributor guide',
      id: 'OSPS-GV-03.02',
      files: { 'README.md': '# W\n\n## Contributing\n' },
      status: 'needs-review',
      evidence: 'README.md:3',
    },
    { name: 'CONTRIBUTING.md', id: 'OSPS-GV-03.02', files: { 'CONTRIBUTING.md': '# C\n' }, status: 'pass' },
    { name: 'no guide', id: 'OSPS-GV-03.02', files: {}, status: 'needs-review' },
    {
      name: 'policy: a permissions section is only a candidate',
      id: 'OSPS-GV-04.01',
      files: { 'GOVERNANCE.md': '# G\n\n## Becoming a maintainer\n' },
      status: 'needs-review',
      evidence: 'GOVERNANCE.md:3',
    },
  ]);
});
