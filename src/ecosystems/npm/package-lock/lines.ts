/**
 * Line numbers of lockfile entries. JSON.parse reports none, so one linear pass over the text
 * records the line of each key under the top-level `packages` object (v2/v3) and of each node of the
 * v1 `dependencies` tree. The text has already been validated by JSON.parse; this scan is also where
 * its nesting is bounded (JSON.parse is iterative, and nothing recurses into the value before it).
 */
import { decodeJsonString } from '../json-string.js';

/** Where a v1 tree node's key is: its node number (children are looked up by it) and line. */
export interface TreeLine {
  node: number;
  line: number;
}

export interface LineIndex {
  /** Line of each key directly under the top-level `packages` object. */
  readonly packages: ReadonlyMap<string, number>;
  /** Child `name` of v1 tree node `parent` (the document root is node 0). */
  treeChild(parent: number, name: string): TreeLine | undefined;
  /** Deepest bracket nesting seen (the scan stops once it exceeds the `maxDepth` asked for). */
  readonly depth: number;
}

const OTHER = 0;
const ROOT = 1;
const PACKAGES = 2;
const DEPS = 3;
const NODE = 4;

/** A key's value; an invalid escape (JSON.parse accepted the file, so never in practice) as written. */
function decode(quoted: string): string {
  return decodeJsonString(quoted) ?? quoted.slice(1, -1);
}

/**
 * Indexes `text`: `packages` keys for v2/v3, the `dependencies` tree for v1. Stops as soon as the
 * nesting exceeds `maxDepth` (the index is then incomplete, and `depth` tells).
 */
export function indexLines(
  text: string,
  format: 'v1' | 'v2',
  maxDepth = Number.POSITIVE_INFINITY,
): LineIndex {
  const packages = new Map<string, number>();
  const tree = new Map<string, TreeLine>();
  const roles: number[] = [];
  const nodes: number[] = [];
  const objects: boolean[] = [];
  let line = 1;
  let expectKey = false;
  let key: string | undefined;
  let pendingNode = 0;
  let nextNode = 1;
  let deepest = 0;
  // Next backslash in the text: strings are skipped with indexOf, and only a string containing one
  // needs escape handling. Recomputed only once passed, so the whole scan stays linear.
  let nextBackslash = text.indexOf('\\');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    if (c === 10) {
      line++;
    } else if (c === 34) {
      const start = i;
      let end = text.indexOf('"', start + 1);
      let escaped = false;
      while (end > 0 && nextBackslash >= 0 && nextBackslash < end) {
        escaped = true;
        let backslashes = 0;
        for (let k = end - 1; k > start && text.charCodeAt(k) === 92; k--) backslashes++;
        if (backslashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end < 0) end = text.length;
      if (nextBackslash >= 0 && nextBackslash < end) nextBackslash = text.indexOf('\\', end + 1);
      i = end;
      if (!expectKey) continue;
      expectKey = false;
      const depth = roles.length - 1;
      const role = roles[depth] ?? OTHER;
      if (role === OTHER || (role === DEPS && format === 'v2')) continue;
      key = escaped ? decode(text.slice(start, end + 1)) : text.slice(start + 1, end);
      if (role === PACKAGES) packages.set(key, line);
      else if (role === DEPS) {
        pendingNode = nextNode++;
        tree.set(`${nodes[depth]}\u0000${key}`, { node: pendingNode, line });
      }
    } else if (c === 123 || c === 91) {
      const depth = roles.length - 1;
      const parent = roles[depth];
      let role = OTHER;
      let node = -1;
      if (parent === undefined) {
        role = c === 123 ? ROOT : OTHER;
        node = 0;
      } else if (c === 123 && objects[depth] && key !== undefined) {
        if (parent === ROOT && key === 'packages') role = PACKAGES;
        else if ((parent === ROOT || parent === NODE) && key === 'dependencies') {
          role = DEPS;
          node = nodes[depth] ?? -1;
        } else if (parent === DEPS) {
          role = NODE;
          node = pendingNode;
        }
      }
      roles.push(role);
      nodes.push(node);
      objects.push(c === 123);
      if (roles.length > deepest) {
        deepest = roles.length;
        if (deepest > maxDepth) break;
      }
      expectKey = c === 123;
      key = undefined;
    } else if (c === 125 || c === 93) {
      roles.pop();
      nodes.pop();
      objects.pop();
      expectKey = false;
      key = undefined;
    } else if (c === 44) {
      expectKey = objects[objects.length - 1] === true;
      key = undefined;
    }
  }
  return {
    packages,
    treeChild: (parent, name) => tree.get(`${parent}\u0000${name}`),
    depth: deepest,
  };
}
