import { posix } from 'node:path';
import { InputError } from '../../../core/errors/index.js';
import type { DirectDependency, Package, Project } from '../../../core/model/package.js';
import { markDirect, propagateScopes } from '../../../core/model/scopes.js';
import { parseJsonFile } from '../../../core/parse/json.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, ExtractorContext, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { firstIssue, isRecord } from '../boundary.js';
import { DEPENDENCY_SECTIONS, readManifestIn } from '../manifest.js';
import { compareLocations, locationOf, npmPackage } from '../package.js';
import { compareById, isOutsideRoot, npmProject } from '../project.js';
import { type Entry, parseEntry } from './entry.js';
import { stripJsonc } from './jsonc.js';
import { sectionKeyLines } from './key-lines.js';
import { findResolution, keySegments } from './resolve.js';
import { lockfileSchema, workspaceSchema } from './schema.js';

/** lockfileVersion values this reader knows (2 has the same content as 1, with stricter checks in bun). */
const KNOWN_VERSIONS = new Set([0, 1, 2]);
/** Deeper keys are not node_modules paths bun writes; refusing them bounds the resolution work. */
export const MAX_KEY_SEGMENTS = 64;

interface Keyed {
  entry: Entry;
  segments: string[];
  line: number | undefined;
}

/** Reads a bun.lock (see entry.ts for the tuple shapes and resolve.ts for the key rules). */
export function extractBunLock(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const json = stripJsonc(file.text, file.path);
  const data = parseJsonFile(json, file.path);
  if (!isRecord(data)) throw new InputError(`${file.path}: expected a JSON object`, { path: file.path });
  const top = lockfileSchema.safeParse(data);
  if (!top.success) throw new InputError(`${file.path}: ${firstIssue(top.error)}`, { path: file.path });
  const sink = new DiagnosticSink(file.path);
  const version = top.data.lockfileVersion;
  if (version !== undefined && !KNOWN_VERSIONS.has(version)) {
    sink.warn(
      'unknown-lockfile-version',
      `lockfileVersion ${version} is newer than this reader knows (0 to 2); read as version 2, results may be incomplete.`,
      1,
    );
  }
  const lines = sectionKeyLines(json, ['workspaces', 'packages']);
  const entries = readEntries(top.data.packages ?? {}, lines.get('packages'), sink);
  const { packages, idOfKey } = buildPackages(file.path, entries, sink, ctx);
  const projects = buildProjects(
    file.path,
    top.data.workspaces ?? {},
    lines.get('workspaces'),
    entries,
    idOfKey,
    ctx,
    sink,
  );
  const list = [...packages.values()].sort(compareById);
  propagateScopes(projects, list);
  markDirect(projects, list);
  return { packages: list, projects: projects.sort(compareById), diagnostics: sink.finish() };
}

function readEntries(
  raw: Record<string, unknown>,
  lines: Map<string, number> | undefined,
  sink: DiagnosticSink,
) {
  const entries = new Map<string, Keyed>();
  for (const [key, value] of Object.entries(raw)) {
    const line = lines?.get(key);
    const segments = keySegments(key);
    if (key === '' || segments.length > MAX_KEY_SEGMENTS) {
      sink.warn(
        'invalid-entry',
        `package key ${quote(key)} is not a node_modules path; entry skipped.`,
        line,
      );
      continue;
    }
    const parsed = parseEntry(value);
    if (!parsed.ok) {
      sink.warn('invalid-entry', `package ${quote(key)}: ${parsed.reason}; entry skipped.`, line);
      continue;
    }
    entries.set(key, { entry: parsed.entry, segments, line });
  }
  return entries;
}

function isThirdParty(entry: Entry): boolean {
  return entry.kind !== 'workspace' && entry.kind !== 'root';
}

/**
 * bun.lock does not record the version of a `file:` folder dependency; its own package.json (path
 * relative to the lockfile's folder, as bun writes it) does. Empty for tarballs, links and folders
 * outside the scanned root or without a readable manifest.
 */
function folderVersion(lockPath: string, entry: Entry, ctx: ExtractorContext): string {
  const url = entry.source.url;
  if (entry.kind !== 'file' || !url || url.endsWith('.tgz') || url.endsWith('.tar.gz')) return '';
  const dir = posix.normalize(posix.join(posix.dirname(lockPath), url));
  if (isOutsideRoot(dir)) return '';
  return readManifestIn(ctx, dir)?.version ?? '';
}

