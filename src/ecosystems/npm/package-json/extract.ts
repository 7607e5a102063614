import { posix } from 'node:path';
import type { Location, Package, PackageSource, Scope } from '../../../core/model/package.js';
import { normalizeScopes } from '../../../core/model/scopes.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, ExtractorContext, ExtractorFile } from '../../../core/plugin/extractor.js';
import { emptyOutput } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { sectionKeyLines } from '../bun-lock/key-lines.js';
import { DEPENDENCY_SECTIONS, parseManifest } from '../manifest.js';
import { classifySpec, locationOf, npmPackage, npmPurl } from '../package.js';
import { compareById, compareDirect, npmProject } from '../project.js';
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

const SECTION_OF = Object.fromEntries(
  DEPENDENCY_SECTIONS.map(([section, scope]) => [scope, section]),
) as Record<Scope, string>;

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
  const sink = new DiagnosticSink(file.path);
  const packages = new Map<string, Package>();
  const project = npmProject({
    folder: dir,
    name: manifest.name,
    version: manifest.version,
    location: { path: file.path, line: 1 },
  });
  if (manifest.dependencies.length > 0) {
    sink.info(
      'no-lockfile',
      'No lockfile next to this package.json or above it: versions are the declared ranges, not the installed ones, so vulnerability matching is approximate. Commit the lockfile of your package manager (package-lock.json, yarn.lock, pnpm-lock.yaml or bun.lock) for exact results.',
    );
  }

  for (const { name, spec, scope } of manifest.dependencies) {
    const line = lines.get(SECTION_OF[scope])?.get(name);
    const location = locationOf(file.path, line);
    const skip = (why: string) =>
      sink.info(
        'local-dependency',
        `${quote(name)}: ${quote(spec)} ${why}; not listed as a third-party package.`,
        line,
      );
    const unsupported = () =>
      sink.info(
        'unsupported-dependency',
        `${quote(name)}: ${quote(spec)} is not a dependency form Sterling understands; not listed.`,
        line,
      );
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
      else unsupported();
    } else if (kind === 'git') {
      const { url, ref } = parseGitSpec(spec);
      const source: PackageSource = { kind: 'git', url };
      const commit = commitOf(ref);
      if (commit) source.commit = commit;
      pkg = unresolved(name, ref, source, location);
    } else if (kind === 'tarball') {
      pkg = unresolved(name, '', { kind: 'tarball', url: spec.trim() }, location);
    } else {
      unsupported();
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

  const list = [...packages.values()].sort(compareById);
  project.dependencies.sort(compareDirect);
  return { packages: list, projects: [project], diagnostics: sink.finish() };
}

/**
 * A declared dependency: resolution `unresolved`, version the range (or git ref) as written, direct.
 * Its purl carries no version, since none is known; the id keeps the range so different ranges stay apart.
 */
function unresolved(
  name: string,
  range: string,
  source: PackageSource,
  location: Location,
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
