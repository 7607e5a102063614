import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateScanResult } from '../../../test/helpers/scan-schema.js';
import { tempDir, writeTree } from '../../../test/helpers/tmp.js';
import { npmPackage } from '../../ecosystems/npm/package.js';
import { UsageError } from '../errors/index.js';
import { parseJsonFile } from '../parse/json.js';
import type { Extractor } from '../plugin/extractor.js';
import { scan } from './scan.js';

/** A tiny extractor for pipeline tests: `deps.json` = {"name": "...", "deps": {"a": "1.0.0"}}. */
const fake: Extractor = {
  id: 'test/deps-json',
  description: 'test extractor for deps.json files',
  ecosystem: 'npm',
  files: ['deps.json'],
  requirements: { network: false },
  matches: (p) => p.endsWith('deps.json'),
  extract(file) {
    const data = parseJsonFile(file.text, file.path) as {
      name?: string;
      deps?: Record<string, string>;
      crash?: boolean;
    };
    if (data.crash) throw new TypeError('boom');
    const packages = Object.entries(data.deps ?? {}).map(([name, version]) =>
      npmPackage({ name, version, location: { path: file.path, line: 1 }, scopes: ['prod'], direct: true }),
    );
    const dir = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '.';
    return {
      packages,
      projects: [
        {
          id: `npm:${dir}`,
          ecosystem: 'npm',
          name: data.name ?? dir,
          path: dir,
          location: { path: file.path },
          dependencies: packages.map((p) => ({ id: p.id, scope: 'prod' as const })),
        },
      ],
      diagnostics: [],
    };
  },
};

