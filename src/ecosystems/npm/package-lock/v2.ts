/**
 * lockfileVersion 2 and 3: the flat `packages` object keyed by folder. Installed packages become
 * Packages; workspace members (folders matched by the root entry's `workspaces`) become Projects;
 * other folders (`file:` dependencies, link targets) become `file`/`link` Packages. Edges follow Node's
 * resolution: the nearest `node_modules/<name>` walking up from the dependent's folder.
 */
import { posix } from 'node:path';
import type { DirectDependency, Package, PackageSource, Scope } from '../../../core/model/package.js';
import { locationOf, npmPackageId } from '../package.js';
import { npmProject, npmProjectId } from '../project.js';
import { workspaceMatcher } from '../workspaces.js';
import type { Occurrence } from './collect.js';
import { forEachDependency, type LockEntry } from './entry.js';
import { LIMITS } from './limits.js';
import { classifyKey, type SearchPath, type Slot } from './paths.js';
import { guessRootDependencies, readRootManifest, type TopLevel } from './projects.js';
import { invalidEntry, type Run, rootName } from './run.js';
import { localPath, sourceFromResolved } from './source.js';
import { type KeyedEntry, readV2Entries } from './v2-read.js';

/** An occurrence whose package is collected; its edges are added once every key has its id. */
interface Pending {
  key: string;
  /** The key's slot when it is an installed package. */
  slot: Slot | undefined;
  entry: LockEntry | undefined;
  /** The collected package (merged with other occurrences of its id): edges go to its list. */
  pkg: Package;
  /** Installed name: the alias, else the name. */
  installed: string;
  scopes: readonly Scope[];
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
  const { resolver } = e;
  /** Ids of keys other than installed packages (whose ids are in their slots). */
  const ids = new Map<string, string>();
  const setId = (key: string, slot: Slot | undefined, id: string): void => {
    ids.set(key, id);
    if (slot) slot.id = id;
  };
  /** The id of any key (or folder that is no key), else undefined. */
  const idOf = (key: string): string | undefined => ids.get(key) ?? resolver.slotOf(key)?.id;
  const memberIds = new Set<string>();
  const pending: Pending[] = [];
  const members: Member[] = [];

  /** Collects an occurrence (in key order, so occurrences merge as they always did); its edges come later. */
  function collect(key: string, slot: Slot | undefined, entry: LockEntry | undefined, o: Occurrence): string {
    const id = npmPackageId(o.name, o.version, o.source);
    const pkg = run.packages.add(o, id);
    pending.push({ key, slot, entry, pkg, installed: o.alias ?? o.name, scopes: o.scopes });
    return id;
  }

  for (const inst of e.installed) {
    const { entry } = inst;
    const installedName = inst.slot.name;
    const name = entry.name ?? installedName;
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
    const occurrence: Occurrence = {
      name,
      version,
      source,
      scopes: entry.scopes,
      location: locationOf(run.path, inst.line),
      dependencies: [],
    };
    if (name !== installedName) occurrence.alias = installedName;
    inst.slot.id = collect(inst.key, inst.slot, entry, occurrence);
  }

  const needManifest = !e.root || (!e.root.workspaces && (e.folders.size > 0 || e.links.size > 0));
  const manifest = needManifest ? readRootManifest(run) : undefined;
  const isMember = workspaceMatcher(e.root?.workspaces ?? manifest?.workspaces ?? []);
  const firstLink = new Map<string, KeyedEntry>();
  for (const link of e.links.values()) if (!firstLink.has(link.target)) firstLink.set(link.target, link);
  const folderKeys = new Set(e.folders.keys());
  for (const target of firstLink.keys()) if (!Object.hasOwn(packages, target)) folderKeys.add(target);

  for (const key of folderKeys) {
    const folder = e.folders.get(key);
    const link = firstLink.get(key);
    const linkName = installedNameOf(link?.key);
    if (isMember(key)) {
      members.push({ key, entry: folder?.entry, line: folder?.line ?? link?.line, linkName });
      const id = npmProjectId(localPath(run.dir, key));
      setId(key, folder?.slot, id);
      memberIds.add(id);
      continue;
    }
    const name = folder?.entry.name ?? linkName ?? posix.basename(key);
    const version = folder?.entry.version ?? '';
    const source: PackageSource = { kind: link ? 'link' : 'file', url: localPath(run.dir, key) };
    const scopes = (folder ?? link)?.entry.scopes ?? ['prod'];
    const location = locationOf(run.path, folder?.line ?? link?.line);
    setId(
      key,
      folder?.slot,
      collect(key, undefined, folder?.entry, { name, version, source, scopes, location, dependencies: [] }),
    );
  }

  for (const [key, link] of e.links) {
    let target = link.target;
    for (let hops = 0; hops < MAX_LINK_HOPS; hops++) {
      const next = e.links.get(target);
      if (!next) break;
      target = next.target;
    }
    const id = idOf(target);
    if (id !== undefined) setId(key, link.slot, id);
  }

  /** The id npm resolves dependency `name` (range `spec`) of the entry at `from` to, along `path`. */
  function target(path: SearchPath, from: string, name: string, spec: string): string | undefined {
    const id = resolver.resolve(path, name)?.id;
    // Hand-written lockfiles may omit the link entry of a `file:` folder; find the folder itself.
    if (id === undefined && spec.startsWith('file:')) return idOf(joinKey(from, spec));
    return id;
  }
  /**
   * Adds the edges of a package's entry at `from` to `out` (and to `required`): optional, prod (a
   * name also optional counts once), peer; not dev, and not workspace members.
   */
  function packageEdges(
    from: string,
    slot: Slot | undefined,
    entry: LockEntry,
    out: string[],
    required: Set<string> | undefined,
  ) {
    const { optional, prod, peer } = entry;
    if (optional === undefined && prod === undefined && peer === undefined) return;
    const path = resolver.searchPath(from, slot);
    if (optional !== undefined) {
      for (const name in optional) {
        if (Object.hasOwn(optional, name)) edge(target(path, from, name, optional[name]!), out, required);
      }
    }
    if (prod !== undefined) {
      for (const name in prod) {
        if (!Object.hasOwn(prod, name) || (optional !== undefined && Object.hasOwn(optional, name))) continue;
        edge(target(path, from, name, prod[name]!), out, required);
      }
    }
    if (peer !== undefined) {
      for (const name in peer) {
        if (Object.hasOwn(peer, name)) edge(target(path, from, name, peer[name]!), out, required);
      }
    }
  }
  function edge(id: string | undefined, out: string[], required: Set<string> | undefined): void {
    if (id === undefined || memberIds.has(id)) return;
    out.push(id);
    required?.add(id);
  }
  /** The direct dependencies of a project's entry at `from`, with their scopes (dev included). */
  function projectEdges(from: string, entry: LockEntry | undefined): DirectDependency[] {
    const out: DirectDependency[] = [];
    if (!entry) return out;
    const path = resolver.searchPath(from);
    forEachDependency(entry, (name, spec, scope) => {
      const id = target(path, from, name, spec);
      if (id !== undefined) out.push({ id, scope });
    });
    return out;
  }

  const required = e.root ? undefined : new Set<string>();
  const top = new Map<string, TopLevel>();
  for (const p of pending) {
    if (p.entry) packageEdges(p.key, p.slot, p.entry, p.pkg.dependencies, required);
    if (!e.root && p.key === `node_modules/${p.installed}`) {
      top.set(p.installed, { name: p.installed, id: idOf(p.key)!, scopes: p.scopes });
    }
  }

  const rootDeps = e.root ? projectEdges('', e.root) : guessRootDependencies(top, required!, manifest);
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
