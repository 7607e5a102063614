import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding, Outcome } from '../../core/model/posture.js';
import { evaluateCheck } from '../check.js';
import { binaryArtifactsCheck } from './binary-artifacts.js';
import { dependencyUpdateToolCheck } from './dependency-update-tool.js';
import { fuzzingCheck } from './fuzzing.js';
import { licenseCheck } from './license.js';
import { securityPolicyCheck } from './security-policy.js';

const f = (probe: string, outcome: Outcome): Finding => ({ probe, outcome, message: `${probe} ${outcome}` });

type Row = [name: string, findings: Finding[], score: number, reasonOrStatus: string];

/** Scorecard's evaluation test tables (checks/evaluation/*_test.go): findings in, score out; -1 = runtime error. */
const TABLES: Array<[typeof securityPolicyCheck, Row[]]> = [
  [
    securityPolicyCheck,
    [
      [
        'missing a probe is an internal error',
        [
          f('securityPolicyContainsVulnerabilityDisclosure', 'false'),
          f('securityPolicyContainsText', 'false'),
          f('securityPolicyPresent', 'false'),
        ],
        -1,
        'error',
      ],
      [
        'file found only',
        [
          f('securityPolicyContainsVulnerabilityDisclosure', 'false'),
          f('securityPolicyContainsLinks', 'false'),
          f('securityPolicyContainsText', 'false'),
          f('securityPolicyPresent', 'true'),
        ],
        0,
        'security policy file detected',
      ],
      [
        'no file but true probes is an error',
        [
          f('securityPolicyContainsVulnerabilityDisclosure', 'true'),
          f('securityPolicyContainsLinks', 'true'),
          f('securityPolicyContainsText', 'true'),
          f('securityPolicyPresent', 'false'),
        ],
        -1,
        'error',
      ],
      [
        'links only',
        [
          f('securityPolicyContainsVulnerabilityDisclosure', 'false'),
          f('securityPolicyContainsLinks', 'true'),
          f('securityPolicyContainsText', 'false'),
          f('securityPolicyPresent', 'true'),
        ],
        6,
        'security policy file detected',
      ],
      [
        'links and text',
        [
          f('securityPolicyContainsVulnerabilityDisclosure', 'false'),
          f('securityPolicyContainsLinks', 'true'),
          f('securityPolicyContainsText', 'true'),
          f('securityPolicyPresent', 'true'),
        ],
        9,
        'security policy file detected',
      ],
      [
        'all',
        [
          f('securityPolicyContainsVulnerabilityDisclosure', 'true'),
          f('securityPolicyContainsLinks', 'true'),
          f('securityPolicyContainsText', 'true'),
          f('securityPolicyPresent', 'true'),
        ],
        10,
        'security policy file detected',
      ],
      [
        'a probe counted once however many findings',
        [
          f('securityPolicyContainsVulnerabilityDisclosure', 'true'),
          f('securityPolicyContainsVulnerabilityDisclosure', 'true'),
          f('securityPolicyContainsLinks', 'false'),
          f('securityPolicyContainsText', 'false'),
          f('securityPolicyPresent', 'true'),
        ],
        1,
        'security policy file detected',
      ],
      [
        'no file',
        [
          f('securityPolicyContainsVulnerabilityDisclosure', 'false'),
          f('securityPolicyContainsLinks', 'false'),
          f('securityPolicyContainsText', 'false'),
          f('securityPolicyPresent', 'false'),
        ],
        0,
        'security policy file not detected',
      ],
    ],
  ],
  [
    licenseCheck,
    [
      [
        'license file with an approved license',
        [f('hasLicenseFile', 'true'), f('hasFSFOrOSIApprovedLicense', 'true')],
        10,
        'license file detected',
      ],
      [
        'license file, license not approved',
        [f('hasLicenseFile', 'true'), f('hasFSFOrOSIApprovedLicense', 'false')],
        9,
        'license file detected',
      ],
      [
        'false outcomes from all probes',
        [f('hasLicenseFile', 'false'), f('hasFSFOrOSIApprovedLicense', 'false')],
        0,
        'license file not detected',
      ],
      [
        'no license file',
        [f('hasLicenseFile', 'false'), f('hasFSFOrOSIApprovedLicense', 'not-applicable')],
        0,
        'license file not detected',
      ],
      [
        'approved without a file is an error',
        [f('hasLicenseFile', 'false'), f('hasFSFOrOSIApprovedLicense', 'true')],
        -1,
        'error',
      ],
      ['a missing probe is an error', [f('hasLicenseFile', 'true')], -1, 'error'],
    ],
  ],
  [
    dependencyUpdateToolCheck,
    [
      ['a tool', [f('dependencyUpdateToolConfigured', 'true')], 10, 'update tool detected'],
      [
        'two tools',
        [f('dependencyUpdateToolConfigured', 'true'), f('dependencyUpdateToolConfigured', 'true')],
        10,
        'update tool detected',
      ],
      ['no tool', [f('dependencyUpdateToolConfigured', 'false')], 0, 'no update tool detected'],
      ['no findings at all is an error', [], -1, 'error'],
    ],
  ],
  [
    binaryArtifactsCheck,
    [
      ['no binaries', [f('hasUnverifiedBinaryArtifacts', 'false')], 10, 'no binaries found in the repo'],
      ['one binary', [f('hasUnverifiedBinaryArtifacts', 'true')], 9, 'binaries present in source code'],
      [
        'two binaries',
        [f('hasUnverifiedBinaryArtifacts', 'true'), f('hasUnverifiedBinaryArtifacts', 'true')],
        8,
        'binaries present in source code',
      ],
      [
        'five binaries',
        Array.from({ length: 5 }, () => f('hasUnverifiedBinaryArtifacts', 'true')),
        5,
        'binaries present in source code',
      ],
      [
        'fifteen binaries floor at 0',
        Array.from({ length: 15 }, () => f('hasUnverifiedBinaryArtifacts', 'true')),
        0,
        'binaries present in source code',
      ],
      ['a failing probe is an error', [f('hasUnverifiedBinaryArtifacts', 'error')], -1, 'error'],
    ],
  ],
  [
    fuzzingCheck,
    [
      ['fuzzed', [f('fuzzed', 'true')], 10, 'project is fuzzed'],
      ['several fuzzers', [f('fuzzed', 'true'), f('fuzzed', 'true')], 10, 'project is fuzzed'],
      // Scorecard errors on a finding of another probe; Sterling pools every probe's findings and each
      // check reads only its own, so such a finding is not this check's (a deliberate difference).
      [
        'a finding of another probe is not read',
        [f('someUnrelatedProbe', 'false'), f('fuzzed', 'true')],
        10,
        'project is fuzzed',
      ],
      ['not fuzzed', [f('fuzzed', 'false')], 0, 'project is not fuzzed'],
    ],
  ],
];

