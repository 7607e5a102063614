import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../core/errors/index.js';
import { parseProjectConfig } from './load.js';
import { defaultProjectConfig } from './schema.js';

describe('parseProjectConfig: valid files', () => {
  it('fills the defaults in a minimal file', () => {
    assert.deepEqual(parseProjectConfig('version: 1\n', 'sterling.yaml'), {
      config: defaultProjectConfig(),
      lines: [],
      attestLines: [],
      suppressLines: [],
    });
  });

  it('reads every key, keeps dates and versions as written, and gives the line of each ignore', () => {
    const text = [
      '# project config',
      'version: 1',
      'ignore:',
      '  - id: GHSA-jfh8-c2jp-5v3q',
      '    reason: "log4j-core is on the classpath but JNDI lookups are disabled"',
      '    until: 2026-01-31',
      '    package: pkg:maven/org.apache.logging.log4j/log4j-core',
      '  - { id: CVE-2021-23337, reason: only used at build time, package: lodash@4.17.20 }',
      'vulnerabilities:',
      '  maxAgeHours: 72',
      '  failOn: high',
      '',
    ].join('\n');
    const { config, lines } = parseProjectConfig(text, 'sterling.yaml');
    assert.deepEqual(config, {
      version: 1,
      ignore: [
        {
          id: 'GHSA-jfh8-c2jp-5v3q',
          reason: 'log4j-core is on the classpath but JNDI lookups are disabled',
          until: '2026-01-31',
          package: 'pkg:maven/org.apache.logging.log4j/log4j-core',
        },
        { id: 'CVE-2021-23337', reason: 'only used at build time', package: 'lodash@4.17.20' },
      ],
      vulnerabilities: { maxAgeHours: 72, failOn: 'high', goStdlib: false },
    });
    assert.deepEqual(lines, [4, 8]);
  });

  it('ignores a byte-order mark', () => {
    assert.equal(parseProjectConfig('\ufeffversion: 1\n', 'sterling.yaml').config.version, 1);
  });

  it('accepts 29 February in a leap year', () => {
    const text = 'version: 1\nignore:\n  - id: CVE-1\n    reason: r\n    until: 2028-02-29\n';
    assert.equal(parseProjectConfig(text, 'sterling.yaml').config.ignore[0]?.until, '2028-02-29');
  });
});

/** [name, text, expected message (regex), expected line] */
const INVALID: Array<[string, string, RegExp, number | undefined]> = [
  [
    'unknown top-level key, with a suggestion',
    'version: 1\n\nignores:\n  - id: CVE-1\n    reason: r\n',
    /^sterling\.yaml:3: unknown key "ignores"; did you mean "ignore"\?$/,
    3,
  ],
  [
    'unknown key in an ignore entry',
    'version: 1\nignore:\n  - id: CVE-1\n    reasn: typo\n',
    /^sterling\.yaml:4: unknown key "reasn" in ignore\[0\]; did you mean "reason"\?/,
    4,
  ],
  [
    'unknown key in vulnerabilities, case typo',
    'version: 1\nvulnerabilities:\n  failon: high\n',
    /^sterling\.yaml:3: unknown key "failon" in vulnerabilities; did you mean "failOn"\?$/,
    3,
  ],
  [
    'unknown key with no close match',
    'version: 1\nnotifications: true\n',
    /^sterling\.yaml:2: unknown key "notifications"$/,
    2,
  ],
  [
    'missing reason',
    'version: 1\nignore:\n  - id: CVE-1\n  - id: CVE-2\n    until: 2026-01-31\n',
    /^sterling\.yaml:3: missing required key "reason" in ignore\[0\] \(and 1 more problem\)$/,
    3,
  ],
  [
    'blank reason',
    'version: 1\nignore:\n  - id: CVE-1\n    reason: "   "\n',
    /^sterling\.yaml:4: ignore\[0\]\.reason: a reason is required/,
    4,
  ],
  ['missing version', 'ignore: []\n', /^sterling\.yaml:1: missing required key "version"$/, 1],
  [
    'unsupported version',
    'version: 2\n',
    /^sterling\.yaml:1: version: this Sterling reads config version 1/,
    1,
  ],
  [
    'version written as a string',
    'version: "1"\n',
    /^sterling\.yaml:1: version: this Sterling reads config version 1/,
    1,
  ],
  [
    'impossible date',
    'version: 1\nignore:\n  - id: CVE-1\n    reason: r\n    until: 2026-02-30\n',
    /^sterling\.yaml:5: ignore\[0\]\.until: `until` must be a real calendar date written YYYY-MM-DD$/,
    5,
  ],
  [
    '29 February outside a leap year',
    'version: 1\nignore:\n  - id: CVE-1\n    reason: r\n    until: 2027-02-29\n',
    /real calendar date/,
    5,
  ],
  [
    'date without zero padding',
    'version: 1\nignore:\n  - id: CVE-1\n    reason: r\n    until: 2026-1-5\n',
    /real calendar date/,
    5,
  ],
  [
    'date with a time',
    'version: 1\nignore:\n  - id: CVE-1\n    reason: r\n    until: 2026-01-05T00:00:00Z\n',
    /real calendar date/,
    5,
  ],
  [
    'id with a space',
    'version: 1\nignore:\n  - id: CVE 2021 1\n    reason: r\n',
    /^sterling\.yaml:3: ignore\[0\]\.id: an id has no spaces or control characters$/,
    3,
  ],
  [
    'failOn outside the list',
    'version: 1\nvulnerabilities:\n  failOn: severe\n',
    /^sterling\.yaml:3: vulnerabilities\.failOn: Invalid option: expected one of "critical"\|"high"\|"medium"\|"low"\|"any"$/,
    3,
  ],
  ['maxAgeHours negative', 'version: 1\nvulnerabilities:\n  maxAgeHours: -1\n', /maxAgeHours/, 3],
  [
    'maxAgeHours not whole',
    'version: 1\nvulnerabilities:\n  maxAgeHours: 1.5\n',
    /^sterling\.yaml:3: vulnerabilities\.maxAgeHours: a whole number of hours, like `--max-db-age`$/,
    3,
  ],
  ['maxAgeHours as text', 'version: 1\nvulnerabilities:\n  maxAgeHours: "24h"\n', /expected number/, 3],
  ['ignore is not a list', 'version: 1\nignore: CVE-1\n', /^sterling\.yaml:2: ignore: /, 2],
  [
    'a key written twice',
    'version: 1\nignore: []\nversion: 1\n',
    /^sterling\.yaml:3: a key is written twice in one mapping/,
    3,
  ],
  ['a list instead of a mapping', '- version: 1\n', /expected a YAML mapping/, undefined],
  ['an empty file', '', /expected a YAML mapping/, undefined],
  ['a YAML syntax error', 'version: 1\nignore: [\n', /^sterling\.yaml:\d+: not valid YAML/, undefined],
  [
    'problems reported in file order',
    'version: 1\nzzz: 1\nignore:\n  - id: CVE-1\n    reason: r\n    until: never\nvulnerabilities:\n  failOn: x\n',
    /^sterling\.yaml:2: unknown key "zzz" \(and 2 more problems\)$/,
    2,
  ],
];

