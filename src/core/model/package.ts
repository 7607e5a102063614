import type { FileTag } from './file-tag.js';

/** Dependency scopes a package is reachable through. A package reachable through several keeps all of them. */
export const SCOPES = ['prod', 'dev', 'optional', 'peer'] as const;
export type Scope = (typeof SCOPES)[number];

/** Where a package is declared: a path relative to the scanned root (POSIX separators) and a 1-based line. */
export interface Location {
  path: string;
  line?: number;
}

/**
 * Where the package's code comes from. `registry` is the ecosystem's default registry; `toolchain`
 * is the language's own distribution (Go's `stdlib` and `toolchain`, named by go.mod's `go` /
 * `toolchain` lines): vulnerability matching skips these unless asked to (`--go-stdlib`).
 */
export type SourceKind = 'registry' | 'git' | 'tarball' | 'file' | 'link' | 'workspace' | 'toolchain';

export interface PackageSource {
  kind: SourceKind;
  /** Registry, repository or tarball URL, or the relative path for file/link sources. */
  url?: string;
  /** Commit for git sources, when the lockfile pins one. */
  commit?: string;
  /** Integrity hash as written in the lockfile (e.g. `sha512-...`). */
  integrity?: string;
}

/**
 * `pinned`: the lockfile fixes an exact version. `unresolved`: only a declared range is known
 * (manifest without a lockfile); `version` then holds the range as written.
 */
export type Resolution = 'pinned' | 'unresolved';

/** A third-party component found in the target. First-party code (the project, its workspaces) is a Project. */
export interface Package {
  /** Unique within an Inventory; stable across runs (derived from the purl, or ecosystem/name/version/source). */
  id: string;
  /** OSV ecosystem name, e.g. `npm`. */
  ecosystem: string;
  name: string;
  version: string;
  purl?: string;
  resolution: Resolution;
  source: PackageSource;
  /** True when any project depends on it directly. */
  direct: boolean;
  scopes: Scope[];
  locations: Location[];
  /** ids of the packages this package depends on (sorted, unique). */
  dependencies: string[];
  /** Name under which the package is installed when it differs from `name` (npm aliases `x@npm:y@1`). */
  aliases?: string[];
  /**
   * Present when every file that declares the package is a test, example or fixture file: the tags
   * of those files (sorted). A package declared anywhere else has no tags.
   */
  tags?: FileTag[];
}

/** A direct dependency edge from a first-party project. */
export interface DirectDependency {
  id: string;
  scope: Scope;
}

/** First-party code: the scanned project's root package and its workspace members. */
export interface Project {
  /** Unique within an Inventory, e.g. `npm:packages/app`. */
  id: string;
  ecosystem: string;
  name: string;
  version?: string;
  /** Folder of the project relative to the scanned root (`.` for the root). */
  path: string;
  /** The manifest or lockfile that declared it. */
  location: Location;
  dependencies: DirectDependency[];
  /** Set when the manifest is under a test, example or fixture folder. */
  tag?: FileTag;
}
