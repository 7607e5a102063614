import { InputError } from '../../core/errors/index.js';
import type { Scope } from '../../core/model/package.js';
import { parseJsonFile } from '../../core/parse/json.js';
import type { DiagnosticSink } from '../../core/plugin/diagnostic-sink.js';
import type { ExtractorContext } from '../../core/plugin/extractor.js';
import { escapeControls } from '../../core/util/quote.js';
import { isRecord } from './boundary.js';

/** The parts of a package.json that inventory needs. */
export interface PackageManifest {
  name?: string;
  version?: string;
  /** Declared dependencies in declaration order: [name, spec, scope]. */
  dependencies: Array<{ name: string; spec: string; scope: Scope }>;
  /** Workspace globs (`workspaces` array or `workspaces.packages`). */
  workspaces: string[];
}

/** The dependency sections of a package.json (and of bun.lock's workspaces), each with its scope. */
export const DEPENDENCY_SECTIONS = [
  ['dependencies', 'prod'],
  ['devDependencies', 'dev'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
] as const satisfies ReadonlyArray<readonly [string, Scope]>;

/** Parses package.json text. Throws InputError naming the file when it is not a JSON object. */
export function parseManifest(text: string, path: string): PackageManifest {
  const data = parseJsonFile(text, path);
  if (!isRecord(data)) throw new InputError(`${path}: expected a JSON object`, { path });
  const out: PackageManifest = { dependencies: [], workspaces: [] };
  if (typeof data.name === 'string') out.name = data.name;
  if (typeof data.version === 'string') out.version = data.version;
  const seen = new Set<string>();
  for (const [key, scope] of DEPENDENCY_SECTIONS) {
    const section = data[key];
    if (!isRecord(section)) continue;
    for (const [name, spec] of Object.entries(section)) {
      if (typeof spec !== 'string') continue;
      // optionalDependencies are also listed in dependencies by npm; the first section wins.
      if (seen.has(name) && scope !== 'dev') continue;
      seen.add(name);
      out.dependencies.push({ name, spec, scope });
    }
  }
  out.workspaces = workspaceGlobs(data.workspaces) ?? [];
  return out;
}

/** Longer workspace globs are not something a package manager writes; they are left out. */
const MAX_GLOB_LENGTH = 4_096;

/**
 * Workspace globs from a `workspaces` value (an array, or yarn's `{ packages: [...] }`) of a
 * package.json or an npm lockfile's root entry; undefined when it holds no list.
 */
export function workspaceGlobs(v: unknown): string[] | undefined {
  const list = Array.isArray(v) ? v : isRecord(v) && Array.isArray(v.packages) ? v.packages : undefined;
  return list?.filter((g): g is string => typeof g === 'string' && g.length <= MAX_GLOB_LENGTH);
}

/** Path of the package.json of folder `dir` (relative to the scanned root; `.` is the root). */
export function manifestPath(dir: string): string {
  return dir === '.' ? 'package.json' : `${dir}/package.json`;
}

/** Where to report a package.json that is there but cannot be parsed, and what that costs. */
export interface ManifestProblems {
  sink: DiagnosticSink;
  /** What the reader does without it, e.g. `direct dependencies are guessed`. */
  consequence: string;
}

/**
 * The package.json of folder `dir`, when the workspace has one (a lockfile reader looks beside itself
 * and at its workspace members). One that cannot be parsed gives undefined too; with `problems` it is
 * reported as a `manifest-unreadable` warning at the manifest's own path and line, else silently.
 */
export function readManifestIn(
  ctx: ExtractorContext,
  dir: string,
  problems?: ManifestProblems,
): PackageManifest | undefined {
  const path = manifestPath(dir);
  const text = ctx.readText(path);
  if (text === undefined) return undefined;
  try {
    return parseManifest(text, path);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    problems?.sink.push({
      level: 'warning',
      code: 'manifest-unreadable',
      message: `${escapeControls(err.message)}; ${problems.consequence}`,
      path,
      ...(err.line ? { line: err.line } : {}),
    });
    return undefined;
  }
}