describe('scan pipeline', () => {
  it('merges the same package found in several files into one, with all locations', async () => {
    const root = tempDir();
    writeTree(root, {
      'deps.json': JSON.stringify({ name: 'root-app', deps: { a: '1.0.0', b: '2.0.0' } }),
      'sub/deps.json': JSON.stringify({ deps: { a: '1.0.0' } }),
    });
    const r = await scan(root, { extractors: [fake] });
    assert.equal(r.target.name, 'root-app');
    assert.deepEqual(
      r.inventory.packages.map((p) => [p.id, p.locations.map((l) => l.path)]),
      [
        ['npm:a@1.0.0', ['deps.json', 'sub/deps.json']],
        ['npm:b@2.0.0', ['deps.json']],
      ],
    );
    assert.deepEqual(
      r.inventory.projects.map((p) => p.id),
      ['npm:.', 'npm:sub'],
    );
    assert.deepEqual(validateScanResult(JSON.parse(JSON.stringify(r))), []);
  });

  it('--subpath: walks only that folder, keeps root-relative paths, and tags only from folders below it', async () => {
    const root = tempDir();
    writeTree(root, {
      'deps.json': JSON.stringify({ name: 'root-app', deps: { r: '1.0.0' } }),
      'test/fixtures/app/deps.json': JSON.stringify({ name: 'app', deps: { a: '1.0.0' } }),
      'test/fixtures/app/examples/x/deps.json': JSON.stringify({ deps: { e: '1.0.0' } }),
      'test/fixtures/other/deps.json': JSON.stringify({ deps: { o: '1.0.0' } }),
    });
    const r = await scan(root, { extractors: [fake], subpath: './test/fixtures/app/' });
    assert.equal(r.target.name, 'app');
    assert.equal(r.target.subpath, 'test/fixtures/app');
    assert.deepEqual(
      r.inventory.files.map((f) => [f.path, f.tag ?? '-']),
      [
        ['test/fixtures/app/deps.json', '-'],
        ['test/fixtures/app/examples/x/deps.json', 'example'],
      ],
    );
    assert.deepEqual(
      r.inventory.packages.map((p) => [p.id, p.tags ?? []]),
      [
        ['npm:a@1.0.0', []],
        ['npm:e@1.0.0', ['example']],
      ],
    );
    const whole = await scan(root, { extractors: [fake] });
    assert.equal(whole.inventory.files.find((f) => f.path === 'test/fixtures/app/deps.json')?.tag, 'fixture');
  });

  it('turns an unparseable file into an error diagnostic with file and line, and keeps the rest', async () => {
    const root = tempDir();
    writeTree(root, {
      'deps.json': JSON.stringify({ deps: { a: '1.0.0' } }),
      'bad/deps.json': '{\n  "deps": {\n    "a": 1,,\n  }\n}',
      'crash/deps.json': '{"crash": true}',
    });
    const r = await scan(root, { extractors: [fake] });
    assert.equal(r.inventory.packages.length, 1);
    const parse = r.inventory.diagnostics.find((d) => d.code === 'parse-error');
    assert.equal(parse?.path, 'bad/deps.json');
    assert.equal(parse?.line, 3);
    const crash = r.inventory.diagnostics.find((d) => d.code === 'extractor-failed');
    assert.match(crash?.message ?? '', /test\/deps-json failed on crash\/deps\.json: boom/);
    assert.deepEqual(
      r.inventory.files.map((f) => [f.path, f.status]),
      [
        ['deps.json', 'extracted'],
        ['bad/deps.json', 'error'],
        ['crash/deps.json', 'error'],
      ].sort(),
    );
    assert.deepEqual(validateScanResult(JSON.parse(JSON.stringify(r))), []);
  });

  it('reports what it did not read: over-size files and links out of the root', async () => {
    const outside = tempDir();
    writeTree(outside, { 'deps.json': JSON.stringify({ deps: { secret: '1.0.0' } }) });
    const root = tempDir();
    writeTree(root, { 'big/deps.json': JSON.stringify({ deps: { x: '1.0.0' }, pad: 'x'.repeat(5000) }) });
    symlinkSync(join(outside, 'deps.json'), join(root, 'deps.json'));
    const r = await scan(root, { extractors: [fake], maxFileSize: 1000 });
    assert.equal(r.inventory.packages.length, 0);
    assert.deepEqual(
      r.inventory.skipped.map((s) => [s.path, s.reason]),
      [
        ['big/deps.json', 'file-too-large'],
        ['deps.json', 'symlink-outside-root'],
      ],
    );
    assert.ok(r.diagnostics.some((d) => d.code === 'nothing-found'));
  });

  it('lets an extractor read a referenced file in an excluded folder, within the same safety rules', async () => {
    const outside = tempDir();
    writeTree(outside, { 'secret.json': '{"name":"secret"}' });
    const root = tempDir();
    writeTree(root, { 'deps.json': '{"deps":{}}', 'vendor/lib/package.json': '{"name":"lib"}' });
    symlinkSync(join(outside, 'secret.json'), join(root, 'vendor', 'link.json'));
    const seen: Record<string, string | undefined> = {};
    const reader: Extractor = {
      ...fake,
      extract(file, ctx) {
        for (const p of ['vendor/lib/package.json', 'vendor/missing.json', 'vendor/link.json', '../x.json']) {
          seen[p] = ctx.readText(p);
        }
        return fake.extract(file, ctx);
      },
    };
    const r = await scan(root, { extractors: [reader] });
    assert.deepEqual(seen, {
      'vendor/lib/package.json': '{"name":"lib"}',
      'vendor/missing.json': undefined,
      'vendor/link.json': undefined,
      '../x.json': undefined,
    });
    assert.ok(
      r.inventory.skipped.some((s) => s.path === 'vendor/link.json' && s.reason === 'symlink-outside-root'),
    );
    assert.ok(!r.inventory.skipped.some((s) => s.path === 'vendor/missing.json'));
  });

  it('is reproducible: fixed createdAt and no timings give identical JSON', async () => {
    const root = tempDir();
    writeTree(root, { 'deps.json': JSON.stringify({ deps: { a: '1.0.0', c: '3.0.0' } }) });
    const opts = { extractors: [fake], createdAt: new Date(1_700_000_000_000), reproducible: true };
    const a = JSON.stringify(await scan(root, opts));
    const b = JSON.stringify(await scan(root, opts));
    assert.equal(a, b);
    assert.match(a, /"createdAt":"2023-11-14T22:13:20Z"/);
    assert.doesNotMatch(a, /timings/);
    const timed = await scan(root, { extractors: [fake] });
    assert.equal(typeof timed.timings?.totalMs, 'number');
  });

  it('scans a git repository (cloned into a temporary folder) and records its commit', async () => {
    const src = tempDir();
    writeTree(src, { 'deps.json': JSON.stringify({ name: 'from-git', deps: { a: '1.0.0' } }) });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
        cwd: src,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    const head = git('rev-parse', 'HEAD').trim();
    const r = await scan(`file://${src}`, { extractors: [fake], allowFileProtocol: true });
    assert.equal(r.target.kind, 'git');
    assert.equal(r.target.commit, head);
    assert.equal(r.inventory.packages[0]?.id, 'npm:a@1.0.0');
    assert.equal(r.inventory.packages[0]?.locations[0]?.path, 'deps.json');
  });
  it('scans a single SBOM file with its SBOM extractor only, not the rest of its folder', async () => {
    const root = tempDir();
    const bom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [{ type: 'library', name: 'left-pad', version: '1.3.0', purl: 'pkg:npm/left-pad@1.3.0' }],
    };
    const spdx = {
      spdxVersion: 'SPDX-2.3',
      SPDXID: 'SPDXRef-DOCUMENT',
      packages: [
        {
          SPDXID: 'SPDXRef-a',
          name: 'requests',
          versionInfo: '2.31.0',
          externalRefs: [
            {
              referenceCategory: 'PACKAGE-MANAGER',
              referenceType: 'purl',
              referenceLocator: 'pkg:pypi/requests@2.31.0',
            },
          ],
        },
      ],
    };
    writeTree(root, {
      'out/app.cdx.json': JSON.stringify(bom),
      'out/app.spdx.json': JSON.stringify(spdx),
      'out/deps.json': JSON.stringify({ deps: { other: '1.0.0' } }),
    });
    const cases = [
      ['out/app.cdx.json', 'sbom/cyclonedx', 'npm:left-pad@1.3.0'],
      ['out/app.spdx.json', 'sbom/spdx', 'PyPI:requests@2.31.0'],
    ] as const;
    for (const [file, extractor, id] of cases) {
      const r = await scan(join(root, file), { extractors: [fake] });
      assert.deepEqual(
        r.inventory.files.map((f) => [f.path, f.extractor]),
        [[file.slice('out/'.length), extractor]],
      );
      assert.deepEqual(
        r.inventory.packages.map((p) => p.id),
        [id],
      );
      assert.equal(r.target.input, join(root, file));
      assert.equal(r.target.kind, 'file');
      assert.deepEqual(validateScanResult(JSON.parse(JSON.stringify(r))), []);
    }
  });

  it('rejects a file target that is not an SBOM with a usage error naming the accepted targets', async () => {
    const root = tempDir();
    writeTree(root, { 'package-lock.json': '{}', 'notes.txt': 'hello' });
    for (const file of ['package-lock.json', 'notes.txt']) {
      await assert.rejects(scan(join(root, file)), (err: unknown) => {
        assert.ok(err instanceof UsageError);
        assert.match(err.message, /must be an SBOM/);
        assert.match(err.hint ?? '', /folder, a git URL, or an SBOM file/);
        return true;
      });
    }
  });
});
