/**
 * python/pyproject: pyproject.toml when no lockfile sits beside it (poetry.lock, uv.lock, pdm.lock,
 * Pipfile.lock, pylock.toml, pylock.*.toml: those readers cover the folder, with exact versions).
 *
 * The project itself is a Project; each declared dependency is a direct package: pinned when the
 * declaration is an exact `==`/`===` pin, else `unresolved` with the specifier as written (`>=3.0`,
 * Poetry's `^2.1`, '' for none; a bare Poetry version `1.2.3` is a pin). Sections and scopes are those of shared/pyproject.ts.
 */
import { posix } from 'node:path';
import type { Package, PackageSource } from '../../../core/model/package.js';
import { normalizeScopes } from '../../../core/model/scopes.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { basename, matchesFileName } from '../../npm/file-names.js';
import { makeProject } from '../../shared/package.js';
import { parseTomlFile } from '../../shared/toml.js';
import { compareById, locationOf, PYPI, pypiPackage } from '../shared/package.js';
import { pinnedVersion } from '../shared/pep508.js';
import { type DeclaredDependency, dependencyLines, readPyproject } from '../shared/pyproject.js';

const FILES = ['pyproject.toml'] as const;
const LOCKFILES = ['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock', 'pylock.toml'];

/** The lockfile beside `path` that covers its folder, when any. */
export function coveringLockfile(ctx: ExtractorContext, dir: string): string | undefined {
  const prefix = dir === '.' ? '' : `${dir}/`;
  for (const name of LOCKFILES) if (ctx.has(prefix + name)) return prefix + name;
  for (const f of ctx.files) {
    if (!f.startsWith(prefix) || f.slice(prefix.length).includes('/')) continue;
    const name = basename(f);
    if (name.startsWith('pylock.') && name.endsWith('.toml')) return f;
  }
  return undefined;
}

function isCommit(ref: string): boolean {
  return ref.length === 40 && /^[0-9a-f]+$/i.test(ref);
}

/** Poetry reads a bare version (`1.2.3`, no operator or wildcard) as an exact pin. */
function poetryExact(spec: string): string | undefined {
  const s = spec.trim();
  return /^[0-9][0-9A-Za-z.+!-]*$/.test(s) ? s : undefined;
}

/** The package a declaration stands for, or why there is none. */
function declaredPackage(d: DeclaredDependency, location: ReturnType<typeof locationOf>): Package | string {
  const common = { name: d.name, location, scopes: [d.scope], direct: true };
  if (d.path !== undefined) return `is the local path ${quote(d.path)} (first-party or vendored code)`;
  if (d.git) {
    const source: PackageSource = { kind: 'git', url: d.git.url };
    if (d.git.rev && isCommit(d.git.rev)) source.commit = d.git.rev.toLowerCase();
    return pypiPackage({ ...common, version: d.git.rev ?? '', source, resolution: 'unresolved' });
  }
  if (d.url !== undefined) {
    const lower = d.url.toLowerCase();
    if (lower.startsWith('file:')) return `is the local path ${quote(d.url)} (first-party or vendored code)`;
    if (lower.startsWith('git+')) {
      const body = d.url.slice(4);
      const at = body.lastIndexOf('@');
      const slash = body.indexOf('/', body.indexOf('://') + 3);
      const ref = at > slash && slash > 0 ? body.slice(at + 1) : '';
      const url = ref ? body.slice(0, at) : body;
      const source: PackageSource = { kind: 'git', url };
      if (isCommit(ref)) source.commit = ref.toLowerCase();
      return pypiPackage({ ...common, version: ref, source, resolution: 'unresolved' });
    }
    return pypiPackage({
      ...common,
      version: '',
      source: { kind: 'tarball', url: d.url },
      resolution: 'unresolved',
    });
  }
  const pin =
    pinnedVersion(d.specifier) ??
    (d.section.startsWith('tool.poetry') ? poetryExact(d.specifier) : undefined);
  return pypiPackage({ ...common, version: pin ?? d.specifier, resolution: pin ? 'pinned' : 'unresolved' });
}

export function extractPyproject(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const dir = posix.dirname(file.path);
  if (coveringLockfile(ctx, dir)) return { packages: [], projects: [], diagnostics: [] };
  const doc = readPyproject(parseTomlFile(file.text, file.path));
  const sink = new DiagnosticSink(file.path);
  const hasPoetry = doc.dependencies.some((d) => d.section.startsWith('tool.poetry'));
  if (!doc.hasProjectTable && !hasPoetry && doc.dependencies.length === 0) {
    return { packages: [], projects: [], diagnostics: [] };
  }
  if (doc.dynamicDependencies) {
    sink.info(
      'dynamic-dependencies',
      '[project] lists dependencies as dynamic: the build backend computes them (often from a requirements file), so they are not read from this file.',
    );
  }
  for (const bad of doc.invalid) {
    sink.warn(
      'invalid-entry',
      `${quote(bad.text)} in ${quote(bad.section)} is not a PEP 508 requirement; skipped.`,
    );
  }
  if (doc.dependencies.length > 0) {
    sink.info(
      'no-lockfile',
      'No lockfile next to this pyproject.toml: versions are the declared ranges, not the installed ones, so vulnerability matching is approximate. Commit the lockfile of your tool (poetry.lock, uv.lock, pdm.lock, pylock.toml) for exact results.',
    );
  }
  const lines = dependencyLines(file.text, doc.dependencies);
  const packages = new Map<string, Package>();
  const project = makeProject({
    ecosystem: PYPI,
    folder: dir,
    ...(doc.name ? { name: doc.name } : {}),
    ...(doc.version ? { version: doc.version } : {}),
    location: { path: file.path, line: 1 },
  });
  doc.dependencies.forEach((d, i) => {
    const line = lines[i];
    const pkg = declaredPackage(d, locationOf(file.path, line));
    if (typeof pkg === 'string') {
      sink.info('local-dependency', `${quote(d.name)} ${pkg}; not listed as a third-party package.`, line);
      return;
    }
    const seen = packages.get(pkg.id);
    if (seen) {
      seen.scopes = normalizeScopes([...seen.scopes, d.scope]);
      for (const l of pkg.locations)
        if (!seen.locations.some((x) => x.line === l.line)) seen.locations.push(l);
    } else packages.set(pkg.id, pkg);
    if (!project.dependencies.some((x) => x.id === pkg.id && x.scope === d.scope)) {
      project.dependencies.push({ id: pkg.id, scope: d.scope });
    }
  });
  project.dependencies.sort(
    (a, b) => compareById(a, b) || (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0),
  );
  return {
    packages: [...packages.values()].sort(compareById),
    projects: [project],
    diagnostics: sink.finish(),
  };
}

export const pyprojectExtractor: Extractor = {
  id: 'python/pyproject',
  description:
    'Reads pyproject.toml ([project] dependencies and optional-dependencies, [dependency-groups], Poetry dependency tables) when no lockfile is beside it: the project, and its declared dependencies as unresolved ranges (exact == pins pinned).',
  ecosystem: 'PyPI',
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractPyproject,
};
