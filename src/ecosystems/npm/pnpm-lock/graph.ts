import { posix } from 'node:path';
import type { Package, Scope } from '../../../core/model/package.js';
import { normalizeScopes } from '../../../core/model/scopes.js';
import { getOrInit } from '../../../core/util/map.js';
import { compareLocations } from '../package.js';
import { compareById } from '../project.js';
import { type KeyFormat, parseKey, refToDepPath } from './dep-path.js';
import { LIMITS } from './limits.js';
import { type DepMap, forEachDep } from './schema.js';

/** What a dependency reference resolves to. */
export type Target =
  | { kind: 'package'; pkg: Package }
  | { kind: 'project'; id: string }
  | { kind: 'link'; path: string }
  | { kind: 'missing'; depPath: string };

/**
 * The packages of one lockfile under construction: every `packages:` / `snapshots:` key maps to the
 * merged Package (peer variants of one name@version share it), and edges are collected as sets.
 */
export class LockGraph {
  /** Packages by id, in first-seen order. */
  readonly byId = new Map<string, Package>();
  private readonly byKey = new Map<string, Package>();
  private readonly byBase = new Map<string, Package>();
  /** `file:` entries that are workspace members -> project id. */
  private readonly workspaceKeys = new Map<string, string>();
  private readonly edges = new Map<Package, Set<string>>();
  private readonly pending: Array<{ pkg: Package; deps: DepMap }> = [];
  private readonly seeds = new Map<Package, Set<Scope>>();
  private readonly aliases = new Map<Package, Set<string>>();
  private readonly unresolved: string[] = [];
  unresolvedCount = 0;

  /** Key format of the document being read; set before each document of a multi-document file. */
  constructor(public format: KeyFormat) {}

  /** Adds or merges a package and registers the key (and its peer-less base) that names it. */
  add(pkg: Package, key: string, base: string): Package {
    let kept = this.byId.get(pkg.id);
    if (!kept) {
      kept = pkg;
      this.byId.set(pkg.id, pkg);
    } else {
      kept.locations.push(...pkg.locations);
      if (!kept.source.integrity && pkg.source.integrity) kept.source.integrity = pkg.source.integrity;
    }
    this.byKey.set(key, kept);
    if (!this.byBase.has(base)) this.byBase.set(base, kept);
    const normalized = normalizeFileRef(key);
    if (normalized !== undefined && !this.byBase.has(normalized)) this.byBase.set(normalized, kept);
    return kept;
  }

  /** Registers a further key (a v9 snapshot with peers) for an existing package. */
  alias(key: string, pkg: Package): void {
    this.byKey.set(key, pkg);
  }

  markWorkspace(key: string, base: string, projectId: string): void {
    this.workspaceKeys.set(key, projectId);
    this.workspaceKeys.set(base, projectId);
  }

  /** The package a `packages:` key (or its base) names. */
  lookup(key: string, base?: string): Package | undefined {
    return (
      this.byKey.get(key) ??
      (base === undefined ? undefined : (this.byKey.get(base) ?? this.byBase.get(base)))
    );
  }

  isWorkspaceKey(key: string): boolean {
    return this.workspaceKeys.has(key);
  }

  /** Scopes a lockfile flag (`dev`, `optional`) claims; kept only for packages no importer reaches. */
  seed(pkg: Package, scopes: readonly Scope[]): void {
    if (scopes.length === 0) return;
    const set = getOrInit(this.seeds, pkg, () => new Set<Scope>());
    for (const s of scopes) set.add(s);
  }

  /** Records that `pkg` is installed under `name` when that differs from its own name (npm alias). */
  addAlias(pkg: Package, name: string): void {
    if (name === pkg.name) return;
    getOrInit(this.aliases, pkg, () => new Set<string>()).add(name);
  }

  /** Queues `dependencies` of a package; resolved by `link()` once every key is known. */
  depend(pkg: Package, deps: DepMap): void {
    this.pending.push({ pkg, deps });
  }

