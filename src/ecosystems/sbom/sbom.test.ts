import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../test/helpers/extract.js';
import type { ExtractionOutput } from '../../core/plugin/extractor.js';
import { cyclonedxExtractor } from './cyclonedx/index.js';
import { alpineEcosystem, debianEcosystem, ubuntuEcosystem } from './purl-ecosystem.js';
import { spdxExtractor } from './spdx/index.js';
import { sbomTargetExtractor } from './target.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');

function extractFixture(name: string): ExtractionOutput {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  const extractor = name.endsWith('.spdx.json') ? spdxExtractor : cyclonedxExtractor;
  return extractMemory(extractor, name, { [name]: text });
}

/** `id | ecosystem name version | direct scopes | line | dependencies` per package. */
function summary(out: ExtractionOutput): string[] {
  return out.packages.map(
    (p) =>
      `${p.id} | ${p.ecosystem} ${p.name} ${p.version} | ${p.direct} ${p.scopes.join(',')} | ${p.locations[0]?.line} | ${p.dependencies.join(' ')}`,
  );
}

const codes = (out: ExtractionOutput) =>
  out.diagnostics.map((d) => `${d.level} ${d.code} ${d.line ?? ''}`.trim());

const CASES: { file: string; packages: string[]; projects: string[]; diagnostics: string[] }[] = [
  {
    file: 'app-1.4.cdx.json',
    packages: [
      'Maven:org.apache.logging.log4j:log4j-core@2.14.1 | Maven org.apache.logging.log4j:log4j-core 2.14.1 | true  | 10 | Maven:org.apache.logging.log4j:log4j-api@2.14.1',
      'Maven:org.apache.logging.log4j:log4j-api@2.14.1 | Maven org.apache.logging.log4j:log4j-api 2.14.1 | false  | 18 | ',
      'Maven:junit:junit@4.13.2 | Maven junit:junit 4.13.2 | true dev | 28 | ',
      'Maven:com.fasterxml.jackson.core:jackson-databind@2.13.0 | Maven com.fasterxml.jackson.core:jackson-databind 2.13.0 | true  | 37 | ',
    ],
    projects: [],
    diagnostics: ['warning no-purl 37', 'warning unidentified-component 44', 'info not-a-package 50'],
  },
  {
    file: 'app-1.5.cdx.json',
    packages: [
      'Debian:12:libssl3@3.0.11-1~deb12u2 | Debian:12 openssl 3.0.11-1~deb12u2 | false  | 16 | ',
      'Debian:12:libgcc-s1@12.2.0-14 | Debian:12 gcc-12 12.2.0-14 | false  | 23 | ',
      'Alpine:v3.20:musl@1.2.5-r0 | Alpine:v3.20 musl 1.2.5-r0 | true  | 32 | ',
      'PyPI:requests@2.31.0 | PyPI requests 2.31.0 | true optional | 39 | ',
      'Go:github.com/gin-gonic/gin@v1.9.1 | Go github.com/gin-gonic/gin v1.9.1 | false  | 47 | ',
      'crates.io:serde@1.0.197 | crates.io serde 1.0.197 | false  | 54 | ',
    ],
    projects: [],
    diagnostics: ['info not-a-package 10'],
  },
  {
    file: 'app-1.6.cdx.json',
    packages: [
      'npm:@babel/core@7.24.0 | npm @babel/core 7.24.0 | true dev | 21 | ',
      'npm:JSONStream@1.3.5 | npm JSONStream 1.3.5 | true prod | 30 | npm:left-pad@^1.0.0',
      'npm:left-pad@^1.0.0 | npm left-pad ^1.0.0 | true prod | 38 | ',
    ],
    projects: [
      'npm:. web@1.0.0 -> npm:@babel/core@7.24.0/dev npm:JSONStream@1.3.5/prod npm:packages/api/prod',
      'npm:packages/api api@ -> npm:left-pad@^1.0.0/prod',
    ],
    diagnostics: [],
  },
  {
    file: 'app.spdx.json',
    packages: [
      'PyPI:flask@3.0.2 | PyPI flask 3.0.2 | true prod | 17 | PyPI:werkzeug@3.0.1',
      'PyPI:werkzeug@3.0.1 | PyPI werkzeug 3.0.1 | false  | 26 | ',
      'PyPI:pytest@8.1.1 | PyPI pytest 8.1.1 | true dev | 35 | ',
    ],
    projects: ['PyPI:. shop@3.1.0 -> PyPI:flask@3.0.2/prod PyPI:pytest@8.1.1/dev'],
    diagnostics: ['warning unidentified-component 44'],
  },
];

