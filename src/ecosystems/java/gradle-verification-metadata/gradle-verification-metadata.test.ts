import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { gradleVerificationMetadataExtractor as extractor } from './index.js';

const FIXTURE = readFileSync(
  new URL('./__fixtures__/gradle/verification-metadata.xml', import.meta.url),
  'utf8',
);
const PATH = 'gradle/verification-metadata.xml';

function run(text: string, path = PATH) {
  return extractMemory(extractor, path, { [path]: text });
}

const wrap = (components: string) =>
  `<?xml version="1.0"?>\n<verification-metadata><components>${components}</components></verification-metadata>`;

describe('java/gradle-verification-metadata', () => {
  it('matches gradle/verification-metadata.xml only', () => {
    for (const [path, want] of [
      ['gradle/verification-metadata.xml', true],
      ['app/gradle/verification-metadata.xml', true],
      ['verification-metadata.xml', false],
      ['other/verification-metadata.xml', false],
      ['gradle/verification-metadata.xml.bak', false],
      ['xgradle/verification-metadata.xml', false],
    ] as const) {
      assert.equal(extractor.matches(path), want, path);
    }
  });

  it('reads a realistic file: components, lines, main-jar checksum (strongest)', () => {
    const out = run(FIXTURE);
    assert.deepEqual(
      out.packages.map((p) => [
        p.id,
        p.purl,
        p.locations[0]?.line,
        p.source.integrity?.slice(0, 14),
        p.scopes,
        p.direct,
      ]),
      [
        [
          'Maven:com.google.guava:guava@32.1.2-jre',
          'pkg:maven/com.google.guava/guava@32.1.2-jre',
          14,
          'sha512:00b8fe9',
          ['prod'],
          false,
        ],
        [
          'Maven:com.google.guava:guava-parent@32.1.2-jre',
          'pkg:maven/com.google.guava/guava-parent@32.1.2-jre',
          23,
          'sha256:d0d1f1a',
          ['prod'],
          false,
        ],
        ['Maven:junit:junit@4.13.2', 'pkg:maven/junit/junit@4.13.2', 28, 'sha256:8e495b6', ['prod'], false],
      ],
    );
    assert.deepEqual(out.diagnostics, []);
    assert.deepEqual(out.projects, []);
  });

  it('component tags spread over lines, self-closing and without artifacts', () => {
    const out = run(
      wrap(
        '\n<component group="a"\n name="b"\n version="1"/>\n<component group="c" name="d" version="2"></component>',
      ),
    );
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.locations[0]?.line, p.source.integrity]),
      [
        ['Maven:a:b@1', 3, undefined],
        ['Maven:c:d@2', 6, undefined],
      ],
    );
  });
});

describe('java/gradle-verification-metadata: hostile input', () => {
  it('malformed XML -> InputError with file and line', () => {
    assert.throws(
      () => run('<verification-metadata>\n<components>\n<component group="a">\n</verification-metadata>'),
      (e: Error & { path?: string; line?: number }) =>
        e.name === 'InputError' && e.path === PATH && e.line === 4,
    );
  });

  it('another XML document -> InputError', () => {
    assert.throws(() => run('<project/>'), /not a Gradle verification metadata file/);
  });

  it('no entity expansion (billion laughs)', () => {
    let doctype = '<!DOCTYPE verification-metadata [\n <!ENTITY l0 "lol">\n';
    for (let i = 1; i < 10; i++) doctype += ` <!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">\n`;
    const out = run(
      `<?xml version="1.0"?>\n${doctype}]>\n<verification-metadata><components><component group="g" name="a" version="&l9;"/></components></verification-metadata>`,
    );
    assert.deepEqual(
      out.packages.map((p) => p.version),
      ['&l9;'],
    );
  });

  it('terminal escapes in names are quoted', () => {
    const out = run(wrap('<component group="" name="\u001b]0;pwn\u0007" version="1"/>'));
    assert.equal(out.packages.length, 0);
    const m = out.diagnostics[0]!.message;
    assert.ok(!m.includes('\u001b') && !m.includes('\u0007'), m);
  });

  it('many components stay linear and correctly placed', () => {
    let body = '';
    for (let i = 0; i < 10_000; i++) body += `\n<component group="g${i}" name="a" version="1"/>`;
    const out = run(wrap(body));
    assert.equal(out.packages.length, 10_000);
    assert.equal(out.packages[9_999]!.locations[0]!.line, 10_002);
  });
});