  /** Resolves a `name: ref` reference. */
  resolve(depName: string, ref: string): Target {
    if (ref.startsWith('link:')) return { kind: 'link', path: ref.slice(5) };
    const depPath = refToDepPath(ref, depName, this.format);
    if (depPath === undefined) return { kind: 'missing', depPath: ref };
    const pkg = this.packageAt(depPath);
    if (pkg) return { kind: 'package', pkg };
    const ws = this.workspaceAt(depPath);
    if (ws) return { kind: 'project', id: ws };
    return { kind: 'missing', depPath };
  }

  /** The package a dependency path names: exactly, without its peer suffix, or normalised (`file:`). */
  private packageAt(depPath: string): Package | undefined {
    const direct = this.byKey.get(depPath);
    if (direct) return direct;
    const base = parseKey(depPath, this.format)?.base;
    if (base !== undefined) {
      const pkg = this.byKey.get(base) ?? this.byBase.get(base);
      if (pkg) return pkg;
    }
    const normalized = normalizeFileRef(depPath);
    return normalized === undefined ? undefined : (this.byKey.get(normalized) ?? this.byBase.get(normalized));
  }

  private workspaceAt(depPath: string): string | undefined {
    if (this.workspaceKeys.size === 0) return undefined;
    const ws = this.workspaceKeys.get(depPath);
    if (ws) return ws;
    const base = parseKey(depPath, this.format)?.base;
    return base === undefined ? undefined : this.workspaceKeys.get(base);
  }

  /** Notes a reference that points at no entry; summarised in one diagnostic. */
  missing(depPath: string): void {
    this.unresolvedCount++;
    if (this.unresolved.length < LIMITS.maxUnresolvedExamples) this.unresolved.push(depPath);
  }

  get unresolvedExamples(): readonly string[] {
    return this.unresolved;
  }

  /**
   * Resolves queued dependencies into edges (ids) and aliases; linear in references. Called once
   * per YAML document, so references resolve with that document's key format.
   */
  link(): void {
    for (const { pkg, deps } of this.pending) {
      forEachDep(deps, (name, ref) => {
        // link: targets and workspace members are first-party code, not package edges.
        if (ref.startsWith('link:')) return;
        const depPath = refToDepPath(ref, name, this.format);
        const target = depPath === undefined ? undefined : this.packageAt(depPath);
        if (target) {
          if (target !== pkg) getOrInit(this.edges, pkg, () => new Set<string>()).add(target.id);
          this.addAlias(target, name);
        } else if (depPath !== undefined && !this.workspaceAt(depPath)) this.missing(depPath);
      });
    }
    this.pending.length = 0;
  }

  /** The packages with sorted edges and seeded scopes, sorted by id. */
  finish(): Package[] {
    const out = [...this.byId.values()];
    for (const pkg of out) {
      const set = this.edges.get(pkg);
      pkg.dependencies = set ? [...set].sort() : [];
      const seeds = this.seeds.get(pkg);
      if (seeds) pkg.scopes = normalizeScopes(seeds);
      const aliases = this.aliases.get(pkg);
      if (aliases) pkg.aliases = [...aliases].sort();
      pkg.locations.sort(compareLocations);
    }
    return out.sort(compareById);
  }
}

/** `file:./a/../b(peer)` -> `file:b(peer)`: file references written by hand are not always normalised. */
function normalizeFileRef(depPath: string): string | undefined {
  const i = depPath.indexOf('file:');
  if (i < 0) return undefined;
  const rest = depPath.slice(i + 5);
  const paren = rest.indexOf('(');
  const path = paren >= 0 ? rest.slice(0, paren) : rest;
  const normalized = posix.normalize(path);
  if (normalized === path) return undefined;
  return `${depPath.slice(0, i + 5)}${normalized}${paren >= 0 ? rest.slice(paren) : ''}`;
}
