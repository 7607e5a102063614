import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { OPENVEX_SCHEMA, validateOpenVex } from '../../../test/helpers/schemas.js';
import { needsShared, sharedPath } from '../../../test/helpers/shared.js';
import { tempDir } from '../../../test/helpers/tmp.js';
import { InputError } from '../../core/errors/index.js';
import { loadOpenVex, MAX_VEX_BYTES, parseOpenVex } from './load.js';

const NODE_VEX = ['osv-sample', 'nodejs-security-wg', 'tools', 'vex', 'node.openvex.json'] as const;

/** A minimal valid document around `statements`. */
function doc(statements: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': 'https://example.com/vex/1',
    author: 'Example Security <security@example.com>',
    timestamp: '2024-05-01T10:00:00Z',
    version: 1,
    statements,
    ...extra,
  };
}

const LOG4SHELL = {
  vulnerability: {
    '@id': 'https://nvd.nist.gov/vuln/detail/CVE-2021-44228',
    name: 'CVE-2021-44228',
    aliases: ['GHSA-jfh8-c2jp-5v3q'],
  },
  products: [
    {
      '@id': 'pkg:maven/com.example/app@1.0.0',
      identifiers: {
        purl: 'pkg:maven/com.example/app@1.0.0',
        cpe23: 'cpe:2.3:a:example:app:1.0.0:*:*:*:*:*:*:*',
      },
      hashes: { 'sha-256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
      subcomponents: [{ '@id': 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1' }],
    },
  ],
  status: 'not_affected',
  justification: 'vulnerable_code_not_in_execute_path',
  impact_statement: 'JNDI lookups are disabled by configuration.',
  timestamp: '2024-04-01T00:00:00Z',
};

describe('loadOpenVex: the Node.js security WG document', { skip: needsShared(...NODE_VEX) }, () => {
  it('reads all 183 statements with their status, justification and inherited timestamp', () => {
    const vex = loadOpenVex(sharedPath(...NODE_VEX), 'node.openvex.json');
    assert.equal(vex.author, 'Node.js Security WG');
    assert.equal(vex.statements.length, 183);
    const byStatus = new Map<string, number>();
    for (const s of vex.statements) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(byStatus), { fixed: 172, not_affected: 11 });
    assert.ok(vex.statements.every((s) => s.timestamp === '2026-04-08T18:33:11.798708122Z'));
    assert.ok(vex.statements.every((s) => s.source === 'node.openvex.json'));
    assert.deepEqual(vex.statements[0], {
      source: 'node.openvex.json',
      index: 0,
      vulnerability: { name: 'CVE-2015-3193', '@id': 'https://www.cve.org/CVERecord?id=CVE-2015-3193' },
      products: [
        { ids: ['pkg:nodejs/node@v5.1.1'], subcomponents: [] },
        { ids: ['pkg:nodejs/node@v4.2.3'], subcomponents: [] },
      ],
      status: 'fixed',
      timestamp: '2026-04-08T18:33:11.798708122Z',
    });
    const notAffected = vex.statements.filter((s) => s.status === 'not_affected');
    assert.ok(notAffected.every((s) => s.justification !== undefined && s.impact_statement !== undefined));
  });
});

describe('parseOpenVex: hand-written documents', () => {
  it('keeps every identifier of products and subcomponents, and the statement timestamp', () => {
    const vex = parseOpenVex(JSON.stringify(doc([LOG4SHELL])), 'app.openvex.json');
    assert.deepEqual(vex.statements, [
      {
        source: 'app.openvex.json',
        index: 0,
        vulnerability: {
          name: 'CVE-2021-44228',
          '@id': 'https://nvd.nist.gov/vuln/detail/CVE-2021-44228',
          aliases: ['GHSA-jfh8-c2jp-5v3q'],
        },
        products: [
          {
            ids: ['pkg:maven/com.example/app@1.0.0', 'cpe:2.3:a:example:app:1.0.0:*:*:*:*:*:*:*'],
            subcomponents: [{ ids: ['pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1'] }],
          },
        ],
        status: 'not_affected',
        justification: 'vulnerable_code_not_in_execute_path',
        impact_statement: 'JNDI lookups are disabled by configuration.',
        timestamp: '2024-04-01T00:00:00Z',
      },
    ]);
  });

  it('reads every status with its required fields', () => {
    const statements = [
      { vulnerability: { name: 'CVE-1' }, products: [{ '@id': 'pkg:npm/a' }], status: 'fixed' },
      { vulnerability: { name: 'CVE-2' }, products: [{ '@id': 'pkg:npm/a' }], status: 'under_investigation' },
      {
        vulnerability: { name: 'CVE-3' },
        products: [{ identifiers: { purl: 'pkg:npm/a' } }],
        status: 'affected',
        action_statement: 'Upgrade to 2.0.0',
      },
      {
        vulnerability: { name: 'CVE-4' },
        products: [{ '@id': 'pkg:npm/a' }],
        status: 'not_affected',
        impact_statement: 'x',
      },
    ];
    const vex = parseOpenVex(JSON.stringify(doc(statements)), 'v.json');
    assert.deepEqual(
      vex.statements.map((s) => [s.status, s.products[0]?.ids]),
      [
        ['fixed', ['pkg:npm/a']],
        ['under_investigation', ['pkg:npm/a']],
        ['affected', ['pkg:npm/a']],
        ['not_affected', ['pkg:npm/a']],
      ],
    );
    assert.equal(vex.statements[2]?.action_statement, 'Upgrade to 2.0.0');
  });

  for (const context of ['https://openvex.dev/ns', 'https://openvex.dev/ns/v0.2.0']) {
    it(`accepts @context ${context}`, () => {
      assert.equal(
        parseOpenVex(JSON.stringify(doc([LOG4SHELL], { '@context': context })), 'v.json').statements.length,
        1,
      );
    });
  }

  it('tolerates fields it does not use (JSON-LD extensions, supplier, last_updated)', () => {
    const s = {
      ...LOG4SHELL,
      supplier: 'Example',
      last_updated: '2024-04-02T00:00:00Z',
      'x-extra': { a: 1 },
    };
    assert.equal(
      parseOpenVex(JSON.stringify(doc([s], { tooling: 'vexctl', 'x-note': 1 })), 'v.json').statements.length,
      1,
    );
  });
});

/** [name, document (object or raw text), expected message part] */
const INVALID: Array<[string, unknown, RegExp]> = [
  ['not JSON', '{"statements": [', /^bad\.json:1: not valid JSON/],
  ['not an object', '[1, 2]', /not a valid OpenVEX 0\.2\.0 document/],
  [
    'OpenVEX 0.0.1 context',
    doc([LOG4SHELL], { '@context': 'https://openvex.dev/ns/v0.0.1' }),
    /@context: Sterling reads OpenVEX 0\.2\.0/,
  ],
  ['CycloneDX instead', { bomFormat: 'CycloneDX', specVersion: '1.6', vulnerabilities: [] }, /@context/],
  ['no author', { ...doc([LOG4SHELL]), author: undefined }, /\(author: /],
  ['no timestamp', { ...doc([LOG4SHELL]), timestamp: undefined }, /\(timestamp: /],
  ['bad timestamp', doc([LOG4SHELL], { timestamp: 'yesterday' }), /timestamp: not a date-time/],
  ['version 0', doc([LOG4SHELL], { version: 0 }), /\(version: /],
  ['no statements', doc([]), /\(statements: /],
  [
    'unknown status',
    doc([{ ...LOG4SHELL, status: 'false_positive' }]),
    /statements\.0\.status: Invalid option/,
  ],
  [
    'unknown justification',
    doc([{ ...LOG4SHELL, justification: 'code_not_reachable' }]),
    /statements\.0\.justification: Invalid option/,
  ],
  [
    'not_affected without justification or impact statement',
    doc([{ ...LOG4SHELL, justification: undefined, impact_statement: undefined }]),
    /statements\.0\.justification: a not_affected statement needs a justification or an impact_statement/,
  ],
  [
    'affected without action statement',
    doc([{ vulnerability: { name: 'CVE-1' }, products: [{ '@id': 'pkg:npm/a' }], status: 'affected' }]),
    /statements\.0\.action_statement: an affected statement needs an action_statement/,
  ],
  [
    'vulnerability as a bare string (0.0.1 shape)',
    doc([{ ...LOG4SHELL, vulnerability: 'CVE-2021-44228' }]),
    /statements\.0\.vulnerability: /,
  ],
  [
    'vulnerability without name',
    doc([{ ...LOG4SHELL, vulnerability: { '@id': 'x' } }]),
    /statements\.0\.vulnerability\.name: /,
  ],
  ['statement without products', doc([{ ...LOG4SHELL, products: undefined }]), /statements\.0\.products: /],
  [
    'empty products',
    doc([{ ...LOG4SHELL, products: [] }]),
    /statements\.0\.products: a statement names at least one product/,
  ],
  [
    'product with no identifier',
    doc([{ ...LOG4SHELL, products: [{ subcomponents: [] }] }]),
    /statements\.0\.products\.0: a product needs an @id or identifiers/,
  ],
  [
    'statement timestamp not a date',
    doc([{ ...LOG4SHELL, timestamp: '2024-13-45T99:00:00Z' }]),
    /statements\.0\.timestamp: not a date-time/,
  ],
];

describe('parseOpenVex: invalid documents are InputErrors naming the file and the reason', () => {
  for (const [name, input, message] of INVALID) {
    it(name, () => {
      const text = typeof input === 'string' ? input : JSON.stringify(input);
      assert.throws(
        () => parseOpenVex(text, 'bad.json'),
        (e: unknown) => {
          assert.ok(e instanceof InputError, String(e));
          assert.equal(e.path, 'bad.json');
          assert.match(e.message, /^bad\.json/);
          assert.match(e.message, message);
          return true;
        },
      );
    });
  }
});

describe('loadOpenVex: hostile and unreadable files', () => {
  it('refuses a file over the size limit before reading it', () => {
    const dir = tempDir();
    const path = join(dir, 'big.json');
    writeFileSync(path, `{"pad":"${'x'.repeat(MAX_VEX_BYTES)}"}`);
    assert.throws(
      () => loadOpenVex(path, 'big.json'),
      /^InputError: big\.json: VEX file is \d+ bytes \(limit 33554432\)/,
    );
  });

  it('refuses deep nesting without recursing', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    assert.throws(() => parseOpenVex(text, 'deep.json'), /nested deeper than 256 levels/);
  });

  it('names a missing file and the flag', () => {
    assert.throws(
      () => loadOpenVex(join(tempDir(), 'nope.json')),
      (e: unknown) =>
        e instanceof InputError &&
        /cannot read the VEX file \(ENOENT\)/.test(e.message) &&
        e.hint === 'Check the path given with --vex.',
    );
  });

  it('refuses a folder', () => {
    assert.throws(() => loadOpenVex(tempDir(), 'dir'), /^InputError: dir: not a regular file$/);
  });

  it('escapes control characters of a file key quoted in the message', () => {
    const bad = doc([{ ...LOG4SHELL, products: [{ '@id': 'pkg:npm/a', hashes: { 'evil\u001b[2J': 5 } }] }]);
    assert.throws(
      () => parseOpenVex(JSON.stringify(bad), 'bad.json'),
      (e: unknown) =>
        e instanceof InputError && e.message.includes('evil\\u001b[2J') && !e.message.includes('\u001b'),
    );
  });

  it('gives each statement the display path', () => {
    const dir = tempDir();
    const path = join(dir, 'a.openvex.json');
    writeFileSync(path, JSON.stringify(doc([LOG4SHELL])));
    assert.equal(loadOpenVex(path, 'vex/a.openvex.json').statements[0]?.source, 'vex/a.openvex.json');
    assert.equal(loadOpenVex(path).statements[0]?.source, path);
  });
});

describe('parseOpenVex agrees with the official OpenVEX 0.2.0 JSON schema', {
  skip: needsShared(...OPENVEX_SCHEMA),
}, () => {
  it('the real Node.js document breaks two schema rules that Sterling tolerates', {
    skip: needsShared(...NODE_VEX),
  }, () => {
    const errors = validateOpenVex(JSON.parse(readFileSync(sharedPath(...NODE_VEX), 'utf8')));
    // `pkg:nodejs/node@v>= 10.9.0` is not an IRI (read, matches no package); statements 143 and 144
    // are the same statement twice (read twice, same effect)
    assert.deepEqual(errors, [
      '/statements/34/products/2/@id must match format "iri" {"format":"iri"}',
      '/statements/46/products/0/@id must match format "iri" {"format":"iri"}',
      '/statements must pass "uniqueItems" keyword validation',
    ]);
    const vex = loadOpenVex(sharedPath(...NODE_VEX));
    assert.deepEqual(vex.statements[34]?.products[2]?.ids, ['pkg:nodejs/node@v>= 10.9.0']);
    assert.deepEqual({ ...vex.statements[143], index: 0 }, { ...vex.statements[144], index: 0 });
  });

  it('the hand-written valid documents are valid for the official schema', () => {
    assert.deepEqual(validateOpenVex(doc([LOG4SHELL])), []);
  });

  /** Documents Sterling refuses that the official schema refuses too. */
  const BOTH_REFUSE = new Set([
    'CycloneDX instead',
    'no author',
    'no timestamp',
    'bad timestamp',
    'version 0',
    'no statements',
    'unknown status',
    'unknown justification',
    'not_affected without justification or impact statement',
    'affected without action statement',
    'vulnerability as a bare string (0.0.1 shape)',
    'vulnerability without name',
    'product with no identifier',
    'statement timestamp not a date',
  ]);
  for (const [name, input] of INVALID) {
    if (!BOTH_REFUSE.has(name)) continue;
    it(`the official schema refuses it too: ${name}`, () => {
      assert.notDeepEqual(validateOpenVex(input), []);
    });
  }
});
