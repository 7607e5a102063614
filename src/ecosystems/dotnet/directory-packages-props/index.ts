/**
 * dotnet/directory-packages-props: Directory.Packages.props (NuGet central package management).
 * Its `PackageVersion` entries only set versions: they are not dependencies until a project
 * references the package, so they are read by dotnet/csproj as the version source and not reported
 * here. `PackageReference` and `GlobalPackageReference` items in the file, however, are added to every
 * project below it: those are reported, with the version from the item or from the file's
 * `PackageVersion` entries.
 */
import type { Package } from '../../../core/model/package.js';
import { markDirect, propagateScopes } from '../../../core/model/scopes.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { matchesFileName } from '../../npm/file-names.js';
import { makeProject } from '../../shared/package.js';
import { ECOSYSTEM, folderOf } from '../shared/nuget.js';
import { centralVersionsOf, PROPS, packageReferences } from '../shared/references.js';
import { parseXmlFile } from '../shared/xml.js';

export function extractDirectoryPackagesProps(file: ExtractorFile, _ctx: ExtractorContext): ExtractionOutput {
  const root = parseXmlFile(file.text, file.path);
  const sink = new DiagnosticSink(file.path);
  const refs = packageReferences(root, file.path, sink, centralVersionsOf(root, file.path));
  if (refs.length === 0) return { packages: [], projects: [], diagnostics: sink.finish() };
  const packages = new Map<string, Package>();
  for (const { pkg } of refs) {
    const seen = packages.get(pkg.id);
    if (seen) seen.locations.push(...pkg.locations);
    else packages.set(pkg.id, pkg);
  }
  const project = makeProject({
    ecosystem: ECOSYSTEM,
    folder: folderOf(file.path),
    location: { path: file.path, line: root.line ?? 1 },
    dependencies: refs.map(({ pkg, scope }) => ({ id: pkg.id, scope })),
  });
  const list = [...packages.values()];
  propagateScopes([project], list);
  markDirect([project], list);
  return { packages: list, projects: [project], diagnostics: sink.finish() };
}

export const directoryPackagesPropsExtractor: Extractor = {
  id: 'dotnet/directory-packages-props',
  description: `Reads ${PROPS} (NuGet central package management): the PackageReference / GlobalPackageReference items it adds to every project. Its PackageVersion entries are versions, not dependencies: dotnet/csproj uses them for the projects that reference the package.`,
  ecosystem: ECOSYSTEM,
  files: [PROPS],
  requirements: { network: false },
  matches: matchesFileName([PROPS]),
  extract: extractDirectoryPackagesProps,
};