for (const [check, rows] of TABLES) {
  describe(`${check.name} evaluation (Scorecard's table)`, () => {
    for (const [name, findings, score, reason] of rows) {
      it(name, () => {
        const r = evaluateCheck(check, findings);
        assert.equal(r.score, score);
        if (score < 0) assert.equal(r.status, reason);
        else assert.deepEqual([r.status, r.reason], ['scored', reason]);
        assert.equal(r.risk, check.risk);
      });
    }
  });
}

describe('details', () => {
  it('Binary-Artifacts warns once per binary with its path', () => {
    const r = evaluateCheck(binaryArtifactsCheck, [
      { ...f('hasUnverifiedBinaryArtifacts', 'true'), location: { path: 'bin/tool.exe' } },
    ]);
    assert.deepEqual(r.details, ['Warn: binary detected: bin/tool.exe']);
  });
  it('the bad outcome is a warning, the good one info, the rest left out', () => {
    const r = evaluateCheck(licenseCheck, [
      { ...f('hasLicenseFile', 'true'), location: { path: 'LICENSE' } },
      f('hasFSFOrOSIApprovedLicense', 'false'),
    ]);
    assert.deepEqual(r.details, [
      'Info: hasLicenseFile true: LICENSE',
      'Warn: hasFSFOrOSIApprovedLicense false',
    ]);
  });
});
