import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tempDir, writeTree } from '../../../test/helpers/tmp.js';
import { Workspace } from '../../workspace/workspace.js';
import {
  MAX_SCORECARD_YML_BYTES,
  parseScorecardYml,
  REASON_DOCS,
  readScorecardYml,
  SCORECARD_YML_PATHS,
} from './scorecard-yml.js';

const VALID = [
  'annotations:',
  '  - checks:',
  '      - binary-artifacts',
  '      - Pinned-Dependencies',
  '    reasons:',
  '      - reason: test-data # the binaries are test fixtures',
  '      - reason: remediated',
  '  - checks: [sbom]',
  '    reasons: [{ reason: not-applicable }]',
  '',
].join('\n');

function read(files: Record<string, string>) {
  const dir = tempDir();
  writeTree(dir, files);
  return readScorecardYml(Workspace.open(dir), Object.keys(files));
}

describe('parseScorecardYml', () => {
  it('one rule per reason, for the checks of its entry, with file:line and Scorecard’s text', () => {
    const { rules, diagnostics } = parseScorecardYml(VALID, 'scorecard.yml');
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(
      rules.map((r) => [r.checks, r.annotation]),
      [
        [
          ['binary-artifacts', 'Pinned-Dependencies'],
          { reason: 'test-data', note: REASON_DOCS['test-data'], source: 'scorecard.yml:6' },
        ],
        [
          ['binary-artifacts', 'Pinned-Dependencies'],
          { reason: 'remediated', note: REASON_DOCS.remediated, source: 'scorecard.yml:7' },
        ],
        // SBOM is a Scorecard check Sterling does not run: valid, it annotates nothing here.
        [
          ['sbom'],
          { reason: 'not-applicable', note: REASON_DOCS['not-applicable'], source: 'scorecard.yml:9' },
        ],
      ],
    );
    assert.ok(rules.every((r) => r.probe === undefined && r.path === undefined && r.until === undefined));
  });

  it('an empty file, or one without annotations, annotates nothing and is not an error', () => {
    for (const text of ['', '# nothing yet\n', 'annotations: []\n', 'other: 1\n']) {
      assert.deepEqual(parseScorecardYml(text, 'scorecard.yml'), { rules: [], diagnostics: [] }, text);
    }
  });

  it('an entry without checks annotates nothing (not every check)', () => {
    const { rules } = parseScorecardYml('annotations:\n  - reasons: [{reason: test-data}]\n', 's.yml');
    assert.deepEqual(rules, []);
  });

  /** [name, text, the warning's message] */
  const INVALID: Array<[string, string, RegExp]> = [
    [
      'not YAML',
      'annotations:\n  - checks: [a\n',
      /^scorecard\.yml:\d+: not valid YAML \(.*\); its maintainer annotations are not used, as Scorecard would not use them$/,
    ],
    [
      'an unknown check (Scorecard rejects the whole file)',
      'annotations:\n  - checks: [binary-artifacts]\n    reasons: [{reason: test-data}]\n  - checks: [code-reveiw]\n    reasons: [{reason: test-data}]\n',
      /^scorecard\.yml:4: annotations\[1\]\.checks\[0\]: not a Scorecard check: "code-reveiw"/,
    ],
    [
      'an unknown reason',
      'annotations:\n  - checks: [fuzzing]\n    reasons:\n      - reason: wontfix\n',
      /^scorecard\.yml:4: annotations\[0\]\.reasons\[0\]\.reason: Invalid option/,
    ],
    [
      'a list at the top',
      '- checks: [fuzzing]\n',
      /^scorecard\.yml:1: the file: Invalid input: expected object/,
    ],
    [
      'a duplicate key',
      'annotations: []\nannotations: []\n',
      /^scorecard\.yml:2: not valid YAML \(a key is written twice/,
    ],
    [
      'an alias bomb',
      `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 30 }, (_, i) => `k${i}: [*a, *a, *a, *a]`).join('\n')}\n`,
      /^scorecard\.yml: not valid YAML \(.*alias/i,
    ],
    [
      'more than the size limit',
      `# ${'x'.repeat(MAX_SCORECARD_YML_BYTES)}\nannotations: []\n`,
      /^scorecard\.yml: \d+ bytes, over the 65536-byte limit; not read/,
    ],
  ];
  for (const [name, text, message] of INVALID) {
    it(`${name}: no annotation, one warning naming the file`, () => {
      const { rules, diagnostics } = parseScorecardYml(text, 'scorecard.yml');
      assert.deepEqual(rules, []);
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0]?.code, 'scorecard-yml-invalid');
      assert.equal(diagnostics[0]?.level, 'warning');
      assert.equal(diagnostics[0]?.path, 'scorecard.yml');
      const line = /^scorecard\.yml:(\d+):/.exec(diagnostics[0]?.message ?? '')?.[1];
      assert.equal(diagnostics[0]?.line, line === undefined ? undefined : Number(line));
      assert.match(diagnostics[0]?.message ?? '', message);
    });
  }
});

describe('readScorecardYml', () => {
  for (const path of SCORECARD_YML_PATHS) {
    it(`reads ${path}`, () => {
      const { rules } = read({ [path]: VALID });
      assert.equal(rules.length, 3);
      assert.equal(rules[0]?.annotation.source, `${path}:6`);
    });
  }

  it('uses the first location that exists, as Scorecard does, even when it is invalid', () => {
    const r = read({ '.scorecard.yml': 'annotations: [', '.github/scorecard.yml': VALID });
    assert.deepEqual(r.rules, []);
    assert.equal(r.diagnostics[0]?.path, '.scorecard.yml');
  });

  it('no file: nothing, and no diagnostic', () => {
    assert.deepEqual(read({ 'README.md': 'hi' }), { rules: [], diagnostics: [] });
  });

  it('a file larger than the workspace allows is a warning, not a crash', () => {
    const dir = tempDir();
    writeTree(dir, { 'scorecard.yml': `# ${'x'.repeat(2048)}\n` });
    const r = readScorecardYml(Workspace.open(dir, { maxFileSize: 1024 }), ['scorecard.yml']);
    assert.deepEqual(r.rules, []);
    assert.match(r.diagnostics[0]?.message ?? '', /^scorecard\.yml: not read \(.*limit 1024\)/);
  });
});