describe('SBOM extractors on realistic documents', () => {
  for (const c of CASES) {
    it(`${c.file}: packages, graph, projects and diagnostics`, () => {
      const out = extractFixture(c.file);
      assert.deepEqual(summary(out), c.packages);
      assert.deepEqual(
        out.projects.map(
          (p) =>
            `${p.id} ${p.name}@${p.version ?? ''} -> ${p.dependencies.map((d) => `${d.id}/${d.scope}`).join(' ')}`,
        ),
        c.projects,
      );
      assert.deepEqual(codes(out), c.diagnostics);
    });
  }

  it('keeps the purl as written (canonical form) and the upstream source for OS packages', () => {
    const out = extractFixture('app-1.5.cdx.json');
    assert.equal(
      out.packages[0]?.purl,
      'pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12&upstream=openssl',
    );
    assert.equal(out.packages[2]?.purl, 'pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=alpine-3.20.1');
  });

  it('a first-party project inside an SBOM in a sub-folder lives under that folder', () => {
    const text = readFileSync(join(FIXTURES, 'app-1.6.cdx.json'), 'utf8');
    const out = extractMemory(cyclonedxExtractor, 'dist/sbom/bom.json', { 'dist/sbom/bom.json': text });
    assert.deepEqual(
      out.projects.map((p) => p.id),
      ['npm:dist/sbom', 'npm:dist/sbom/packages/api'],
    );
  });
});

describe('OS release -> OSV ecosystem', () => {
  const table: [() => string, string][] = [
    [() => debianEcosystem('debian-12'), 'Debian:12'],
    [() => debianEcosystem('12.5'), 'Debian:12'],
    [() => debianEcosystem('bookworm'), 'Debian:12'],
    [() => debianEcosystem('toString'), 'Debian'],
    [() => debianEcosystem(undefined), 'Debian'],
    [() => ubuntuEcosystem('22.04'), 'Ubuntu:22.04:LTS'],
    [() => ubuntuEcosystem('23.10'), 'Ubuntu:23.10'],
    [() => ubuntuEcosystem('22.04', false), 'Ubuntu:22.04'],
    [() => alpineEcosystem('3.20.1'), 'Alpine:v3.20'],
    [() => alpineEcosystem('alpine-3.19'), 'Alpine:v3.19'],
    [() => alpineEcosystem('v3.18'), 'Alpine:v3.18'],
    [() => alpineEcosystem('3.21_alpha20240807'), 'Alpine:v3.21'],
    [() => alpineEcosystem('edge'), 'Alpine'],
  ];
  for (const [f, want] of table) it(`${f.toString().slice(6)} -> ${want}`, () => assert.equal(f(), want));
});

describe('SBOM file names', () => {
  const table: [string, string | undefined][] = [
    ['bom.json', 'sbom/cyclonedx'],
    ['deep/dir/bom.json', 'sbom/cyclonedx'],
    ['app.cdx.json', 'sbom/cyclonedx'],
    ['x/app.spdx.json', 'sbom/spdx'],
    ['.cdx.json', undefined],
    ['bom.json/other.txt', undefined],
    ['notbom.json', undefined],
    ['app.spdx', undefined],
  ];
  for (const [path, id] of table) {
    it(`${path} -> ${id ?? 'none'}`, () => {
      assert.equal(
        cyclonedxExtractor.matches(path)
          ? 'sbom/cyclonedx'
          : spdxExtractor.matches(path)
            ? 'sbom/spdx'
            : undefined,
        id,
      );
      if (id) assert.equal(sbomTargetExtractor(path).id, id);
      else assert.throws(() => sbomTargetExtractor(path), /must be an SBOM/);
    });
  }
});
