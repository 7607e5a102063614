/**
 * dotnet/csproj: SDK-style project files (`*.csproj`, `*.fsproj`, `*.vbproj`): PackageReference items
 * as the project's direct dependencies. Versions come from the item (`Version`, `VersionOverride`,
 * attribute or child element, `$(Property)` from the file's PropertyGroups) or, with central package
 * management, from `PackageVersion` in the nearest Directory.Packages.props. The project's
 * packages.lock.json, when it sits beside the project file, is authoritative: the project file is
 * then not read (dotnet/packages-lock reads the lock).
 */
import { posix } from 'node:path';
import type { Package } from '../../../core/model/package.js';
import { markDirect, propagateScopes } from '../../../core/model/scopes.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import {
  type ExtractionOutput,
  type Extractor,
  type ExtractorContext,
  type ExtractorFile,
  emptyOutput,
} from '../../../core/plugin/extractor.js';
import { makeProject } from '../../shared/package.js';
import { ECOSYSTEM, folderOf, join } from '../shared/nuget.js';
import { centralVersionsFor, packageReferences } from '../shared/references.js';
import { parseXmlFile } from '../shared/xml.js';

const EXTENSIONS = ['.csproj', '.fsproj', '.vbproj'] as const;

function matches(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return EXTENSIONS.some((e) => base.length > e.length && base.endsWith(e));
}

export function extractCsproj(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const folder = folderOf(file.path);
  if (ctx.has(join(folder, 'packages.lock.json'))) return emptyOutput();
  const root = parseXmlFile(file.text, file.path);
  const sink = new DiagnosticSink(file.path);
  const central = centralVersionsFor(ctx, folder, sink);
  const refs = packageReferences(root, file.path, sink, central);
  const packages = new Map<string, Package>();
  for (const { pkg } of refs) {
    const seen = packages.get(pkg.id);
    if (seen) seen.locations.push(...pkg.locations);
    else packages.set(pkg.id, pkg);
  }
  const base = posix.basename(file.path);
  const project = makeProject({
    ecosystem: ECOSYSTEM,
    folder,
    name: base.slice(0, base.lastIndexOf('.')),
    location: { path: file.path, line: root.line ?? 1 },
    dependencies: refs.map(({ pkg, scope }) => ({ id: pkg.id, scope })),
  });
  const list = [...packages.values()];
  propagateScopes([project], list);
  markDirect([project], list);
  return { packages: list, projects: [project], diagnostics: sink.finish() };
}

export const csprojExtractor: Extractor = {
  id: 'dotnet/csproj',
  description:
    'Reads SDK-style .NET project files (*.csproj, *.fsproj, *.vbproj) without a packages.lock.json beside them: PackageReference items as direct dependencies, versions from the item or from Directory.Packages.props (central package management); PrivateAssets="all" is dev; ranges, floating versions and missing versions are unresolved.',
  ecosystem: ECOSYSTEM,
  files: ['*.csproj', '*.fsproj', '*.vbproj'],
  requirements: { network: false },
  matches,
  extract: extractCsproj,
};
