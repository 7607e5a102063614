import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { needsShared, sharedPath } from '../../../../test/helpers/shared.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { isUnsafeCodePoint } from '../../../core/util/quote.js';
import { dpkgStatusExtractor } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Every file under `dir`, relative POSIX path -> text, with `prefix` in front. */
function tree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[prefix + relative(dir, p).split('\\').join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const rows = (out: ExtractionOutput) =>
  out.packages.map(
    (p) =>
      `${p.id} | ${p.ecosystem} ${p.name} ${p.version} | ${p.purl} | ${p.locations[0]?.line} | ${p.dependencies.join(' ')}`,
  );
const codes = (out: ExtractionOutput) =>
  out.diagnostics.map((d) => `${d.level} ${d.code} ${d.line ?? ''}`.trim());

const OS_RELEASE = {
  debian: 'ID=debian\nVERSION_ID="12"\nVERSION="12 (bookworm)"\n',
  ubuntuLts:
    'NAME="Ubuntu"\nVERSION="22.04.4 LTS (Jammy Jellyfish)"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID="22.04"\n',
  ubuntu: "NAME='Ubuntu'\nVERSION='23.10 (Mantic Minotaur)'\nID=ubuntu\nVERSION_ID='23.10'\n",
  trixie: 'ID=debian\nVERSION_CODENAME=trixie\nPRETTY_NAME="Debian GNU/Linux trixie/sid"\n',
  mint: 'ID=linuxmint\nID_LIKE="ubuntu debian"\nVERSION_ID="21.3"\n',
};

const ONE =
  'Package: zlib1g\nStatus: install ok installed\nArchitecture: arm64\nSource: zlib\nVersion: 1:1.2.13.dfsg-1\n';

describe('os/dpkg-status', () => {
  it('reads a Debian 12 root filesystem: source packages for OSV, binary packages in ids and purls', () => {
    const files = tree(join(HERE, '__fixtures__', 'debian12'), 'image/rootfs/');
    const out = extractMemory(dpkgStatusExtractor, 'image/rootfs/var/lib/dpkg/status', files);
    assert.deepEqual(rows(out), [
      'Debian:12:base-files@12.4+deb12u5 | Debian:12 base-files 12.4+deb12u5 | pkg:deb/debian/base-files@12.4%2Bdeb12u5?arch=amd64&distro=debian-12 | 1 | ',
      'Debian:12:libc6@2.36-9+deb12u7 | Debian:12 glibc 2.36-9+deb12u7 | pkg:deb/debian/libc6@2.36-9%2Bdeb12u7?arch=amd64&distro=debian-12&upstream=glibc | 22 | Debian:12:libgcc-s1@12.2.0-14',
      'Debian:12:libgcc-s1@12.2.0-14 | Debian:12 gcc-12 12.2.0-14 | pkg:deb/debian/libgcc-s1@12.2.0-14?arch=amd64&distro=debian-12&upstream=gcc-12 | 38 | Debian:12:libc6@2.36-9+deb12u7',
      'Debian:12:libssl3@3.0.11-1~deb12u2 | Debian:12 openssl 3.0.11-1~deb12u2 | pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12&upstream=openssl | 51 | Debian:12:libc6@2.36-9+deb12u7',
      'Debian:12:login@1:4.13+dfsg1-1+b1 | Debian:12 shadow 1:4.13+dfsg1-1 | pkg:deb/debian/login@1:4.13%2Bdfsg1-1%2Bb1?arch=amd64&distro=debian-12&upstream=shadow%401:4.13%2Bdfsg1-1 | 64 | Debian:12:libc6@2.36-9+deb12u7',
    ]);
    assert.deepEqual(codes(out), ['info not-installed 77']);
  });

  const releases: [string, string | undefined, string, string, string[]][] = [
    [
      'Debian 12',
      OS_RELEASE.debian,
      'Debian:12',
      'pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=arm64&distro=debian-12&upstream=zlib',
      [],
    ],
    [
      'Ubuntu 22.04 LTS',
      OS_RELEASE.ubuntuLts,
      'Ubuntu:22.04:LTS',
      'pkg:deb/ubuntu/zlib1g@1:1.2.13.dfsg-1?arch=arm64&distro=ubuntu-22.04&upstream=zlib',
      [],
    ],
    [
      'Ubuntu 23.10',
      OS_RELEASE.ubuntu,
      'Ubuntu:23.10',
      'pkg:deb/ubuntu/zlib1g@1:1.2.13.dfsg-1?arch=arm64&distro=ubuntu-23.10&upstream=zlib',
      [],
    ],
    [
      'Debian testing (codename only)',
      OS_RELEASE.trixie,
      'Debian:13',
      'pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=arm64&upstream=zlib',
      [],
    ],
    [
      'a derivative',
      OS_RELEASE.mint,
      'Debian',
      'pkg:deb/linuxmint/zlib1g@1:1.2.13.dfsg-1?arch=arm64&distro=linuxmint-21.3&upstream=zlib',
      ['warning unknown-release'],
    ],
    [
      'no os-release',
      undefined,
      'Debian',
      'pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=arm64&upstream=zlib',
      ['warning unknown-release'],
    ],
  ];
  for (const [what, osRelease, eco, purl, diags] of releases) {
    it(`${what} -> ${eco}`, () => {
      const files: Record<string, string> = { 'var/lib/dpkg/status': ONE };
      if (osRelease) files['etc/os-release'] = osRelease;
      const out = extractMemory(dpkgStatusExtractor, 'var/lib/dpkg/status', files);
      assert.deepEqual(
        out.packages.map((p) => [p.ecosystem, p.name, p.version, p.purl]),
        [[eco, 'zlib', '1:1.2.13.dfsg-1', purl]],
      );
      assert.deepEqual(codes(out), diags);
    });
  }

  it('reads os-release from usr/lib when etc/ has none, relative to the filesystem root only', () => {
    const out = extractMemory(dpkgStatusExtractor, 'a/var/lib/dpkg/status', {
      'a/var/lib/dpkg/status': ONE,
      'a/usr/lib/os-release': OS_RELEASE.debian,
      'etc/os-release': OS_RELEASE.ubuntu,
    });
    assert.equal(out.packages[0]?.ecosystem, 'Debian:12');
  });

  it('reads distroless status.d files, one package each, skipping md5sums', () => {
    const files = {
      'etc/os-release': OS_RELEASE.debian,
      'var/lib/dpkg/status.d/libssl3':
        'Package: libssl3\nVersion: 3.0.11-1~deb12u2\nArchitecture: amd64\nSource: openssl\n',
      'var/lib/dpkg/status.d/libssl3.md5sums': 'abc  usr/lib/x86_64-linux-gnu/libssl.so.3\n',
    };
    const out = extractMemory(dpkgStatusExtractor, 'var/lib/dpkg/status.d/libssl3', files);
    assert.deepEqual(
      out.packages.map((p) => `${p.id} ${p.name}`),
      ['Debian:12:libssl3@3.0.11-1~deb12u2 openssl'],
    );
  });

  const paths: [string, boolean][] = [
    ['var/lib/dpkg/status', true],
    ['rootfs/var/lib/dpkg/status', true],
    ['var/lib/dpkg/status.d/base', true],
    ['x/var/lib/dpkg/status.d/libc6', true],
    ['var/lib/dpkg/status.d/libc6.md5sums', false],
    ['var/lib/dpkg/status.d/', false],
    ['var/lib/dpkg/status-old', false],
    ['myvar/lib/dpkg/status', false],
    ['xvar/lib/dpkg/status.d/a', false],
    ['var/lib/dpkg/status/other.txt', false],
    ['status', false],
  ];
  for (const [path, want] of paths)
    it(`matches(${path}) is ${want}`, () => assert.equal(dpkgStatusExtractor.matches(path), want));

  it('hostile input: bad names, versions, junk lines, escapes and a huge stanza are bounded diagnostics', () => {
    const evil = '\u001b[2J\u202e';
    const huge = `Package: big\nStatus: install ok installed\nVersion: 1.0\nDescription: x\n${' y\n'.repeat(200_000)}`;
    const text = [
      `Package: bad${evil}\nStatus: install ok installed\nVersion: 1.0`,
      'Package: noversion\nStatus: install ok installed',
      `Package: badversion\nStatus: install ok installed\nVersion: 1.0${evil}`,
      `Package: badsource\nStatus: install ok installed\nVersion: 2.0\nSource: ${evil} (???)`,
      'Status: install ok installed\nVersion: 1.0',
      `junk line without colon\nPackage: ok-pkg\nVersion: 1.0\nStatus: install ok installed\nArchitecture: ${evil}`,
      huge,
    ].join('\n\n');
    const out = extractMemory(dpkgStatusExtractor, 'var/lib/dpkg/status', {
      'var/lib/dpkg/status': text,
      'etc/os-release': OS_RELEASE.debian,
    });
    assert.deepEqual(
      out.packages.map((p) => `${p.id} ${p.name} ${p.purl}`),
      [
        'Debian:12:badsource@2.0 badsource pkg:deb/debian/badsource@2.0?distro=debian-12',
        'Debian:12:ok-pkg@1.0 ok-pkg pkg:deb/debian/ok-pkg@1.0?distro=debian-12',
        'Debian:12:big@1.0 big pkg:deb/debian/big@1.0?distro=debian-12',
      ],
    );
    assert.deepEqual(codes(out), [
      'warning invalid-entry 1',
      'warning invalid-entry 5',
      'warning invalid-entry 8',
      'warning invalid-source 12',
      'warning invalid-entry 17',
      'warning invalid-line 20',
    ]);
    for (const d of out.diagnostics)
      for (const ch of d.message) assert.ok(!isUnsafeCodePoint(ch.codePointAt(0)!));
  });

  it('floods of removed packages are capped', () => {
    const text = Array.from(
      { length: 500 },
      (_, i) => `Package: p${i}\nStatus: purge ok not-installed\nVersion: 1`,
    ).join('\n\n');
    const out = extractMemory(dpkgStatusExtractor, 'var/lib/dpkg/status', { 'var/lib/dpkg/status': text });
    assert.equal(out.packages.length, 0);
    assert.ok(out.diagnostics.length <= 53);
  });

  const SCALIBR = ['conformance', 'osv-scalibr', 'extractor', 'filesystem', 'os', 'dpkg', 'testdata', 'dpkg'];
  it('osv-scalibr dpkg test files: every installed stanza with a valid version is read', {
    skip: needsShared(...SCALIBR),
  }, () => {
    const dir = sharedPath(...SCALIBR);
    for (const name of readdirSync(dir)) {
      if (statSync(join(dir, name)).isDirectory()) continue;
      const text = readFileSync(join(dir, name), 'utf8');
      const out = extractMemory(dpkgStatusExtractor, 'var/lib/dpkg/status', { 'var/lib/dpkg/status': text });
      const installed = text
        .split(/\n\s*\n/)
        .filter(
          (s) =>
            /^Status: install ok installed$/m.test(s) && /^Package: \S/m.test(s) && /^Version: \S/m.test(s),
        );
      assert.equal(out.packages.length, installed.length, name);
    }
  });
});
