/**
 * First pass over a v2/v3 `packages` object: validates every entry and sorts it into the root entry,
 * installed packages (`…node_modules/<name>`), links (`link: true`) and other folders (workspace
 * members, `file:` targets).
 */
import { type LockEntry, readEntry } from './entry.js';
import { LIMITS } from './limits.js';
import { classifyKey, createResolver, type Resolver, type Slot } from './paths.js';
import { invalidEntry, type Run, tooManyEntries } from './run.js';
import { localPath } from './source.js';

export interface KeyedEntry {
  key: string;
  entry: LockEntry;
  line: number | undefined;
  /** The key's resolver slot, when it has a node_modules segment. */
  slot: Slot | undefined;
}

export interface InstalledEntry extends KeyedEntry {
  slot: Slot;
}

export interface V2Entries {
  root: LockEntry | undefined;
  rootLine: number | undefined;
  installed: InstalledEntry[];
  /** Link key -> target folder (relative to the lockfile). */
  links: Map<string, KeyedEntry & { target: string }>;
  /** Folder key -> entry, for keys that are not installed packages. */
  folders: Map<string, KeyedEntry>;
  /** Resolution over every key present, valid or not (npm's resolution stops at a broken folder too). */
  resolver: Resolver;
}

export function readV2Entries(packages: Record<string, unknown>, run: Run): V2Entries {
  const out: V2Entries = {
    root: undefined,
    rootLine: undefined,
    installed: [],
    links: new Map(),
    folders: new Map(),
    resolver: createResolver(),
  };
  // Object.keys: own keys only (no prototype names), in for-in order, and faster than for-in over a
  // `packages` object of thousands of keys (a dictionary-mode object, without an enum cache).
  const keys = Object.keys(packages);
  const lines = run.lines.packageLines(keys);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    // Every key is resolvable (valid entry or not, read or past the limit): npm's resolution stops
    // at any installed folder.
    const slot = out.resolver.add(key);
    if (k >= LIMITS.maxEntries) {
      if (k === LIMITS.maxEntries) tooManyEntries(run, lines[k]);
      continue;
    }
    const line = lines[k];
    const kind = classifyKey(key, slot?.name);
    if (kind.kind === 'invalid') {
      invalidEntry(run, key, kind.reason, line);
      continue;
    }
    const entry = readEntry(packages[key], 'v2');
    if (typeof entry === 'string') {
      invalidEntry(run, key, entry, line);
      continue;
    }
    if (kind.kind === 'root') {
      out.root = entry;
      out.rootLine = line;
    } else if (entry.link) {
      if (!entry.resolved) invalidEntry(run, key, 'link without `resolved`', line);
      else {
        const target = localPath('', entry.resolved);
        out.links.set(key, { key, entry, line, slot, target: target === '.' ? '' : target });
      }
    } else if (kind.kind === 'folder') {
      out.folders.set(key, { key, entry, line, slot });
    } else {
      // (An installed package's key has a node_modules segment, so a slot, named as the kind says.)
      out.installed.push({ key, entry, line, slot: slot! });
    }
  }
  return out;
}
