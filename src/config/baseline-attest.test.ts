import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../core/errors/index.js';
import { parseProjectConfig } from './load.js';

const VALID = `version: 1
baseline:
  attest:
    - id: OSPS-AC-01.01
      status: pass
      reason: The acme organisation requires two-factor authentication.
    - id: OSPS-QA-04.01
      status: not-applicable
      reason: one repository
`;

describe('sterling.yaml baseline.attest', () => {
  it('reads attestations with the line of each entry', () => {
    const { config, attestLines } = parseProjectConfig(VALID, 'sterling.yaml');
    assert.deepEqual(
      config.baseline?.attest.map((a) => [a.id, a.status]),
      [
        ['OSPS-AC-01.01', 'pass'],
        ['OSPS-QA-04.01', 'not-applicable'],
      ],
    );
    assert.deepEqual(attestLines, [4, 7]);
  });

  it('leaves `baseline` out of a file without it', () => {
    assert.equal(parseProjectConfig('version: 1\n', 'sterling.yaml').config.baseline, undefined);
  });

  const invalid: Array<[string, string, RegExp]> = [
    [
      'an unknown id',
      VALID.replace('OSPS-AC-01.01', 'OSPS-AC-09.01'),
      /^sterling\.yaml:4: baseline\.attest\[0\]\.id: not an active OSPS Baseline/,
    ],
    [
      'the retired OSPS-BR-01.02',
      VALID.replace('OSPS-AC-01.01', 'OSPS-BR-01.02'),
      /not an active OSPS Baseline/,
    ],
    [
      'a fail status',
      VALID.replace('status: pass', 'status: fail'),
      /^sterling\.yaml:5: baseline\.attest\[0\]\.status: Invalid option/,
    ],
    [
      'a blank reason',
      VALID.replace('reason: one repository', "reason: '  '"),
      /^sterling\.yaml:9: .*a reason is required/,
    ],
    [
      'an unknown key',
      VALID.replace('  attest:', '  attests:'),
      /^sterling\.yaml:3: unknown key "attests" in baseline; did you mean "attest"\?/,
    ],
  ];
  for (const [name, text, want] of invalid) {
    it(`refuses ${name}, naming file and line`, () => {
      assert.throws(
        () => parseProjectConfig(text, 'sterling.yaml'),
        (e: unknown) => e instanceof InputError && want.test(e.message),
      );
    });
  }
});
