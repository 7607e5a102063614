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
  /**
   * Lines of the keys directly under the top-level `packages` object, given those keys in
   * Object.keys order: one line (or undefined) per key.
   */
  packageLines(keys: readonly string[]): Array<number | undefined>;
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
 *
 * A `packages` key is recorded by position (where its literal starts and ends, and its line), not
 * sliced out of the text: JSON.parse keeps keys in text order, so the n-th key of the parsed object
 * is normally the n-th key in the text, which packageLines checks with startsWith. When that fails
 * (escaped or integer-like keys, duplicates) it falls back to decoding every key, the last of equal
 * keys winning, as JSON.parse takes the last value.
 */
export function indexLines(
  text: string,
  format: 'v1' | 'v2',
  maxDepth = Number.POSITIVE_INFINITY,
): LineIndex {
  /**
   * Per `packages` key in the text: offset of its opening quote, of its closing quote (as -1 - offset
   * when the literal has an escape, so never equals the key), and its line.
   */
  const keyStarts: number[] = [];
  const keyEnds: number[] = [];
  const keyLines: number[] = [];
  const tree = new Map<string, TreeLine>();
  // The open containers: role, v1 tree node, and whether it is an object (1) or an array (0).
  let roles = new Int32Array(64);
  let nodes = new Int32Array(64);
  let objects = new Uint8Array(64);
  let depth = 0;
  let line = 1;
  let expectKey = false;
  let key: string | undefined;
  let pendingNode = 0;
  let nextNode = 1;
  let deepest = 0;
  // Next backslash in the text: strings are skipped with indexOf, and only a string containing one
  // needs escape handling. Recomputed only once passed, so the whole scan stays linear.
  let nextBackslash = text.indexOf('\\');
  const n = text.length;
  const skip: SkipState = { line, nextBackslash, deepest };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    if (c === 34) {
      const start = i;
      i = text.indexOf('"', start + 1);
      if (i < 0) i = n; // (not JSON: never, the text has been parsed)
      let escaped = false;
      if (nextBackslash >= 0 && nextBackslash < i) {
        escaped = true;
        i = closingQuote(text, start, i);
        nextBackslash = text.indexOf('\\', i + 1);
      }
      if (!expectKey) continue;
      expectKey = false;
      const role = depth > 0 ? roles[depth - 1]! : OTHER;
      if (role === OTHER || (role === DEPS && format === 'v2')) continue;
      if (role === PACKAGES) {
        keyStarts.push(start);
        keyEnds.push(escaped ? -1 - i : i);
        keyLines.push(line);
        continue;
      }
      key = escaped ? decode(text.slice(start, i + 1)) : text.slice(start + 1, i);
      if (role === DEPS) {
        pendingNode = nextNode++;
        tree.set(`${nodes[depth - 1]}\u0000${key}`, { node: pendingNode, line });
      }
    } else if (c === 10) {
      line++;
    } else if (c === 123 || c === 91) {
      let role = OTHER;
      let node = -1;
      if (depth === 0) {
        role = c === 123 ? ROOT : OTHER;
        node = 0;
      } else if (c === 123 && objects[depth - 1] === 1 && key !== undefined) {
        const parent = roles[depth - 1];
        if (parent === ROOT && key === 'packages') role = PACKAGES;
        else if ((parent === ROOT || parent === NODE) && key === 'dependencies') {
          role = DEPS;
          node = nodes[depth - 1]!;
        } else if (parent === DEPS) {
          role = NODE;
          node = pendingNode;
        }
      }
      if (depth === roles.length) {
        roles = grow(roles, new Int32Array(depth * 2));
        nodes = grow(nodes, new Int32Array(depth * 2));
        objects = grow(objects, new Uint8Array(depth * 2));
      }
      roles[depth] = role;
      nodes[depth] = node;
      objects[depth] = c === 123 ? 1 : 0;
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > maxDepth) break;
      }
      expectKey = c === 123;
      key = undefined;
      if (role !== OTHER) continue;
      // Everything below an OTHER container is OTHER too (most of a lockfile: the fields of each
      // entry): skipped by a loop that only follows strings, lines and the nesting.
      skip.line = line;
      skip.nextBackslash = nextBackslash;
      skip.deepest = deepest;
      i = skipContainer(text, i + 1, depth, maxDepth, skip);
      line = skip.line;
      nextBackslash = skip.nextBackslash;
      deepest = skip.deepest;
      if (deepest > maxDepth) break;
      depth--;
      expectKey = false;
    } else if (c === 125 || c === 93) {
      depth--;
      expectKey = false;
      key = undefined;
    } else if (c === 44) {
      expectKey = depth > 0 && objects[depth - 1] === 1;
      key = undefined;
    }
  }

  /** Every `packages` key, decoded -> its line (the last of equal keys). */
  function byKey(): Map<string, number> {
    const map = new Map<string, number>();
    for (let j = 0; j < keyLines.length; j++) {
      const start = keyStarts[j]!;
      const end = keyEnds[j]!;
      const k = end >= 0 ? text.slice(start + 1, end) : decode(text.slice(start, -end));
      map.set(k, keyLines[j]!);
    }
    return map;
  }
  return {
    packageLines(keys) {
      const out: Array<number | undefined> = new Array(keys.length);
      // As many keys in the text as parsed, each in its place: then the keys are distinct (a
      // duplicate would leave a parsed key without a text key) and each line is the right one.
      let j = 0;
      if (keys.length === keyLines.length) {
        for (; j < keys.length; j++) {
          const k = keys[j]!;
          const start = keyStarts[j]! + 1;
          if (keyEnds[j]! - start !== k.length || !text.startsWith(k, start)) break;
          out[j] = keyLines[j];
        }
      }
      if (j < keys.length) {
        const map = byKey();
        for (; j < keys.length; j++) out[j] = map.get(keys[j]!);
      }
      return out;
    },
    treeChild: (parent, name) => tree.get(`${parent}\u0000${name}`),
    depth: deepest,
  };
}