/** One Package per id (the same name@version at several keys is one package with several locations). */
function buildPackages(
  path: string,
  entries: Map<string, Keyed>,
  sink: DiagnosticSink,
  ctx: ExtractorContext,
) {
  const packages = new Map<string, Package>();
  const idOfKey = new Map<string, string>();
  for (const [key, { entry, segments, line }] of entries) {
    if (!isThirdParty(entry)) continue;
    const pkg = npmPackage({
      name: entry.name,
      version: entry.version || folderVersion(path, entry, ctx),
      source: entry.source,
      location: locationOf(path, line),
      alias: segments[segments.length - 1] ?? key,
    });
    idOfKey.set(key, pkg.id);
    const seen = packages.get(pkg.id);
    if (!seen) {
      packages.set(pkg.id, pkg);
      continue;
    }
    seen.locations.push(...pkg.locations);
    if (pkg.aliases) seen.aliases = [...new Set([...(seen.aliases ?? []), ...pkg.aliases])].sort();
    if (!seen.source.integrity && pkg.source.integrity) seen.source.integrity = pkg.source.integrity;
  }
  const deps = new Map<string, Set<string>>();
  for (const [key, { entry, segments, line }] of entries) {
    const id = idOfKey.get(key);
    if (!id) continue;
    const set = deps.get(id) ?? new Set<string>();
    deps.set(id, set);
    const optionalPeers = new Set(entry.info.optionalPeers ?? []);
    for (const [section] of DEPENDENCY_SECTIONS) {
      if (section === 'devDependencies') continue; // not installed for a dependency
      for (const [dep] of entry.info[section] ?? []) {
        const target = findResolution(entries, segments, dep);
        if (target === undefined) {
          if (section === 'dependencies' && !optionalPeers.has(dep)) {
            sink.warn(
              'unresolved-dependency',
              `${quote(key)} depends on ${quote(dep)}, which the lockfile does not list.`,
              line,
            );
          }
          continue;
        }
        const targetId = idOfKey.get(target);
        if (targetId && targetId !== id) set.add(targetId);
      }
    }
  }
  for (const pkg of packages.values()) {
    pkg.dependencies = [...(deps.get(pkg.id) ?? [])].sort();
    pkg.locations.sort(compareLocations);
  }
  return { packages, idOfKey };
}

function buildProjects(
  path: string,
  raw: Record<string, unknown>,
  lines: Map<string, number> | undefined,
  entries: Map<string, Keyed>,
  idOfKey: Map<string, string>,
  ctx: ExtractorContext,
  sink: DiagnosticSink,
): Project[] {
  const base = posix.dirname(path);
  const projects: Project[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const line = lines?.get(key);
    const folder = posix.normalize(posix.join(base, key));
    if (posix.isAbsolute(key) || isOutsideRoot(folder)) {
      sink.warn('invalid-entry', `workspace ${quote(key)} points outside the scanned folder; skipped.`, line);
      continue;
    }
    const ws = workspaceSchema.safeParse(value);
    if (!ws.success) {
      sink.warn('invalid-entry', `workspace ${quote(key)}: ${firstIssue(ws.error)}; skipped.`, line);
      continue;
    }
    const manifest =
      key === '' && (!ws.data.name || !ws.data.version) ? readManifestIn(ctx, folder) : undefined;
    // The root's own node_modules has no prefix; a member's private copies live under its name.
    const segments = key === '' || !ws.data.name ? [] : keySegments(ws.data.name);
    const dependencies: DirectDependency[] = [];
    const seen = new Set<string>();
    for (const [section, scope] of DEPENDENCY_SECTIONS) {
      for (const [dep, spec] of ws.data[section] ?? []) {
        const target = findResolution(entries, segments, dep);
        if (target === undefined) {
          if ((scope === 'prod' || scope === 'dev') && !spec.startsWith('workspace:')) {
            sink.warn(
              'unresolved-dependency',
              `workspace ${quote(key)} depends on ${quote(dep)}, which the lockfile does not list.`,
              line,
            );
          }
          continue;
        }
        // A workspace member (or the root) is first-party: a Project, never a Package.
        const id = idOfKey.get(target);
        if (!id || seen.has(`${id}\u0000${scope}`)) continue;
        seen.add(`${id}\u0000${scope}`);
        dependencies.push({ id, scope });
      }
    }
    projects.push(
      npmProject({
        folder,
        // The root may be unnamed in the lockfile: its package.json (a broken one is skipped) or folder.
        name: ws.data.name ?? manifest?.name,
        version: ws.data.version ?? manifest?.version,
        location: locationOf(path, line),
        dependencies,
      }),
    );
  }
  return projects;
}
