/**
 * python/requirements: pip requirements files.
 *
 * Files read: a `.txt` file whose name contains `requirements` (`requirements.txt`,
 * `requirements-dev.txt`, `dev-requirements.txt`, `test.requirements.txt`), the rule osv-scalibr uses;
 * other files (`requirements/base.txt`, `constraints.txt`, `requirements.in`) are read only when a
 * matched file includes them with `-r`/`-c`, through the workspace.
 *
 * Every requirement is a direct dependency. `==`/`===` pins are pinned packages; other specifiers
 * (ranges, none) are `unresolved` packages whose version is the specifier as written, unless a
 * constraints file (`-c`) pins the name. Scope: `dev` when the file name has a word `dev`, `develop`,
 * `development`, `test`, `tests`, `testing`, `lint`, `docs`, `doc`, `ci` or `typing` (split at `-`,
 * `_`, `.`; shared/scopes.ts DEV_WORDS), else `prod`; included files take the scope of the file that
 * includes them.
 */
import type { Package, Scope } from '../../../core/model/package.js';
import { normalizeScopes } from '../../../core/model/scopes.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { basename } from '../../npm/file-names.js';
import { compareById, pypiName, pypiPackage } from '../shared/package.js';
import { scopeOfName } from '../shared/scopes.js';
import { readRequirements, type Walk } from './read.js';

export function matchesRequirements(path: string): boolean {
  const name = basename(path);
  return name.endsWith('.txt') && name.includes('requirements');
}

/** `dev` for requirements-dev.txt, dev-requirements.txt, requirements.test.txt...; else `prod`. */
export function scopeOfFileName(path: string): Scope {
  const stem = basename(path).slice(0, -'.txt'.length).toLowerCase();
  return scopeOfName(stem, 'prod');
}

export function extractRequirements(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const sink = new DiagnosticSink(file.path);
  const walk: Walk = { ctx, sink, declared: [], constraints: new Map(), seen: new Set() };
  readRequirements(walk, file.path, file.text, 'requirements', 0);
  const scope = scopeOfFileName(file.path);
  const packages = new Map<string, Package>();
  for (const d of walk.declared) {
    const constrained =
      !d.pinned && d.source.kind === 'registry' ? walk.constraints.get(pypiName(d.name)) : undefined;
    const pkg = pypiPackage({
      name: d.name,
      version: constrained ?? d.version,
      resolution: d.pinned || constrained ? 'pinned' : 'unresolved',
      source: d.source,
      location: d.location,
      scopes: [scope],
      direct: true,
    });
    const seen = packages.get(pkg.id);
    if (seen) {
      seen.locations.push(...pkg.locations);
      seen.scopes = normalizeScopes([...seen.scopes, ...pkg.scopes]);
    } else packages.set(pkg.id, pkg);
  }
  return { packages: [...packages.values()].sort(compareById), projects: [], diagnostics: sink.finish() };
}

export const requirementsExtractor: Extractor = {
  id: 'python/requirements',
  description:
    'Reads pip requirements files (requirements*.txt) and their -r/-c includes: pins, ranges (unresolved), VCS and URL requirements; every entry direct, dev scope by file name.',
  ecosystem: 'PyPI',
  files: ['*requirements*.txt'],
  requirements: { network: false },
  matches: matchesRequirements,
  extract: extractRequirements,
};
