/**
 * lockfileVersion 2 and 3: the flat `packages` object keyed by folder. Installed packages become
 * Packages; workspace members (folders matched by the root entry's `workspaces`) become Projects;
 * other folders (`file:` dependencies, link targets) become `file`/`link` Packages. Edges follow Node's
 * resolution: the nearest `node_modules/<name>` walking up from the dependent's folder.
 */
import { posix } from 'node:path';
import type { DirectDependency, PackageSource } from '../../../core/model/package.js';
import { locationOf, npmPackageId } from '../package.js';
import { npmProject, npmProjectId } from '../project.js';
import { workspaceMatcher } from '../workspaces.js';
import type { Occurrence } from './collect.js';
import { forEachDependency, type LockEntry } from './entry.js';
import { LIMITS } from './limits.js';
import { classifyKey } from './paths.js';
import { guessRootDependencies, readRootManifest, type TopLevel } from './projects.js';
import { invalidEntry, type Run, rootName } from './run.js';
import { localPath, sourceFromResolved } from './source.js';
import { type KeyedEntry, readV2Entries } from './v2-read.js';

interface Pending {
  key: string;
  entry: LockEntry | undefined;
  occurrence: Occurrence;
}

interface Member {
  key: string;
  entry: LockEntry | undefined;
  line: number | undefined;
  linkName: string | undefined;
}

const MAX_LINK_HOPS = 8;

function installedNameOf(linkKey: string | undefined): string | undefined {
  if (linkKey === undefined) return undefined;
  const kind = classifyKey(linkKey);
  return kind.kind === 'package' ? kind.name : undefined;
}

/** A `file:` spec of the entry at `from`, as a `packages` key. */
function joinKey(from: string, spec: string): string {
  const key = posix.normalize(posix.join(from, spec.slice(5)));
  return key === '.' ? '' : key;
}

export function extractV2(packages: Record<string, unknown>, run: Run): void {
  const e = readV2Entries(packages, run);
  const ids = new Map<string, string>();
  const memberIds = new Set<string>();
  const pending: Pending[] = [];
  const members: Member[] = [];

  for (const inst of e.installed) {
    const { entry } = inst;
    const name = entry.name ?? inst.installedName;
    const source = sourceFromResolved(entry.resolved, name, run.dir, entry.integrity);
    const version = entry.version ?? '';
    if (version === '' && source.kind === 'registry') {
      invalidEntry(run, inst.key, 'no `version`', inst.line);
      continue;
    }
    if (version.length > LIMITS.maxVersionLength) {
      invalidEntry(run, inst.key, '`version` too long', inst.line);
      continue;
    }
    const location = locationOf(run.path, inst.line);
    const occurrence: Occurrence = {
      name,
      version,
      source,
      scopes: entry.scopes,
      location,
      dependencies: [],
    };
    if (name !== inst.installedName) occurrence.alias = inst.installedName;
    ids.set(inst.key, npmPackageId(name, version, source));
    pending.push({ key: inst.key, entry, occurrence });
  }

  const needManifest = !e.root || (!e.root.workspaces && (e.folders.size > 0 || e.links.size > 0));
  const manifest = needManifest ? readRootManifest(run) : undefined;
  const isMember = workspaceMatcher(e.root?.workspaces ?? manifest?.workspaces ?? []);
  const firstLink = new Map<string, KeyedEntry>();
  for (const link of e.links.values()) if (!firstLink.has(link.target)) firstLink.set(link.target, link);
  const folderKeys = new Set(e.folders.keys());
  for (const target of firstLink.keys()) if (!e.resolver.has(target)) folderKeys.add(target);

  for (const key of folderKeys) {
    const folder = e.folders.get(key);
    const link = firstLink.get(key);
    const linkName = installedNameOf(link?.key);
    if (isMember(key)) {
      members.push({ key, entry: folder?.entry, line: folder?.line ?? link?.line, linkName });
      const id = npmProjectId(localPath(run.dir, key));
      ids.set(key, id);
      memberIds.add(id);
      continue;
    }
    const name = folder?.entry.name ?? linkName ?? posix.basename(key);
    const version = folder?.entry.version ?? '';
    const source: PackageSource = { kind: link ? 'link' : 'file', url: localPath(run.dir, key) };
    const scopes = (folder ?? link)?.entry.scopes ?? ['prod'];
    const location = locationOf(run.path, folder?.line ?? link?.line);
    ids.set(key, npmPackageId(name, version, source));
    pending.push({
      key,
      entry: folder?.entry,
      occurrence: { name, version, source, scopes, location, dependencies: [] },
    });
  }

  for (const [key, link] of e.links) {
    let target = link.target;
    for (let hops = 0; hops < MAX_LINK_HOPS; hops++) {
      const next = e.links.get(target);
      if (!next) break;
      target = next.target;
    }
    const id = ids.get(target);
    if (id !== undefined) ids.set(key, id);
  }

  /** Calls `fn` with the id npm resolves each dependency of the entry at `from` to. */
  function eachEdge(
    from: string,
    entry: LockEntry,
    project: boolean,
    fn: (id: string, d: DirectDependency['scope']) => void,
  ) {
    if (entry.sections.length === 0) return;
    const path = e.resolver.searchPath(from);
    forEachDependency(entry, (name, spec, scope) => {
      if (scope === 'dev' && !project) return;
      const key = e.resolver.resolve(path, name);
      let id = key === undefined ? undefined : ids.get(key);
      // Hand-written lockfiles may omit the link entry of a `file:` folder; find the folder itself.
      if (id === undefined && spec.startsWith('file:')) id = ids.get(joinKey(from, spec));
      if (id !== undefined && (project || !memberIds.has(id))) fn(id, scope);
    });
  }
  function projectEdges(from: string, entry: LockEntry | undefined): DirectDependency[] {
    const out: DirectDependency[] = [];
    if (entry) eachEdge(from, entry, true, (id, scope) => out.push({ id, scope }));
    return out;
  }

  const required = new Set<string>();
  const top = new Map<string, TopLevel>();
  for (const p of pending) {
    const deps = p.occurrence.dependencies;
    if (p.entry) eachEdge(p.key, p.entry, false, (id) => deps.push(id));
    if (!e.root) for (const d of deps) required.add(d);
    if (!e.root && p.key === `node_modules/${p.occurrence.alias ?? p.occurrence.name}`) {
      const name = p.occurrence.alias ?? p.occurrence.name;
      top.set(name, { name, id: ids.get(p.key)!, scopes: p.occurrence.scopes });
    }
    run.packages.add(p.occurrence, ids.get(p.key));
  }

  const rootDeps = e.root ? projectEdges('', e.root) : guessRootDependencies(top, required, manifest);
  const version =
    e.root?.version ?? (typeof run.top.version === 'string' ? run.top.version : manifest?.version);
  run.projects.push(
    npmProject({
      folder: run.dir,
      name: rootName(run, e.root?.name, manifest?.name),
      version,
      location: locationOf(run.path, e.rootLine),
      dependencies: rootDeps,
    }),
  );
  for (const m of members) {
    run.projects.push(
      npmProject({
        folder: localPath(run.dir, m.key),
        name: m.entry?.name ?? m.linkName ?? posix.basename(m.key),
        version: m.entry?.version,
        location: locationOf(run.path, m.line),
        dependencies: projectEdges(m.key, m.entry),
      }),
    );
  }
}
