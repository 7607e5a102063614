import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { renvLockExtractor } from './index.js';

const FIXTURE = readFileSync(new URL('./__fixtures__/renv.lock', import.meta.url), 'utf8');

function run(text: string): ExtractionOutput {
  return extractMemory(renvLockExtractor, 'renv.lock', { 'renv.lock': text });
}

describe('r/renv-lock: a realistic lockfile', () => {
  const out = run(FIXTURE);
  it('places each package in CRAN or Bioconductor, with purl, source and line', () => {
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.purl, p.source.kind, p.locations[0]?.line]),
      [
        [
          'Bioconductor:BiocGenerics@0.48.1',
          'pkg:cran/BiocGenerics@0.48.1?repository_url=https:%2F%2Fbioconductor.org',
          'registry',
          19,
        ],
        [
          'Bioconductor:S4Vectors@0.40.2',
          'pkg:cran/S4Vectors@0.40.2?repository_url=https:%2F%2Fbioconductor.org',
          'registry',
          30,
        ],
        ['CRAN:cli@3.6.2', 'pkg:cran/cli@3.6.2', 'registry', 41],
        ['CRAN:glue@1.7.0', 'pkg:cran/glue@1.7.0', 'registry', 52],
        [
          'CRAN:internalpkg@0.1.0#git:3c1e5b7f9a2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e',
          'pkg:cran/internalpkg@0.1.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Facme%2Finternalpkg%403c1e5b7f9a2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e',
          'git',
          63,
        ],
        ['CRAN:renv@1.0.3', 'pkg:cran/renv@1.0.3', 'registry', 79],
      ],
    );
    assert.deepEqual(out.diagnostics, []);
  });
  it('turns Requirements into edges to locked packages (base R packages are not locked)', () => {
    const deps = Object.fromEntries(out.packages.map((p) => [p.name, p.dependencies]));
    assert.deepEqual(deps.S4Vectors, ['Bioconductor:BiocGenerics@0.48.1']);
    assert.deepEqual(deps.internalpkg, ['CRAN:cli@3.6.2', 'CRAN:glue@1.7.0']);
    assert.deepEqual(deps.glue, []);
  });
});

describe('r/renv-lock: sources and bad entries', () => {
  const lock = (packages: unknown) => JSON.stringify({ Packages: packages }, null, 2);
  it('unknown sources, missing versions and non-objects are warnings with lines; the rest is kept', () => {
    const out = run(
      lock({
        a: { Package: 'a', Version: '1' },
        b: { Package: 'b', Source: 'Repository' },
        c: 'x',
        d: { Package: 'd', Version: '1', Source: 'Svn' },
        e: { Package: 'e', Version: '2', Source: 'Repository', Repository: 'internal' },
        f: { Package: 'f', Version: '3', Source: 'URL', RemoteUrl: 'https://x/f.tar.gz' },
        g: { Package: 'g', Version: '4', Source: 'Local', RemoteUrl: '~/g' },
      }),
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['unknown-source', 3],
        ['invalid-entry', 7],
        ['invalid-entry', 11],
        ['unknown-source', 12],
        ['other-repository', 17],
      ],
    );
    assert.deepEqual(
      out.packages.map((p) => [p.name, p.source.kind, p.source.url]),
      [
        ['e', 'registry', undefined],
        ['f', 'tarball', 'https://x/f.tar.gz'],
        ['g', 'file', '~/g'],
      ],
    );
  });
  const bad: [string, string][] = [
    ['not JSON', 'nope'],
    ['an array', '[]'],
    ['Packages not an object', '{"Packages": []}'],
  ];
  for (const [name, text] of bad)
    it(`${name} is an InputError`, () => assert.throws(() => run(text), InputError));
  it('terminal escapes are quoted and deep JSON refused', () => {
    const out = run(lock({ 'e\u001b[31m': { Version: '1' } }));
    assert.ok(!out.diagnostics[0]!.message.includes('\u001b'));
    assert.match(out.diagnostics[0]!.message, /e\\u001b\[31m/);
    assert.throws(() => run(`{"Packages": ${'['.repeat(10_000)}`), InputError);
  });
});