describe('parseProjectConfig: invalid files name file, line and fix', () => {
  for (const [name, text, message, line] of INVALID) {
    it(name, () => {
      assert.throws(
        () => parseProjectConfig(text, 'sterling.yaml'),
        (e: unknown) => {
          assert.ok(e instanceof InputError, String(e));
          assert.match(e.message, message);
          if (line !== undefined) assert.equal(e.line, line);
          assert.equal(e.path, 'sterling.yaml');
          return true;
        },
      );
    });
  }

  it('lists the allowed keys in the hint', () => {
    assert.throws(
      () =>
        parseProjectConfig(
          'version: 1\nignore:\n  - id: CVE-1\n    reason: r\n    pkg: x\n',
          'sterling.yaml',
        ),
      (e: unknown) =>
        e instanceof InputError &&
        e.hint === 'Keys allowed here: id, reason, until, package (see docs/configuration.md).',
    );
  });
});

describe('parseProjectConfig: hostile input', () => {
  it('goes through the YAML guard: an alias bomb is refused before expansion', () => {
    const lines = ['version: 1', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 12; i++) {
      const name = String.fromCharCode(98 + i);
      lines.push(
        `${name}: &${name} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    }
    assert.throws(() => parseProjectConfig(lines.join('\n'), 'sterling.yaml'), /aliases \(limit 100\)/);
  });

  it('refuses deep nesting with an error naming the line, not a stack overflow', () => {
    const deep = `version: 1\nignore: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`;
    assert.throws(
      () => parseProjectConfig(deep, 'sterling.yaml'),
      (e: unknown) =>
        e instanceof InputError && /^sterling\.yaml:2: not valid YAML \(nesting exceeded/.test(e.message),
    );
  });

  it('escapes control characters of an unknown key in the message', () => {
    assert.throws(
      () => parseProjectConfig('version: 1\n"evil\\e[31mkey\\u202e": 1\n', 'sterling.yaml'),
      (e: unknown) => {
        assert.ok(e instanceof InputError);
        assert.match(e.message, /unknown key "evil\\u001b\[31mkey\\u202e"/);
        for (const ch of e.message)
          assert.ok(ch.charCodeAt(0) >= 0x20 && ch !== '\u202e', 'raw control character');
        return true;
      },
    );
  });

  it('refuses control characters in an id', () => {
    assert.throws(
      () =>
        parseProjectConfig('version: 1\nignore:\n  - id: "CVE-1\\e[2J"\n    reason: r\n', 'sterling.yaml'),
      /ignore\[0\]\.id: an id has no spaces or control characters/,
    );
  });

  it('keeps control characters of a reason as data (escaped wherever it is printed)', () => {
    const { config } = parseProjectConfig(
      'version: 1\nignore:\n  - id: CVE-1\n    reason: "a\\e[31mb"\n',
      's.yaml',
    );
    assert.equal(config.ignore[0]?.reason, 'a\u001b[31mb');
  });

  it('does not suggest for a very long key', () => {
    const key = 'i'.repeat(10_000);
    assert.throws(
      () => parseProjectConfig(`version: 1\n${key}: 1\n`, 'sterling.yaml'),
      (e: unknown) =>
        e instanceof InputError && !e.message.includes('did you mean') && e.message.length < 400,
    );
  });
});
