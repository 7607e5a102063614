/**
 * The .NET extractors together on a realistic solution: central package management
 * (Directory.Packages.props), an SDK-style project without a lockfile, a project with
 * packages.lock.json (two target frameworks), a legacy packages.config project and a published
 * application's deps.json.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../test/helpers/extract.js';
import type { ExtractionOutput, Extractor } from '../../core/plugin/extractor.js';
import { csprojExtractor } from './csproj/index.js';
import { depsJsonExtractor } from './deps-json/index.js';
import { directoryPackagesPropsExtractor } from './directory-packages-props/index.js';
import { packagesConfigExtractor } from './packages-config/index.js';
import { packagesLockExtractor } from './packages-lock/index.js';

const ROOT = fileURLToPath(new URL('./__fixtures__/solution/', import.meta.url));

function walk(dir: string, prefix: string, out: Record<string, string>): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(abs).isDirectory()) walk(abs, rel, out);
    else out[rel] = readFileSync(abs, 'utf8');
  }
  return out;
}

const FILES = walk(ROOT, '', {});

function run(extractor: Extractor, path: string): ExtractionOutput {
  assert.ok(extractor.matches(path), `${extractor.id} matches ${path}`);
  return extractMemory(extractor, path, FILES);
}

/** `name@version resolution scopes direct line` per package, sorted. */
function rows(out: ExtractionOutput): string[] {
  return out.packages
    .map(
      (p) =>
        `${p.name}@${p.version} ${p.resolution} ${p.scopes.join('+')}${p.direct ? ' direct' : ''} ${p.locations.map((l) => l.line).join(',')}`,
    )
    .sort();
}

describe('dotnet: a realistic solution', () => {
  it('csproj with central versions, VersionOverride, properties, PrivateAssets, floating and missing versions', () => {
    const out = run(csprojExtractor, 'src/Api/Api.csproj');
    assert.deepEqual(rows(out), [
      'Dapper@2.* unresolved prod direct 18',
      'Microsoft.EntityFrameworkCore@8.0.0 pinned prod direct 10',
      'Microsoft.NET.ILLink.Tasks@8.0.1 pinned prod direct 20',
      'Microsoft.SourceLink.GitHub@8.0.0 pinned dev direct 17',
      'Newtonsoft.Json@13.0.1 pinned prod direct 11',
      'Polly@8.2.0 pinned prod direct 13',
      'Serilog@3.1.1 pinned prod direct 12',
      'Swashbuckle.AspNetCore@6.5.0 pinned prod direct 14',
      'Unknown.Package@ unresolved prod direct 19',
    ]);
    assert.deepEqual(
      out.diagnostics.map((d) => `${d.code} ${d.line}`),
      ['unresolved-version 18', 'unresolved-version 19'],
    );
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.location.line]),
      [['NuGet:src/Api', 'Api', 1]],
    );
    assert.equal(out.packages.find((p) => p.name === 'Polly')?.purl, 'pkg:nuget/Polly@8.2.0');
  });

  it('a project with packages.lock.json beside it is left to the lockfile', () => {
    const out = run(csprojExtractor, 'src/Worker/Worker.csproj');
    assert.deepEqual([out.packages, out.projects, out.diagnostics], [[], [], []]);
  });

  it('Directory.Packages.props: only the GlobalPackageReference is a package', () => {
    const out = run(directoryPackagesPropsExtractor, 'Directory.Packages.props');
    assert.deepEqual(rows(out), ['StyleCop.Analyzers@1.2.0-beta.556 pinned prod direct 9']);
    assert.deepEqual(out.diagnostics, []);
  });

  it('packages.lock.json: target frameworks merged, graph, Direct/Transitive/CentralTransitive, Project skipped', () => {
    const out = run(packagesLockExtractor, 'src/Worker/packages.lock.json');
    assert.deepEqual(rows(out), [
      'Microsoft.Extensions.Configuration@8.0.0 pinned prod 15,51',
      'Microsoft.Extensions.Hosting@8.0.0 pinned prod direct 5,42',
      'Microsoft.Extensions.Logging@8.0.0 pinned prod 20',
      'Newtonsoft.Json@13.0.3 pinned prod 56',
      'System.Text.Json@8.0.4 pinned prod 28',
    ]);
    const hosting = out.packages.find((p) => p.name === 'Microsoft.Extensions.Hosting')!;
    assert.deepEqual(hosting.dependencies, [
      'NuGet:Microsoft.Extensions.Configuration@8.0.0',
      'NuGet:Microsoft.Extensions.Logging@8.0.0',
    ]);
    assert.deepEqual(out.packages.find((p) => p.name === 'Microsoft.Extensions.Logging')?.dependencies, [
      'NuGet:System.Text.Json@8.0.4',
    ]);
    assert.equal(
      hosting.source.integrity,
      'sha512-ItYHpdqVp5/oFLT5QqbopnkKlyFG9EW/9nhM6/yfObeKt6Su0wkBio6AizgRHGNwhJuAtlE5VIjow5JOTrip6w==',
    );
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.dependencies.map((d) => d.id)]),
      [['NuGet:src/Worker', 'Worker', ['NuGet:Microsoft.Extensions.Hosting@8.0.0']]],
    );
  });

  it('packages.config: every package, dev by developmentDependency, none direct, comments ignored', () => {
    const out = run(packagesConfigExtractor, 'src/Legacy/packages.config');
    assert.deepEqual(rows(out), [
      'EntityFramework@6.4.4 pinned prod 3',
      'Microsoft.CodeDom.Providers.DotNetCompilerPlatform@2.0.1 pinned dev 6',
      'Newtonsoft.Json@12.0.3 pinned prod 7',
      'log4net@2.0.15 pinned prod 4',
    ]);
  });

  it('deps.json: packages and the runtime pack, projects first-party, references left out, graph', () => {
    const out = run(depsJsonExtractor, 'publish/Api.deps.json');
    assert.deepEqual(rows(out), [
      'Microsoft.Extensions.Hosting@8.0.0 pinned prod direct 95',
      'Microsoft.NETCore.App.Runtime.linux-x64@8.0.1 pinned prod direct 71',
      'Newtonsoft.Json@13.0.1 pinned prod direct 76',
      'Serilog@3.1.1 pinned prod direct 83',
    ]);
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.version, p.location.line, p.dependencies.length]),
      [['NuGet:publish', 'Api', '1.0.0', 66, 4]],
    );
    assert.match(out.packages.find((p) => p.name === 'Serilog')?.source.integrity ?? '', /^sha512-P6G4/);
  });
});
