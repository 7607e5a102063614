/** First-party projects of a lockfile: the root and its workspace members. */
import { posix } from 'node:path';
import { InputError } from '../../../core/errors/index.js';
import type { DirectDependency, Location, Project, Scope } from '../../../core/model/package.js';
import { matchGlob } from '../../../core/parse/glob.js';
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractorContext } from '../../../core/plugin/extractor.js';
import { escapeControls } from '../../../core/util/quote.js';
import { type PackageManifest, parseManifest } from '../manifest.js';
import { NPM } from '../package.js';

/** `npm:<folder>`, the folder relative to the scanned root (`.` for the root). */
export function projectId(folder: string): string {
  return `npm:${folder}`;
}

export function makeProject(
  folder: string,
  name: string,
  version: string | undefined,
  location: Location,
  dependencies: DirectDependency[],
): Project {
  const project: Project = {
    id: projectId(folder),
    ecosystem: NPM,
    name,
    path: folder,
    location,
    dependencies,
  };
  if (version) project.version = version;
  return project;
}

function normalizeGlob(g: string): string {
  let s = g.trim().replaceAll('\\', '/');
  while (s.startsWith('./')) s = s.slice(2);
  while (s.endsWith('/')) s = s.slice(0, -1);
  return s;
}

/** Whether a folder (relative to the lockfile) is a workspace member under `globs` (`!glob` excludes). */
export function workspaceMatcher(globs: readonly string[]): (folder: string) => boolean {
  const include = globs.filter((g) => !g.startsWith('!')).map(normalizeGlob);
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => normalizeGlob(g.slice(1)));
  if (include.length === 0) return () => false;
  return (folder) => include.some((g) => matchGlob(g, folder)) && !exclude.some((g) => matchGlob(g, folder));
}

/** The package.json beside the lockfile, when the walk found one; unreadable ones become a warning. */
export function readManifest(
  ctx: ExtractorContext,
  dir: string,
  sink: DiagnosticSink,
): PackageManifest | undefined {
  const path = posix.join(dir, 'package.json');
  const text = ctx.has(path) ? ctx.readText(path) : undefined;
  if (text === undefined) return undefined;
  try {
    return parseManifest(text, path);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    sink.add(
      'warning',
      'manifest-unreadable',
      `${escapeControls(err.message)}; direct dependencies are guessed`,
    );
    return undefined;
  }
}

/** A top-level installed package, for finding direct dependencies without a root entry. */
export interface TopLevel {
  name: string;
  id: string;
  scopes: readonly Scope[];
}

/**
 * Direct dependencies of a root project whose lockfile does not list them (v1, or v2 without `""`):
 * from the package.json beside it when there is one, else the top-level packages nothing else
 * requires (a lower bound: a direct dependency that another package also requires is missed).
 */
export function guessRootDependencies(
  top: ReadonlyMap<string, TopLevel>,
  required: ReadonlySet<string>,
  manifest: PackageManifest | undefined,
): DirectDependency[] {
  const out: DirectDependency[] = [];
  if (manifest) {
    for (const dep of manifest.dependencies) {
      const pkg = top.get(dep.name);
      if (pkg) out.push({ id: pkg.id, scope: dep.scope });
    }
    return out;
  }
  for (const pkg of top.values()) {
    if (required.has(pkg.id)) continue;
    for (const scope of pkg.scopes) out.push({ id: pkg.id, scope });
  }
  return out;
}
