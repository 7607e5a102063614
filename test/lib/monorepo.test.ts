/**
 * A multi-language monorepo (test/fixtures/monorepo): each lockfile is its own source, test and
 * example lockfiles are read and tagged, --include / --exclude select files, and the SBOMs hold
 * every pinned package of every source exactly once.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/model/scan-result.js';
import { scan } from '../../src/core/pipeline/scan.js';
import { DEFAULT_EXCLUDED_DIRS } from '../../src/workspace/options.js';
import { runCli } from '../helpers/cli.js';
import { validateScanResult } from '../helpers/scan-schema.js';
import { SPDX23_SCHEMA, validateCycloneDx, validateSpdx23 } from '../helpers/schemas.js';
import { needsShared, repoPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

const ROOT = repoPath('test', 'fixtures', 'monorepo');
const EPOCH = new Date(1_700_000_000_000);
const opts = { excludeDirs: DEFAULT_EXCLUDED_DIRS, createdAt: EPOCH, reproducible: true } as const;

interface CdxComponent {
  'bom-ref': string;
  purl?: string;
  properties?: { name: string; value: string }[];
}

/** The path part of a `sterling:location` value (`path:line` or `path`). */
function locationPath(value: string): string {
  const colon = value.lastIndexOf(':');
  return colon > 0 && /^\d+$/.test(value.slice(colon + 1)) ? value.slice(0, colon) : value;
}

