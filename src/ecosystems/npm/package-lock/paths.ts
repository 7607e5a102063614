/**
 * `packages` keys are folders relative to the lockfile: `node_modules/a`, `node_modules/a/node_modules/@s/b`,
 * workspace or `file:` folders such as `packages/app`, and their own `packages/app/node_modules/x`.
 */
import { LIMITS } from './limits.js';

export type KeyKind =
  | { kind: 'root' }
  | { kind: 'package'; name: string }
  | { kind: 'folder' }
  | { kind: 'invalid'; reason: string };

const NM = 'node_modules/';
const ROOT: KeyKind = Object.freeze({ kind: 'root' });
const FOLDER: KeyKind = Object.freeze({ kind: 'folder' });

function nestingOk(key: string): boolean {
  // A key shorter than the bound cannot have more segments than it.
  if (key.length < LIMITS.maxKeySegments) return true;
  let segments = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 47) segments++;
  return segments <= LIMITS.maxKeySegments;
}

/** What follows the key's last `node_modules/` segment, or undefined when it has none. */
export function installedTail(key: string): string | undefined {
  const i = key.lastIndexOf(NM);
  if (i < 0 || (i > 0 && key.charCodeAt(i - 1) !== 47)) return undefined;
  return key.slice(i + NM.length);
}

/**
 * Whether `key` is the root, an installed package (with its installed name) or another folder.
 * `tail` is installedTail(key), when the caller has it already.
 */
export function classifyKey(key: string, tail = installedTail(key)): KeyKind {
  if (key === '') return ROOT;
  if (key.length > LIMITS.maxUrlLength || !nestingOk(key)) return { kind: 'invalid', reason: 'key too long' };
  if (tail === undefined) return FOLDER;
  if (tail === '' || tail === '.' || tail === '..')
    return { kind: 'invalid', reason: 'no package name in key' };
  if (tail.length > LIMITS.maxNameLength) return { kind: 'invalid', reason: 'package name too long' };
  const slash = tail.indexOf('/');
  if (slash < 0) return { kind: 'package', name: tail };
  const scoped = tail.charCodeAt(0) === 64 && slash > 1 && slash < tail.length - 1;
  if (scoped && tail.indexOf('/', slash + 1) < 0) return { kind: 'package', name: tail };
  // A folder inside an installed package (e.g. a link target); not an installed package itself.
  return FOLDER;
}

/** The folder above `dir`, or undefined at the lockfile root or above it (`..`). */
export function parentDir(dir: string): string | undefined {
  if (dir === '') return undefined;
  const i = dir.lastIndexOf('/');
  const n = dir.length;
  if (n - i === 3 && dir.charCodeAt(n - 1) === 46 && dir.charCodeAt(n - 2) === 46) return undefined;
  return i < 0 ? '' : dir.slice(0, i);
}

/** A key with a node_modules segment: the name it is installed under there, and its id once known. */
export interface Slot {
  readonly key: string;
  /** What follows the key's last node_modules segment (installedTail). */
  readonly name: string;
  /** The folder whose node_modules holds it (`''`: the lockfile's folder). */
  readonly owner: string;
  /** Id of the package or project at this key, once the reader has made one. */
  id: string | undefined;
}

/** The node_modules folders searched from a folder, nearest first, each as installed name -> slot. */
export type SearchPath = ReadonlyArray<ReadonlyMap<string, Slot>>;

/** Node's module resolution over the keys of a `packages` object. */
export interface Resolver {
  /**
   * Adds a key; returns its slot, or undefined when it has no node_modules segment. Every key is
   * added before the first searchPath().
   */
  add(key: string): Slot | undefined;
  /** The slot of a key added before, if it has one. */
  slotOf(key: string): Slot | undefined;
  /**
   * The node_modules folders searched from folder `from`, nearest first (only folders with installed
   * packages). Computed once per folder (and shared by the folders below it), then one lookup per name.
   * `slot` is from's slot when from is an installed package (`<owner>/node_modules/<name>`).
   */
  searchPath(from: string, slot?: Slot): SearchPath;
  /** The slot `name` resolves to along `path`. */
  resolve(path: SearchPath, name: string): Slot | undefined;
}

