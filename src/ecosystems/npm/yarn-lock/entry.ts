import type { PackageSource } from '../../../core/model/package.js';
import type { NameAndRange } from './descriptor.js';

/** One yarn.lock entry, normalised from either format. */
export interface LockEntry {
  /** 1-based line of the entry header. */
  line: number;
  /** Descriptors the header lists, split as written (`a@^1`, `a@npm:^1`, `x@npm:a@^1`). */
  descriptors: NameAndRange[];
  /** Real package name (the alias target for `x@npm:a@^1`). */
  name: string;
  /** Names the package is installed under when they differ from `name`. */
  aliases: string[];
  version: string;
  source: PackageSource;
  /** Dependencies as written: name and range, to resolve against `descriptors` of other entries. */
  dependencies: Array<[name: string, range: string]>;
}

/** A berry `@workspace:` entry: a first-party project, never a package. */
export interface WorkspaceEntry {
  line: number;
  descriptors: NameAndRange[];
  name: string;
  /** Folder relative to the lockfile's folder (`.` for the root). */
  path: string;
  dependencies: Array<[name: string, range: string]>;
}

/** What a format parser hands on: entries plus problems already turned into messages. */
export interface ParsedLock {
  entries: LockEntry[];
  workspaces: WorkspaceEntry[];
  problems: Array<{ line?: number; message: string; code?: string; level?: 'warning' | 'info' }>;
}
