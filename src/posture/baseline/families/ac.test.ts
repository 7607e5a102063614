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
      name: 'CI, no workflow analysis',
      id: 'OSPS-AC-04.02',
      files: WORKFLOW,
      status: 'needs-review',
      reason: 'workflow analysis',
      evidence: '.github/workflows/ci.yml',
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
