import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { gradleVersionCatalogExtractor as extractor } from './index.js';
import { resolveVersion } from './version.js';

const FIXTURE = readFileSync(new URL('./__fixtures__/gradle/libs.versions.toml', import.meta.url), 'utf8');
const PATH = 'gradle/libs.versions.toml';

function run(text: string) {
  return extractMemory(extractor, PATH, { [PATH]: text });
}

describe('java/gradle-version-catalog', () => {
  it('matches catalogs in a gradle folder only', () => {
    for (const [path, want] of [
      ['gradle/libs.versions.toml', true],
      ['sub/gradle/libs.versions.toml', true],
      ['gradle/deps.versions.toml', true],
      ['libs.versions.toml', false],
      ['gradle/.versions.toml', false],
      ['config/libs.versions.toml', false],
      ['gradle/libs.versions.toml.bak', false],
    ] as const) {
      assert.equal(extractor.matches(path), want, path);
    }
  });

  it('reads a realistic catalog: notations, refs, rich and dynamic versions, lines', () => {
    const out = run(FIXTURE);
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.resolution, p.locations[0]?.line, p.purl]),
      [
        [
          'Maven:org.jetbrains.kotlin:kotlin-stdlib@1.9.22',
          'pinned',
          8,
          'pkg:maven/org.jetbrains.kotlin/kotlin-stdlib@1.9.22',
        ],
        ['Maven:io.ktor:ktor-server-core@2.3.7', 'pinned', 9, 'pkg:maven/io.ktor/ktor-server-core@2.3.7'],
        ['Maven:io.ktor:ktor-server-netty@2.3.7', 'pinned', 10, 'pkg:maven/io.ktor/ktor-server-netty@2.3.7'],
        [
          'Maven:ch.qos.logback:logback-classic@1.4.14',
          'pinned',
          11,
          'pkg:maven/ch.qos.logback/logback-classic@1.4.14',
        ],
        [
          'Maven:org.junit.jupiter:junit-jupiter@5.10.1',
          'pinned',
          12,
          'pkg:maven/org.junit.jupiter/junit-jupiter@5.10.1',
        ],
        ['Maven:com.squareup.okhttp3:okhttp@4.+', 'unresolved', 13, 'pkg:maven/com.squareup.okhttp3/okhttp'],
        [
          'Maven:com.fasterxml.jackson:jackson-bom@2.16.1',
          'pinned',
          14,
          'pkg:maven/com.fasterxml.jackson/jackson-bom@2.16.1',
        ],
        ['Maven:org.example:quoted@1.0', 'pinned', 15, 'pkg:maven/org.example/quoted@1.0'],
        ['Maven:org.slf4j:slf4j-api@2.0.11', 'pinned', 17, 'pkg:maven/org.slf4j/slf4j-api@2.0.11'],
      ],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [['unresolved-version', 13]],
    );
    assert.ok(out.packages.every((p) => !p.direct && p.scopes.join() === 'prod'));
  });

  it('resolves version declarations', () => {
    const versions = { a: '1.0', r: { strictly: '[1,2)' }, p: { require: '1.2', prefer: '1.3' } };
    for (const [declared, version, resolution] of [
      ['2.0', '2.0', 'pinned'],
      [{ ref: 'a' }, '1.0', 'pinned'],
      [{ ref: 'r' }, 'strictly [1,2)', 'unresolved'],
      [{ ref: 'p' }, '1.2', 'pinned'],
      [{ ref: 'missing' }, '', 'unresolved'],
      [{ strictly: '[1.0,2.0)', prefer: '1.5' }, '1.5', 'pinned'],
      [{ reject: ['1.1'] }, '', 'unresolved'],
      ['latest.release', 'latest.release', 'unresolved'],
      ['1.+', '1.+', 'unresolved'],
      ['(,2.0]', '(,2.0]', 'unresolved'],
      [undefined, '', 'unresolved'],
      [42, '', 'unresolved'],
    ] as const) {
      const v = resolveVersion(declared, versions);
      assert.deepEqual([v.version, v.resolution], [version, resolution], JSON.stringify(declared));
    }
  });
});

describe('java/gradle-version-catalog: hostile input', () => {
  it('malformed TOML -> InputError with the file and line', () => {
    assert.throws(
      () => run('[libraries]\na = "g:a:1"\nb = { module = \n'),
      (e: Error & { path?: string; line?: number }) =>
        e.name === 'InputError' && e.path === PATH && e.line === 3,
    );
  });

  it('[libraries] that is not a table -> InputError', () => {
    assert.throws(() => run('libraries = 3\n'), /\[libraries\] is not a table/);
  });

  it('bad libraries are reported, quoted, and the rest kept', () => {
    const out = run(
      '[libraries]\nok = "g:a:1"\nbad = "\\u001b[2Jnot-a-coordinate"\nnone = { version = "1" }\nnum = 5\n',
    );
    assert.deepEqual(
      out.packages.map((p) => p.id),
      ['Maven:g:a@1'],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['invalid-entry', 3],
        ['invalid-entry', 4],
        ['invalid-entry', 5],
      ],
    );
    assert.ok(!out.diagnostics[0]!.message.includes('\u001b'));
  });

  it('deeply nested inline tables are refused, not a stack overflow', () => {
    const deep = `[libraries]\nx = ${'{ a = '.repeat(500)}1${' }'.repeat(500)}\n`;
    assert.throws(
      () => run(deep),
      (e: Error) => e.name === 'InputError',
    );
  });

  it('oversized input is refused', () => {
    assert.throws(() => run(`# ${'x'.repeat(5 * 1024 * 1024)}\n`), /larger than/);
  });

  it('prototype keys do not pollute', () => {
    const out = run('[libraries]\n__proto__ = "g:a:1"\nok = "g:b:2"\n');
    assert.deepEqual(
      out.packages.map((p) => p.id),
      ['Maven:g:b@2'],
    );
    assert.equal(({} as Record<string, unknown>).version, undefined);
  });
});