describe('multi-language monorepo', () => {
  const work = tempDir();
  let full: ScanResult;
  before(async () => {
    full = await scan(ROOT, opts);
  });

  it('reads every lockfile as its own source, across many ecosystems', () => {
    assert.deepEqual(validateScanResult(JSON.parse(JSON.stringify(full))), []);
    const files = full.inventory.files.map((f) => `${f.path} ${f.extractor} ${f.status}`);
    for (const expected of [
      'package-lock.json npm/package-lock extracted',
      'services/api/poetry.lock python/poetry-lock extracted',
      'services/billing/go.mod go/go-mod extracted',
      'services/worker/Cargo.lock rust/cargo-lock extracted',
      'services/ledger/pom.xml java/pom-xml extracted',
      'services/payments/packages.lock.json dotnet/packages-lock extracted',
      'tools/release/Gemfile.lock ruby/gemfile-lock extracted',
      'apps/mobile/Podfile.lock swift/podfile-lock extracted',
      '.github/workflows/ci.yml github/actions extracted',
      'services/api/Dockerfile container/dockerfile extracted',
      'examples/quickstart/package-lock.json npm/package-lock extracted',
      'services/api/tests/fixtures/legacy/requirements.txt python/requirements extracted',
    ]) {
      assert.ok(files.includes(expected), `${expected} missing from\n${files.join('\n')}`);
    }
    const ecosystems = new Set(full.inventory.packages.map((p) => p.ecosystem));
    assert.ok(ecosystems.size >= 9, [...ecosystems].join(', '));
    assert.deepEqual(
      full.inventory.diagnostics.filter((d) => d.level === 'error'),
      [],
    );
  });

  it('tags lockfiles under example and fixture folders, and packages found only there', () => {
    const tags = Object.fromEntries(full.inventory.files.map((f) => [f.path, f.tag]));
    assert.equal(tags['examples/quickstart/package-lock.json'], 'example');
    assert.equal(tags['services/api/tests/fixtures/legacy/requirements.txt'], 'fixture');
    assert.equal(tags['package-lock.json'], undefined);
    assert.equal(tags['services/api/poetry.lock'], undefined);
    for (const p of full.inventory.packages) {
      const paths = p.locations.map((l) => l.path);
      const expected = paths.every((x) => x.startsWith('examples/'))
        ? ['example']
        : paths.every((x) => x.startsWith('services/api/tests/fixtures/'))
          ? ['fixture']
          : paths.every((x) => x.startsWith('examples/') || x.startsWith('services/api/tests/'))
            ? ['example', 'fixture']
            : undefined;
      assert.deepEqual(p.tags, expected, `${p.id} at ${paths.join(', ')}`);
    }
    // Both kinds exist: packages only in the example, and packages the example shares with the root.
    const exampleOnly = full.inventory.packages.filter((p) => p.tags?.includes('example'));
    const shared = full.inventory.packages.filter(
      (p) => !p.tags && p.locations.some((l) => l.path.startsWith('examples/')),
    );
    assert.ok(exampleOnly.length > 0 && shared.length > 0, `${exampleOnly.length} / ${shared.length}`);
    const quickstart = full.inventory.projects.find((p) => p.path === 'examples/quickstart');
    assert.equal(quickstart?.tag, 'example');
  });

  it('--include reads only the matching lockfiles and lists the others as not included', async () => {
    const r = await scan(ROOT, { ...opts, include: ['services/**'], exclude: ['**/tests/**'] });
    const paths = r.inventory.files.map((f) => f.path);
    assert.ok(paths.length >= 6);
    assert.ok(
      paths.every((p) => p.startsWith('services/') && !p.includes('/tests/')),
      paths.join(', '),
    );
    const skipped = new Map(r.inventory.skipped.map((s) => [s.path, s]));
    assert.equal(skipped.get('package-lock.json')?.reason, 'not-included');
    assert.equal(skipped.get('tools/release/Gemfile.lock')?.reason, 'not-included');
    assert.equal(skipped.get('services/api/tests/fixtures/legacy/requirements.txt')?.reason, 'excluded');
    assert.match(
      skipped.get('services/api/tests/fixtures/legacy/requirements.txt')?.detail ?? '',
      /\*\*\/tests\/\*\*/,
    );
    // A file no extractor reads is not listed.
    assert.equal(skipped.has('README.md'), false);
  });

  it('an --include that matches nothing says so', async () => {
    const r = await scan(ROOT, { ...opts, include: ['nowhere/**'] });
    assert.equal(r.inventory.packages.length, 0);
    assert.match(r.diagnostics.map((d) => d.message).join('\n'), /matched --include nowhere\/\*\*/);
  });

  for (const format of ['cyclonedx', 'spdx'] as const) {
    it(`${format}: validates, and holds every pinned package of every source exactly once`, {
      skip: needsShared(...(format === 'spdx' ? SPDX23_SCHEMA : ['conformance', 'schemas'])),
    }, async () => {
      const out = join(work, `mono.${format}.json`);
      const run = await runCli(['sbom', ROOT, '-f', format, '-o', out, '--quiet'], {
        env: { SOURCE_DATE_EPOCH: '1700000000' },
      });
      assert.equal(run.code, 0, run.stderr);
      const doc = JSON.parse(readFileSync(out, 'utf8'));
      assert.deepEqual(format === 'cyclonedx' ? validateCycloneDx(doc) : validateSpdx23(doc), []);
      // Each source alone, scanned with --include, gives the packages that source pins.
      for (const file of full.inventory.files) {
        const alone = await scan(ROOT, { ...opts, include: [`./${file.path}`] });
        const pinned = alone.inventory.packages.filter((p) => p.resolution === 'pinned');
        if (format === 'cyclonedx') {
          const components = doc.components as CdxComponent[];
          const here = components.filter((c) =>
            (c.properties ?? []).some(
              (p) => p.name === 'sterling:location' && locationPath(p.value) === file.path,
            ),
          );
          const refs = here.map((c) => c['bom-ref']);
          for (const p of pinned) {
            assert.equal(refs.filter((r) => r === p.id).length, 1, `${p.id} of ${file.path}`);
          }
        } else {
          const purls = (doc.packages as { externalRefs?: { referenceLocator: string }[] }[]).flatMap((p) =>
            (p.externalRefs ?? []).map((r) => r.referenceLocator),
          );
          for (const p of pinned) {
            if (!p.purl) continue;
            assert.equal(purls.filter((u) => u === p.purl).length, 1, `${p.purl} of ${file.path}`);
          }
        }
      }
      if (format === 'cyclonedx') {
        const refs = (doc.components as CdxComponent[]).map((c) => c['bom-ref']);
        assert.equal(new Set(refs).size, refs.length, 'bom-refs are unique');
        const tagged = (doc.components as CdxComponent[]).filter((c) =>
          (c.properties ?? []).some((p) => p.name === 'sterling:tag'),
        );
        assert.equal(tagged.length, full.inventory.packages.filter((p) => p.tags).length + 1);
      } else {
        const ids = (doc.packages as { SPDXID: string }[]).map((p) => p.SPDXID);
        assert.equal(new Set(ids).size, ids.length, 'SPDXIDs are unique');
      }
    });
  }
});