const EMPTY_PATH: SearchPath = Object.freeze([]);

/** `name` or `@scope/name`: nothing but node_modules (and the scope) between the key and its owner. */
function isPackageName(tail: string): boolean {
  const slash = tail.indexOf('/');
  return slash < 0 || (tail.charCodeAt(0) === 64 && tail.indexOf('/', slash + 1) < 0);
}

/** Whether `dir` is `node_modules`, `…/node_modules`, `node_modules/@s` or `…/node_modules/@s`. */
function isOddOwner(dir: string): boolean {
  const i = dir.lastIndexOf('/');
  const last = dir.slice(i + 1);
  if (last === 'node_modules') return true;
  if (!last.startsWith('@') || i < 0) return false;
  const parent = dir.slice(0, i);
  return parent === 'node_modules' || parent.endsWith('/node_modules');
}

export function createResolver(): Resolver {
  /** Folder -> contents of its node_modules (installed name -> slot). */
  const modules = new Map<string, Map<string, Slot>>();
  /** The lockfile folder's node_modules, where most keys are. */
  const top = new Map<string, Slot>();
  modules.set('', top);
  /** Folder -> its search path (for folders asked about more than once). */
  const paths = new Map<string, SearchPath>();
  /**
   * Whether some node_modules belongs to a folder named node_modules or to a scope folder in one
   * (`x/node_modules/node_modules/y`, `x/node_modules/@s/node_modules/y`): only then can the folders
   * between an installed package and its owner have packages of their own.
   */
  let oddOwners = false;

  /** The search path of `dir`, memoised for it and every folder above it. */
  function pathOf(dir: string): SearchPath {
    const known = paths.get(dir);
    if (known !== undefined) return known;
    // Walk up to the nearest folder whose path is known, then fill in the folders on the way back.
    const below: string[] = [];
    let path = EMPTY_PATH;
    for (let d: string | undefined = dir; d !== undefined; d = parentDir(d)) {
      const p = paths.get(d);
      if (p !== undefined) {
        path = p;
        break;
      }
      below.push(d);
    }
    for (let j = below.length - 1; j >= 0; j--) {
      const d = below[j]!;
      const contents = modules.get(d);
      if (contents !== undefined && contents.size > 0) path = [contents, ...path];
      paths.set(d, path);
    }
    return path;
  }

  return {
    add(key) {
      const i = key.lastIndexOf(NM);
      if (i < 0 || (i > 0 && key.charCodeAt(i - 1) !== 47)) return undefined;
      const owner = i === 0 ? '' : key.slice(0, i - 1);
      let contents = i === 0 ? top : modules.get(owner);
      if (contents === undefined) {
        contents = new Map<string, Slot>();
        modules.set(owner, contents);
        if (!oddOwners) oddOwners = isOddOwner(owner);
      }
      const slot: Slot = { key, name: key.slice(i + NM.length), owner, id: undefined };
      contents.set(slot.name, slot);
      return slot;
    },
    slotOf(key) {
      const i = key.lastIndexOf(NM);
      if (i < 0 || (i > 0 && key.charCodeAt(i - 1) !== 47)) return undefined;
      return modules.get(i === 0 ? '' : key.slice(0, i - 1))?.get(key.slice(i + NM.length));
    },
    searchPath(from, slot) {
      const known = paths.get(from);
      if (known !== undefined) return known;
      // A folder without a node_modules of its own (most dependents) searches its parent's path;
      // it is asked about once, so only the parent's path is kept. For an installed package, whose
      // parents up to its owner have no packages (unless oddOwners), that is its owner's path.
      const own = modules.get(from);
      if (own === undefined || own.size === 0) {
        if (slot !== undefined && slot.key === from && !oddOwners && isPackageName(slot.name)) {
          return pathOf(slot.owner);
        }
        const parent = parentDir(from);
        return parent === undefined ? EMPTY_PATH : pathOf(parent);
      }
      return pathOf(from);
    },
    resolve(path, name) {
      for (let i = 0; i < path.length; i++) {
        const slot = path[i]!.get(name);
        if (slot !== undefined) return slot;
      }
      return undefined;
    },
  };
}
