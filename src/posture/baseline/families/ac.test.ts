import { describe } from 'node:test';
import { runCases } from '../__fixtures__/input.js';
import type { ForgeFact } from '../forge.js';

const yes: ForgeFact<boolean> = { value: true, ref: 'GET /repos/acme/widget/rulesets' };
const no: ForgeFact<boolean> = { value: false, ref: 'GET /repos/acme/widget/rulesets' };
const WORKFLOW = { '.github/workflows/ci.yml': 'on: push\njobs: {}\n' };

describe('OSPS-AC', () => {
  runCases([
    {
      name: 'no forge access',
      id: 'OSPS-AC-01.01',
      files: {},
      status: 'needs-review',
      reason: 'needs forge access',
    },
    {
      name: 'forge says MFA is required',
      id: 'OSPS-AC-01.01',
      files: {},
      extra: { forge: { mfaRequired: yes } },
      status: 'pass',
      evidence: 'mfaRequired: GET /repos/acme/widget/rulesets',
    },
    {
      name: 'forge says MFA is not required',
      id: 'OSPS-AC-01.01',
      files: {},
      extra: { forge: { mfaRequired: no } },
      status: 'fail',
    },
    {
      name: 'no forge access',
      id: 'OSPS-AC-02.01',
      files: {},
      status: 'needs-review',
      reason: 'needs forge access',
    },
    {
      name: 'forge facts without this one',
      id: 'OSPS-AC-03.01',
      files: {},
      extra: { forge: { mfaRequired: yes } },
      status: 'needs-review',
      reason: 'needs forge access',
    },
    {
      name: 'branch refuses pushes',
      id: 'OSPS-AC-03.01',
      files: {},
      extra: { forge: { primaryBranchBlocksPush: yes } },
      status: 'pass',
    },
    {
      name: 'branch can be deleted',
      id: 'OSPS-AC-03.02',
      files: {},
      extra: { forge: { primaryBranchBlocksDeletion: no } },
      status: 'fail',
    },
    {
      name: 'no CI configuration',
      id: 'OSPS-AC-04.01',
      files: { 'README.md': '# x\n' },
      status: 'not-applicable',
      reason: 'no CI/CD configuration',
    },
    {
      name: 'CI without forge access',
      id: 'OSPS-AC-04.01',
      files: WORKFLOW,
      status: 'needs-review',
      reason: 'needs forge access',
    },
    {
      name: 'CI with a read-only token',
      id: 'OSPS-AC-04.01',
      files: WORKFLOW,
      extra: { forge: { ciTokenReadOnlyByDefault: yes } },
      status: 'pass',
    },
    {
      name: 'workflow without any permissions block (Token-Permissions below 10)',
      id: 'OSPS-AC-04.02',
      files: WORKFLOW,
      status: 'fail',
      reason: 'Token-Permissions scores 9/10',
      evidence: '.github/workflows/ci.yml',
    },
    {
      name: 'read-only at the top, a write granted to one job',
      id: 'OSPS-AC-04.02',
      files: {
        '.github/workflows/ci.yml':
          'on: push\npermissions:\n  contents: read\njobs:\n  release:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n    steps:\n      - run: make release\n',
      },
      status: 'pass',
      reason: 'read-only by default',
    },
    {
      name: 'write-all at the top level',
      id: 'OSPS-AC-04.02',
      files: {
        '.github/workflows/ci.yml':
          'on: push\npermissions: write-all\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
      },
      status: 'fail',
      evidence: '.github/workflows/ci.yml:2',
    },
    {
      name: 'GitLab CI counts as CI',
      id: 'OSPS-AC-04.02',
      files: { '.gitlab-ci.yml': 'test: {}\n' },
      status: 'needs-review',
      evidence: '.gitlab-ci.yml',
    },
  ]);
});
