import { posix } from 'node:path';
import type { Diagnostic } from '../../../core/model/diagnostic.js';
import type { Package, PackageSource, Project, Scope } from '../../../core/model/package.js';
import { normalizeScopes } from '../../../core/model/scopes.js';
import type { ExtractionOutput, ExtractorContext, ExtractorFile } from '../../../core/plugin/extractor.js';
import { emptyOutput } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { sectionKeyLines } from '../bun-lock/key-lines.js';
import { parseManifest } from '../manifest.js';
import { classifySpec, NPM, npmPackage, npmPurl } from '../package.js';
import { commitOf, parseAlias, parseGitSpec } from './spec.js';
import { selfAndAncestors, workspaceNames } from './workspace-members.js';

/** Lockfiles whose extractors already cover the package.json files of their folder and below. */
export const JS_LOCKFILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
] as const;

const SECTION_OF: Record<Scope, string> = {
  prod: 'dependencies',
  dev: 'devDependencies',
  optional: 'optionalDependencies',
  peer: 'peerDependencies',
};

/** The lockfile that covers `dir` (in it or in an ancestor folder), if any. */
export function coveringLockfile(ctx: ExtractorContext, dir: string): string | undefined {
  for (const d of selfAndAncestors(dir)) {
    for (const name of JS_LOCKFILES) {
      const path = d === '.' ? name : `${d}/${name}`;
      if (ctx.has(path)) return path;
    }
  }
  return undefined;
}

/**
 * A package.json with no lockfile: one Project, and one unresolved Package per declared dependency
 * (version = the range as written). Yields nothing where a lockfile covers the folder.
 */
export function extractPackageJson(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const dir = posix.dirname(file.path);
  // Installed copies are not the project's manifests; a lockfile extractor covers what they declare.
  if (dir.split('/').includes('node_modules') || coveringLockfile(ctx, dir)) return emptyOutput();
  const manifest = parseManifest(file.text, file.path);
  const lines = sectionKeyLines(file.text, Object.values(SECTION_OF));
  const siblings = workspaceNames(ctx, dir);
  const diagnostics: Diagnostic[] = [];
  const packages = new Map<string, Package>();
  const project: Project = {
    id: `${NPM}:${dir}`,
    ecosystem: NPM,
    name: manifest.name ?? (dir === '.' ? '.' : posix.basename(dir)),
    path: dir,
    location: { path: file.path, line: 1 },
    dependencies: [],
  };
  if (manifest.version) project.version = manifest.version;

  for (const { name, spec, scope } of manifest.dependencies) {
    const line = lines.get(SECTION_OF[scope])?.get(name);
    const location = line === undefined ? { path: file.path } : { path: file.path, line };
    const skip = (why: string) =>
      diagnostics.push({
        level: 'info',
        code: 'local-dependency',
        message: `${quote(name)}: ${quote(spec)} ${why}; not listed as a third-party package.`,
        path: file.path,
        ...(line === undefined ? {} : { line }),
      });
    const kind = classifySpec(spec);
    let pkg: Package | undefined;
    if (kind === 'workspace' || (kind === 'semver' && siblings.has(name) && name !== manifest.name)) {
      skip('is a package of this workspace (first-party code, read from its own package.json)');
    } else if (kind === 'file') {
      skip('is a local folder or tarball (first-party or vendored code with no registry version)');
    } else if (kind === 'link') {
      skip('links a local folder (first-party code)');
    } else if (kind === 'semver') {
      pkg = unresolved(name, spec, { kind: 'registry' }, location);
    } else if (kind === 'alias') {
      const alias = parseAlias(spec);
      if (alias) pkg = unresolved(alias.name, alias.range, { kind: 'registry' }, location, name);
      else unsupported(diagnostics, file.path, name, spec, line);
    } else if (kind === 'git') {
      const { url, ref } = parseGitSpec(spec);
      const source: PackageSource = { kind: 'git', url };
      const commit = commitOf(ref);
      if (commit) source.commit = commit;
      pkg = unresolved(name, ref, source, location);
    } else if (kind === 'tarball') {
      pkg = unresolved(name, '', { kind: 'tarball', url: spec.trim() }, location);
    } else {
      unsupported(diagnostics, file.path, name, spec, line);
    }
    if (!pkg) continue;
    pkg.scopes = [scope];
    const seen = packages.get(pkg.id);
    if (seen) {
      seen.scopes = normalizeScopes([...seen.scopes, scope]);
      seen.locations.push(...pkg.locations);
    } else packages.set(pkg.id, pkg);
    project.dependencies.push({ id: pkg.id, scope });
  }

  if (manifest.dependencies.length > 0) {
    diagnostics.unshift({
      level: 'info',
      code: 'no-lockfile',
      message:
        'No lockfile next to this package.json or above it: versions are the declared ranges, not the installed ones, so vulnerability matching is approximate. Commit the lockfile of your package manager (package-lock.json, yarn.lock, pnpm-lock.yaml or bun.lock) for exact results.',
      path: file.path,
    });
  }
  const list = [...packages.values()].sort((a, b) => compare(a.id, b.id));
  project.dependencies.sort((a, b) => compare(a.id, b.id) || compare(a.scope, b.scope));
  return { packages: list, projects: [project], diagnostics };
}

/**
 * A declared dependency: resolution `unresolved`, version the range (or git ref) as written, direct.
 * Its purl carries no version, since none is known; the id keeps the range so different ranges stay apart.
 */
function unresolved(
  name: string,
  range: string,
  source: PackageSource,
  location: { path: string; line?: number },
  alias?: string,
): Package {
  const pkg = npmPackage({
    name,
    version: range,
    source,
    resolution: 'unresolved',
    location,
    direct: true,
    alias,
  });
  const purl = npmPurl(name, '', source);
  if (purl) pkg.purl = purl;
  else delete pkg.purl;
  return pkg;
}

function unsupported(
  out: Diagnostic[],
  path: string,
  name: string,
  spec: string,
  line: number | undefined,
): void {
  out.push({
    level: 'info',
    code: 'unsupported-dependency',
    message: `${quote(name)}: ${quote(spec)} is not a dependency form Sterling understands; not listed.`,
    path,
    ...(line === undefined ? {} : { line }),
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