/** What skipContainer reads and updates. */
interface SkipState {
  line: number;
  nextBackslash: number;
  deepest: number;
}

/**
 * Skips the rest of a container opened just before `from` at nesting `depth`: returns the offset of
 * its closing bracket (or the text's length), and counts lines and the deepest nesting into `state`
 * (stopping once deeper than `maxDepth`).
 */
function skipContainer(
  text: string,
  from: number,
  depth: number,
  maxDepth: number,
  state: SkipState,
): number {
  const n = text.length;
  let { line, nextBackslash, deepest } = state;
  let inner = 1;
  let i = from;
  for (; i < n; i++) {
    const d = text.charCodeAt(i);
    if (d === 32) continue;
    if (d === 34) {
      const start = i;
      i = text.indexOf('"', start + 1);
      if (i < 0) i = n;
      if (nextBackslash >= 0 && nextBackslash < i) {
        i = closingQuote(text, start, i);
        nextBackslash = text.indexOf('\\', i + 1);
      }
    } else if (d === 10) line++;
    else if (d === 123 || d === 91) {
      inner++;
      if (depth - 1 + inner > deepest) {
        deepest = depth - 1 + inner;
        if (deepest > maxDepth) break;
      }
    } else if ((d === 125 || d === 93) && --inner === 0) break;
  }
  state.line = line;
  state.nextBackslash = nextBackslash;
  state.deepest = deepest;
  return i;
}

/**
 * The quote closing the string literal that opens at `start`, given the first quote after it
 * (`first`), which a backslash may escape. The text is valid JSON, so there is one.
 */
function closingQuote(text: string, start: number, first: number): number {
  let end = first;
  while (end >= 0) {
    let backslashes = 0;
    for (let k = end - 1; k > start && text.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return text.length;
}

/** `into`, holding a copy of `from` (a stack that has outgrown `from`). */
function grow<T extends Int32Array | Uint8Array>(from: T, into: T): T {
  into.set(from);
  return into;
}
