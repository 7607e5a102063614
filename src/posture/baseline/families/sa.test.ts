import { describe } from 'node:test';
import { runCases } from '../__fixtures__/input.js';
import { MINIMUM_SI } from '../__fixtures__/insights.js';

const SI = 'security-insights.yml';
const ASSESSED = MINIMUM_SI.replace(
  '        comment: not done yet\n',
  '        comment: done\n        evidence: https://example.com/self-assessment\n',
);

describe('OSPS-SA', () => {
  runCases([
    {
      name: 'ARCHITECTURE.md',
      id: 'OSPS-SA-01.01',
      files: { 'ARCHITECTURE.md': '# A\n' },
      status: 'pass',
      evidence: 'ARCHITECTURE.md',
    },
    {
      name: 'docs/design-notes.md',
      id: 'OSPS-SA-01.01',
      files: { 'docs/design-notes.md': '# D\n' },
      status: 'pass',
    },
    { name: 'none', id: 'OSPS-SA-01.01', files: {}, status: 'needs-review' },
    {
      name: 'an OpenAPI file',
      id: 'OSPS-SA-02.01',
      files: { 'api/openapi.yaml': 'openapi: 3.1.0\n' },
      status: 'pass',
      evidence: 'api/openapi.yaml',
    },
    {
      name: 'a README usage section is a candidate',
      id: 'OSPS-SA-02.01',
      files: { 'README.md': '# W\n\n## Usage\n' },
      status: 'needs-review',
      evidence: 'README.md:3',
    },
    {
      name: 'a self-assessment with evidence',
      id: 'OSPS-SA-03.01',
      files: { [SI]: ASSESSED },
      status: 'pass',
      evidence: `${SI}:33`,
    },
    {
      name: 'a self-assessment without evidence',
      id: 'OSPS-SA-03.01',
      files: { [SI]: MINIMUM_SI },
      status: 'needs-review',
      reason: 'not done yet',
    },
    {
      name: 'a threat model file',
      id: 'OSPS-SA-03.01',
      files: { 'docs/threat_model.md': '# T\n' },
      status: 'pass',
    },
    {
      name: 'a threat model file',
      id: 'OSPS-SA-03.02',
      files: { 'docs/THREAT-MODEL.md': '# T\n' },
      status: 'pass',
      evidence: 'docs/THREAT-MODEL.md',
    },
    { name: 'none', id: 'OSPS-SA-03.02', files: {}, status: 'needs-review' },
  ]);
});
