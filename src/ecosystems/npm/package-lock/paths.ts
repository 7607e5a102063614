/**
 * `packages` keys are folders relative to the lockfile: `node_modules/a`, `node_modules/a/node_modules/@s/b`,
 * workspace or `file:` folders such as `packages/app`, and their own `packages/app/node_modules/x`.
 */
import { getOrInit } from '../../../core/util/map.js';
import { LIMITS } from './limits.js';

export type KeyKind =
  | { kind: 'root' }
  | { kind: 'package'; name: string }
  | { kind: 'folder' }
  | { kind: 'invalid'; reason: string };

const NM = 'node_modules/';

function nestingOk(key: string): boolean {
  let segments = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 47) segments++;
  return segments <= LIMITS.maxKeySegments;
}

/** Whether `key` is the root, an installed package (with its installed name) or another folder. */
export function classifyKey(key: string): KeyKind {
  if (key === '') return { kind: 'root' };
  if (key.length > LIMITS.maxUrlLength || !nestingOk(key)) return { kind: 'invalid', reason: 'key too long' };
  const i = key.lastIndexOf(NM);
  if (i < 0 || (i > 0 && key.charCodeAt(i - 1) !== 47)) return { kind: 'folder' };
  const tail = key.slice(i + NM.length);
  if (tail === '' || tail === '.' || tail === '..')
    return { kind: 'invalid', reason: 'no package name in key' };
  if (tail.length > LIMITS.maxNameLength) return { kind: 'invalid', reason: 'package name too long' };
  const slash = tail.indexOf('/');
  if (slash < 0) return { kind: 'package', name: tail };
  const scoped = tail.startsWith('@') && slash > 1 && slash < tail.length - 1;
  if (scoped && tail.indexOf('/', slash + 1) < 0) return { kind: 'package', name: tail };
  // A folder inside an installed package (e.g. a link target); not an installed package itself.
  return { kind: 'folder' };
}

/** The folder above `dir`, or undefined at the lockfile root or above it (`..`). */
export function parentDir(dir: string): string | undefined {
  if (dir === '') return undefined;
  const i = dir.lastIndexOf('/');
  if (dir.slice(i + 1) === '..') return undefined;
  return i < 0 ? '' : dir.slice(0, i);
}

/** Node's module resolution over the keys of a `packages` object. */
export interface Resolver {
  /** Whether the key exists (valid entry or not: npm's resolution stops at any installed folder). */
  has(key: string): boolean;
  /**
   * The node_modules folders searched from folder `from`, nearest first (only folders with installed
   * packages), each as installed name -> key. Computed once per dependent, then one lookup per name.
   */
  searchPath(from: string): ReadonlyArray<ReadonlyMap<string, string>>;
  /** The key `name` resolves to along `path`. */
  resolve(path: ReadonlyArray<ReadonlyMap<string, string>>, name: string): string | undefined;
}

export function createResolver(keys: Iterable<string>): Resolver {
  const present = new Set<string>();
  /** Folder -> contents of its node_modules (installed name -> key). */
  const modules = new Map<string, Map<string, string>>();
  for (const key of keys) {
    present.add(key);
    const i = key.lastIndexOf(NM);
    if (i < 0 || (i > 0 && key.charCodeAt(i - 1) !== 47)) continue;
    const owner = i === 0 ? '' : key.slice(0, i - 1);
    const contents = getOrInit(modules, owner, () => new Map<string, string>());
    contents.set(key.slice(i + NM.length), key);
  }
  return {
    has: (key) => present.has(key),
    searchPath(from) {
      const out: Array<Map<string, string>> = [];
      for (let dir: string | undefined = from; dir !== undefined; dir = parentDir(dir)) {
        const contents = modules.get(dir);
        if (contents) out.push(contents);
      }
      return out;
    },
    resolve(path, name) {
      for (const contents of path) {
        const key = contents.get(name);
        if (key !== undefined) return key;
      }
      return undefined;
    },
  };
}
