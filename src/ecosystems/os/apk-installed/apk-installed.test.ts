import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { needsShared, sharedPath } from '../../../../test/helpers/shared.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { isUnsafeCodePoint } from '../../../core/util/quote.js';
import { apkInstalledExtractor, apkIntegrity } from './index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'alpine320');
const read = (...p: string[]) => readFileSync(join(ROOT, ...p), 'utf8');

const rows = (out: ExtractionOutput) =>
  out.packages.map(
    (p) =>
      `${p.id} | ${p.ecosystem} ${p.name} ${p.version} | ${p.purl} | ${p.locations[0]?.line} | ${p.dependencies.join(' ')}`,
  );
const codes = (out: ExtractionOutput) =>
  out.diagnostics.map((d) => `${d.level} ${d.code} ${d.line ?? ''}`.trim());

describe('os/apk-installed', () => {
  it('reads an Alpine 3.20 root filesystem: origin packages for OSV, installed packages in ids and purls, graph', () => {
    const out = extractMemory(apkInstalledExtractor, 'rootfs/lib/apk/db/installed', {
      'rootfs/lib/apk/db/installed': read('lib', 'apk', 'db', 'installed'),
      'rootfs/etc/os-release': read('etc', 'os-release'),
    });
    assert.deepEqual(rows(out), [
      'Alpine:v3.20:musl@1.2.5-r0 | Alpine:v3.20 musl 1.2.5-r0 | pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=alpine-3.20.1 | 1 | ',
      'Alpine:v3.20:busybox@1.36.1-r29 | Alpine:v3.20 busybox 1.36.1-r29 | pkg:apk/alpine/busybox@1.36.1-r29?arch=x86_64&distro=alpine-3.20.1 | 21 | Alpine:v3.20:musl@1.2.5-r0',
      'Alpine:v3.20:libcrypto3@3.3.1-r0 | Alpine:v3.20 openssl 3.3.1-r0 | pkg:apk/alpine/libcrypto3@3.3.1-r0?arch=x86_64&distro=alpine-3.20.1&upstream=openssl | 42 | Alpine:v3.20:musl@1.2.5-r0',
      'Alpine:v3.20:libssl3@3.3.1-r0 | Alpine:v3.20 openssl 3.3.1-r0 | pkg:apk/alpine/libssl3@3.3.1-r0?arch=x86_64&distro=alpine-3.20.1&upstream=openssl | 60 | Alpine:v3.20:libcrypto3@3.3.1-r0 Alpine:v3.20:musl@1.2.5-r0',
      'Alpine:v3.20:ssl_client@1.36.1-r29 | Alpine:v3.20 busybox 1.36.1-r29 | pkg:apk/alpine/ssl_client@1.36.1-r29?arch=x86_64&distro=alpine-3.20.1&upstream=busybox | 76 | Alpine:v3.20:libcrypto3@3.3.1-r0 Alpine:v3.20:libssl3@3.3.1-r0 Alpine:v3.20:musl@1.2.5-r0',
    ]);
    assert.equal(out.packages[0]?.source.integrity, 'sha1-hs3Kzrn5tNBOjMf0HmHDsmS7Vbk=');
    assert.deepEqual(codes(out), []);
  });

  const releases: [string, string | undefined, string, string[]][] = [
    ['3.20.1', 'ID=alpine\nVERSION_ID=3.20.1\n', 'Alpine:v3.20', []],
    ['3.19.0 quoted', 'ID="alpine"\nVERSION_ID="3.19.0"\n', 'Alpine:v3.19', []],
    ['edge', 'ID=alpine\nVERSION_ID=3.21.0_alpha20240807\n', 'Alpine:v3.21', []],
    ['not alpine', 'ID=wolfi\nVERSION_ID=20230201\n', 'Alpine', ['warning unknown-release']],
    ['no os-release', undefined, 'Alpine', ['warning unknown-release']],
  ];
  for (const [what, osRelease, eco, diags] of releases) {
    it(`release ${what} -> ${eco}`, () => {
      const files: Record<string, string> = { 'lib/apk/db/installed': 'P:zlib\nV:1.3.1-r1\nA:aarch64\n' };
      if (osRelease) files['etc/os-release'] = osRelease;
      const out = extractMemory(apkInstalledExtractor, 'lib/apk/db/installed', files);
      assert.deepEqual(
        out.packages.map((p) => [p.ecosystem, p.name, p.version]),
        [[eco, 'zlib', '1.3.1-r1']],
      );
      assert.deepEqual(codes(out), diags);
    });
  }

  const paths: [string, boolean][] = [
    ['lib/apk/db/installed', true],
    ['image/lib/apk/db/installed', true],
    ['mylib/apk/db/installed', false],
    ['lib/apk/db/installed/other.txt', false],
    ['installed', false],
    ['lib/apk/db/installed.bak', false],
  ];
  for (const [path, want] of paths)
    it(`matches(${path}) is ${want}`, () => assert.equal(apkInstalledExtractor.matches(path), want));

  const sums: [string | undefined, string | undefined][] = [
    ['Q1hs3Kzrn5tNBOjMf0HmHDsmS7Vbk=', 'sha1-hs3Kzrn5tNBOjMf0HmHDsmS7Vbk='],
    ['Q2abc', undefined],
    ['Q1short=', undefined],
    [undefined, undefined],
  ];
  for (const [c, want] of sums) it(`checksum ${c} -> ${want}`, () => assert.equal(apkIntegrity(c), want));

  it('hostile input: bad entries become bounded, quoted diagnostics; the good ones are kept', () => {
    const evil = '\u001b[31m\u202e';
    const text = [
      `P:bad${evil}\nV:1.0-r0`,
      'P:noversion',
      `P:badver\nV:${evil}`,
      `P:badorigin\nV:1.0-r0\no:${evil}`,
      `P:ok\nV:2.0-r1\nA:${evil}\n${'Z:Q1AAAA\n'.repeat(100_000)}`,
      'garbage line\n:\nV:1',
    ].join('\n\n');
    const out = extractMemory(apkInstalledExtractor, 'lib/apk/db/installed', {
      'lib/apk/db/installed': text,
      'etc/os-release': 'ID=alpine\nVERSION_ID=3.20.1\n',
    });
    assert.deepEqual(
      out.packages.map((p) => `${p.id} ${p.name} ${p.purl}`),
      [
        'Alpine:v3.20:badorigin@1.0-r0 badorigin pkg:apk/alpine/badorigin@1.0-r0?distro=alpine-3.20.1',
        'Alpine:v3.20:ok@2.0-r1 ok pkg:apk/alpine/ok@2.0-r1?distro=alpine-3.20.1',
      ],
    );
    assert.deepEqual(codes(out), [
      'warning invalid-entry 1',
      'warning invalid-entry 4',
      'warning invalid-entry 6',
      'warning invalid-origin 9',
      'warning invalid-entry 100020',
    ]);
    for (const d of out.diagnostics)
      for (const ch of d.message) assert.ok(!isUnsafeCodePoint(ch.codePointAt(0)!));
  });

  const SCALIBR = ['conformance', 'osv-scalibr', 'extractor', 'filesystem', 'os', 'apk', 'testdata'];
  it('osv-scalibr apk test files: every entry with a name and version is read', {
    skip: needsShared(...SCALIBR),
  }, () => {
    const dir = sharedPath(...SCALIBR);
    for (const name of readdirSync(dir)) {
      if (statSync(join(dir, name)).isDirectory()) continue;
      const text = readFileSync(join(dir, name), 'utf8');
      const out = extractMemory(apkInstalledExtractor, 'lib/apk/db/installed', {
        'lib/apk/db/installed': text,
      });
      const entries = text.split(/\n\s*\n/).filter((s) => /^P:\S/m.test(s) && /^V:\S/m.test(s));
      assert.equal(out.packages.length, entries.length, name);
    }
  });
});
