/**
 * The Cargo.toml files of a Cargo workspace, read through the extractor context: which local packages
 * are first-party (the root package, `workspace.members`, path dependencies) and, for each, the scope
 * of its direct dependencies (`[dependencies]` and `[build-dependencies]` are prod, `[dev-dependencies]`
 * dev; target-specific tables count the same).
 */
import { posix } from 'node:path';
import { InputError } from '../../../core/errors/index.js';
import type { Scope } from '../../../core/model/package.js';
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractorContext } from '../../../core/plugin/extractor.js';
import { escapeControls } from '../../../core/util/quote.js';
import { isTable, parseTomlFile, type TomlTable } from '../../shared/toml.js';
import { LIMITS } from './limits.js';

export interface Manifest {
  /** Folder relative to the scanned root (`.` for the root). */
  folder: string;
  path: string;
  /** `[package] name`; undefined for a virtual workspace root. */
  name?: string;
  /**
   * Package name (after `package = "..."` renames) -> scope; prod wins over optional, optional over
   * dev. `optional = true` dependencies (enabled by a feature) are in Cargo.lock whether or not any
   * build enables them, so they get the `optional` scope.
   */
  deps: Map<string, Scope>;
  /** Folders of `path = "..."` dependencies, relative to the scanned root. */
  pathDeps: string[];
}

/**
 * Build scripts and proc-macros run on the build machine and shape the artifact, so
 * `[build-dependencies]` count as prod, like `[dependencies]`.
 */
const TABLES: ReadonlyArray<readonly [string, Scope]> = [
  ['dependencies', 'prod'],
  ['build-dependencies', 'prod'],
  ['build_dependencies', 'prod'],
  ['dev-dependencies', 'dev'],
  ['dev_dependencies', 'dev'],
];

const RANK: Record<Scope, number> = { prod: 0, optional: 1, peer: 2, dev: 3 };

export function joinFolder(folder: string, rel: string): string {
  const joined = posix.normalize(folder === '.' ? rel : `${folder}/${rel}`);
  const trimmed = joined.endsWith('/') ? joined.slice(0, -1) : joined;
  return trimmed === '' ? '.' : trimmed;
}

function manifestPath(folder: string): string {
  return folder === '.' ? 'Cargo.toml' : `${folder}/Cargo.toml`;
}

function addDeps(
  table: unknown,
  scope: Scope,
  folder: string,
  workspaceDeps: TomlTable,
  out: Manifest,
): void {
  if (!isTable(table)) return;
  for (const [key, spec] of Object.entries(table)) {
    let name = key;
    let path: unknown;
    let depScope = scope;
    if (isTable(spec)) {
      if (spec.optional === true && scope === 'prod') depScope = 'optional';
      const inherited = spec.workspace === true ? workspaceDeps[key] : undefined;
      const renamed = spec.package ?? (isTable(inherited) ? inherited.package : undefined);
      if (typeof renamed === 'string') name = renamed;
      path = spec.path;
    }
    const seen = out.deps.get(name);
    if (seen === undefined || RANK[depScope] < RANK[seen]) out.deps.set(name, depScope);
    if (typeof path === 'string' && !path.includes('\0')) out.pathDeps.push(joinFolder(folder, path));
  }
}

