import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tempDir, writeTree } from '../../test/helpers/tmp.js';
import { InputError } from '../core/errors/index.js';
import { loadProjectConfig, parseProjectConfig } from './load.js';

const HEAD = 'version: 1\nposture:\n  suppress:\n';

describe('sterling.yaml posture.suppress: valid entries', () => {
  it('reads check, probe and path entries with their lines; check names in any case', () => {
    const text = [
      'version: 1',
      'posture:',
      '  suppress:',
      '    - check: binary-artifacts',
      '      path: test/fixtures',
      '      reason: test-data',
      '      note: loader fixtures, never shipped',
      '    - probe: pinsDependencies',
      '      path: "**/examples/**"',
      '      reason: not-applicable',
      '      note: examples are copied, not run',
      '      until: 2027-01-31',
      '    - { check: Fuzzing, reason: not-supported, note: fuzzed by our own harness }',
      '',
    ].join('\n');
    const { config, suppressLines } = parseProjectConfig(text, 'sterling.yaml');
    assert.deepEqual(config.posture?.suppress, [
      {
        check: 'binary-artifacts',
        path: 'test/fixtures',
        reason: 'test-data',
        note: 'loader fixtures, never shipped',
      },
      {
        probe: 'pinsDependencies',
        path: '**/examples/**',
        reason: 'not-applicable',
        note: 'examples are copied, not run',
        until: '2027-01-31',
      },
      { check: 'Fuzzing', reason: 'not-supported', note: 'fuzzed by our own harness' },
    ]);
    assert.deepEqual(suppressLines, [4, 8, 13]);
  });

  it('loadProjectConfig gives each suppression its file and line', () => {
    const root = tempDir();
    writeTree(root, {
      'sterling.yaml': `${HEAD}    - check: SAST\n      reason: not-detected\n      note: CodeQL runs in the org ruleset\n`,
    });
    assert.deepEqual(loadProjectConfig(root).suppressions, [
      {
        check: 'SAST',
        reason: 'not-detected',
        note: 'CodeQL runs in the org ruleset',
        source: 'sterling.yaml',
        line: 4,
      },
    ]);
  });

  it('an empty posture section suppresses nothing', () => {
    const { config } = parseProjectConfig('version: 1\nposture: {}\n', 'sterling.yaml');
    assert.deepEqual(config.posture, { suppress: [] });
  });
});

/** [name, entry lines (after `suppress:`), expected message, expected line] */
const INVALID: Array<[string, string, RegExp, number]> = [
  [
    'missing note',
    '    - check: SAST\n      reason: not-detected\n',
    /^sterling\.yaml:4: missing required key "note" in posture\.suppress\[0\]$/,
    4,
  ],
  [
    'blank note',
    '    - check: SAST\n      reason: not-detected\n      note: "  "\n',
    /^sterling\.yaml:6: posture\.suppress\[0\]\.note: a note is required/,
    6,
  ],
  [
    'unknown check, with a suggestion',
    '    - check: binary-artefacts\n      reason: test-data\n      note: n\n',
    /^sterling\.yaml:4: posture\.suppress\[0\]\.check: unknown check "binary-artefacts"; did you mean "Binary-Artifacts"\?/,
    4,
  ],
  [
    'unknown check, nothing close',
    '    - check: Reproducible-Builds\n      reason: test-data\n      note: n\n',
    /^sterling\.yaml:4: posture\.suppress\[0\]\.check: unknown check "Reproducible-Builds" \(see docs\/posture\.md\)$/,
    4,
  ],
  [
    'unknown probe, with a suggestion',
    '    - probe: pinDependencies\n      reason: test-data\n      note: n\n',
    /posture\.suppress\[0\]\.probe: unknown probe "pinDependencies"; did you mean "pinsDependencies"\?/,
    4,
  ],
  [
    'a probe of another check',
    '    - check: SAST\n      probe: pinsDependencies\n      reason: test-data\n      note: n\n',
    /^sterling\.yaml:5: posture\.suppress\[0\]\.probe: probe "pinsDependencies" is not one of SAST's probes \(sastToolConfigured, sastToolRunsOnAllCommits\)$/,
    5,
  ],
  [
    'a reason Scorecard does not have',
    '    - check: SAST\n      reason: wont-fix\n      note: n\n',
    /^sterling\.yaml:5: posture\.suppress\[0\]\.reason: Invalid option: expected one of "test-data"\|"remediated"\|"not-applicable"\|"not-supported"\|"not-detected"$/,
    5,
  ],
  [
    'neither check, probe nor path',
    '    - reason: test-data\n      note: n\n',
    /^sterling\.yaml:4: posture\.suppress\[0\]: a suppression names a `check`, a `probe` or a `path`/,
    4,
  ],
  [
    'a path that names the root',
    '    - path: ./\n      reason: test-data\n      note: n\n',
    /^sterling\.yaml:4: posture\.suppress\[0\]\.path: a path pattern must name something below the root$/,
    4,
  ],
  [
    'a path with a space',
    '    - path: test data\n      reason: test-data\n      note: n\n',
    /posture\.suppress\[0\]\.path: a path pattern has no spaces or control characters$/,
    4,
  ],
  [
    'an impossible until',
    '    - check: SAST\n      reason: test-data\n      note: n\n      until: 2027-02-29\n',
    /^sterling\.yaml:7: posture\.suppress\[0\]\.until: `until` must be a real calendar date/,
    7,
  ],
  [
    'a misspelt key, with a suggestion',
    '    - check: SAST\n      reason: test-data\n      notes: n\n',
    /^sterling\.yaml:6: unknown key "notes" in posture\.suppress\[0\]; did you mean "note"\?$/,
    6,
  ],
];

describe('sterling.yaml posture.suppress: invalid entries', () => {
  for (const [name, entries, message, line] of INVALID) {
    it(name, () => {
      assert.throws(
        () => parseProjectConfig(HEAD + entries, 'sterling.yaml'),
        (e: unknown) => {
          assert.ok(e instanceof InputError, String(e));
          assert.match(e.message, message);
          assert.equal(e.line, line);
          return true;
        },
      );
    });
  }

  it('a misspelt section key, with a suggestion', () => {
    assert.throws(
      () => parseProjectConfig('version: 1\nposture:\n  supress: []\n', 'sterling.yaml'),
      /sterling\.yaml:3: unknown key "supress" in posture; did you mean "suppress"\?$/,
    );
  });
});
