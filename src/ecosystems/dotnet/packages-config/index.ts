/**
 * dotnet/packages-config: packages.config (NuGet's pre-PackageReference format). Every installed
 * package is listed, direct and transitive alike, without saying which is which: none is marked
 * direct. `developmentDependency="true"` is the dev scope, everything else prod.
 */
import type { Package } from '../../../core/model/package.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { matchesFileName } from '../../npm/file-names.js';
import { ECOSYSTEM, nugetPackage } from '../shared/nuget.js';
import { attr, descendants, parseXmlFile } from '../shared/xml.js';

const FILES = ['packages.config'] as const;

export function extractPackagesConfig(file: ExtractorFile): ExtractionOutput {
  const root = parseXmlFile(file.text, file.path);
  const sink = new DiagnosticSink(file.path);
  const packages = new Map<string, Package>();
  for (const el of descendants(root, 'package')) {
    const id = (attr(el, 'id') ?? '').trim();
    const version = (attr(el, 'version') ?? '').trim();
    if (id === '' || version === '') {
      const what = id === '' ? '<package> without an id' : `package ${quote(id)} has no version`;
      sink.warn('invalid-entry', `${what}; entry skipped`, el.line);
      continue;
    }
    const dev = (attr(el, 'developmentDependency') ?? '').trim().toLowerCase() === 'true';
    const pkg = nugetPackage({
      name: id,
      version,
      scopes: [dev ? 'dev' : 'prod'],
      location: el.line ? { path: file.path, line: el.line } : { path: file.path },
    });
    const seen = packages.get(pkg.id);
    if (seen) {
      seen.locations.push(...pkg.locations);
      if (!dev) seen.scopes = seen.scopes.includes('dev') ? ['prod', 'dev'] : ['prod'];
      else if (!seen.scopes.includes('dev')) seen.scopes = [...seen.scopes, 'dev'];
    } else packages.set(pkg.id, pkg);
  }
  return { packages: [...packages.values()], projects: [], diagnostics: sink.finish() };
}

export const packagesConfigExtractor: Extractor = {
  id: 'dotnet/packages-config',
  description:
    'Reads packages.config (legacy NuGet): every installed package with its version; developmentDependency="true" is dev. The file does not say which packages are direct, so none is marked direct.',
  ecosystem: ECOSYSTEM,
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractPackagesConfig,
};