/** Reads one Cargo.toml; undefined when absent. A broken one is a warning about that file. */
export function readManifest(
  ctx: ExtractorContext,
  folder: string,
  sink: DiagnosticSink,
  workspaceDeps: TomlTable = {},
): { manifest: Manifest; doc: TomlTable } | undefined {
  if (folder.startsWith('..') || posix.isAbsolute(folder)) return undefined;
  const path = manifestPath(folder);
  const text = ctx.readText(path);
  if (text === undefined) return undefined;
  let doc: TomlTable;
  try {
    doc = parseTomlFile(text, path, { maxLength: LIMITS.maxBytes });
  } catch (err) {
    const message = err instanceof InputError ? err.message : escapeControls(String(err));
    sink.push({
      level: 'warning',
      code: 'manifest-unreadable',
      message: `${message}; its local packages and dependency scopes are not known`,
      path,
      ...(err instanceof InputError && err.line ? { line: err.line } : {}),
    });
    return undefined;
  }
  const manifest: Manifest = { folder, path, deps: new Map(), pathDeps: [] };
  const pkg = doc.package;
  if (isTable(pkg) && typeof pkg.name === 'string') manifest.name = pkg.name;
  const workspace = isTable(doc.workspace) ? doc.workspace : undefined;
  const wsDeps = workspace && isTable(workspace.dependencies) ? workspace.dependencies : workspaceDeps;
  for (const [table, scope] of TABLES) addDeps(doc[table], scope, folder, wsDeps, manifest);
  if (isTable(doc.target)) {
    for (const target of Object.values(doc.target)) {
      if (!isTable(target)) continue;
      for (const [table, scope] of TABLES) addDeps(target[table], scope, folder, wsDeps, manifest);
    }
  }
  // `[patch.<registry>]` and the older `[replace]` can point crates at local folders: those folders
  // hold first-party (or vendored-and-edited) code that Cargo.lock lists without a source.
  const overrides = [...(isTable(doc.patch) ? Object.values(doc.patch) : []), doc.replace];
  for (const table of overrides) {
    if (!isTable(table)) continue;
    for (const spec of Object.values(table)) {
      if (isTable(spec) && typeof spec.path === 'string')
        manifest.pathDeps.push(joinFolder(folder, spec.path));
    }
  }
  if (workspace && isTable(workspace.dependencies)) {
    for (const spec of Object.values(workspace.dependencies)) {
      if (isTable(spec) && typeof spec.path === 'string')
        manifest.pathDeps.push(joinFolder(folder, spec.path));
    }
  }
  return { manifest, doc };
}

/** `*` and `?` within one path segment; everything else literal. No regular expression. */
function segmentMatches(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

export function globMatches(pattern: string, folder: string): boolean {
  const ps = pattern.split('/').filter((s) => s !== '' && s !== '.');
  const fs = folder.split('/');
  if (ps.length !== fs.length) return false;
  for (let i = 0; i < ps.length; i++) if (!segmentMatches(ps[i]!, fs[i]!)) return false;
  return true;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * Every first-party manifest of the workspace whose root is `lockFolder`: the root's own package,
 * its `workspace.members` (globs expanded over the walked files, minus `workspace.exclude`) and,
 * transitively, path dependencies. Undefined when there is no Cargo.toml beside the lockfile.
 */
export function readWorkspace(
  ctx: ExtractorContext,
  lockFolder: string,
  sink: DiagnosticSink,
): Manifest[] | undefined {
  const root = readManifest(ctx, lockFolder, sink);
  if (!root) return undefined;
  const workspace = isTable(root.doc.workspace) ? root.doc.workspace : {};
  const wsDeps = isTable(workspace.dependencies) ? workspace.dependencies : {};
  const members = strings(workspace.members).map((m) => joinFolder(lockFolder, m));
  const excluded = new Set(strings(workspace.exclude).map((m) => joinFolder(lockFolder, m)));
  const queue: string[] = [];
  for (const m of members) if (!m.includes('*') && !m.includes('?')) queue.push(m);
  const globs = members.filter((m) => m.includes('*') || m.includes('?'));
  if (globs.length > 0) {
    for (const file of ctx.files) {
      if (file !== 'Cargo.toml' && !file.endsWith('/Cargo.toml')) continue;
      const folder = file === 'Cargo.toml' ? '.' : file.slice(0, -'/Cargo.toml'.length);
      if (globs.some((g) => globMatches(g, folder))) queue.push(folder);
    }
  }
  const out: Manifest[] = [root.manifest];
  const seen = new Set<string>([lockFolder]);
  queue.push(...root.manifest.pathDeps);
  let next = 0;
  while (next < queue.length && out.length < LIMITS.maxManifests) {
    const folder = queue[next++]!;
    if (seen.has(folder) || excluded.has(folder)) continue;
    seen.add(folder);
    const read = readManifest(ctx, folder, sink, wsDeps);
    if (!read) continue;
    out.push(read.manifest);
    queue.push(...read.manifest.pathDeps);
  }
  if (next < queue.length) {
    sink.warn('too-many-manifests', `only the first ${LIMITS.maxManifests} Cargo.toml files were read`);
  }
  return out;
}
