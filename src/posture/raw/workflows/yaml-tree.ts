/**
 * A bounded, position-carrying view of a YAML document, from the `yaml` package's document model
 * (YAML 1.2, failsafe schema: `on:` stays a key and every scalar a string). Hostile input is bounded
 * three ways: the text's size, the alias count before parsing (the guard of src/core/parse/yaml.ts),
 * and a node budget and depth limit while walking, which also bound what aliases expand to.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { countYamlAliases, MAX_YAML_ALIASES } from '../../../core/parse/yaml.js';

export type YNode =
  | { kind: 'map'; line: number; entries: YEntry[] }
  | { kind: 'seq'; line: number; items: YNode[] }
  | { kind: 'scalar'; line: number; value: string; contentLine: number };

export interface YEntry {
  key: string;
  keyLine: number;
  value: YNode;
}

export const WORKFLOW_LIMITS = {
  /** Bytes (UTF-16 code units) of one file; real workflows are a few kilobytes. */
  maxChars: 1024 * 1024,
  /** Nodes visited, aliases expanded each time they are used. */
  maxNodes: 200_000,
  maxDepth: 64,
  maxAliases: MAX_YAML_ALIASES,
} as const;

export type TreeResult =
  /** `duplicates`: keys repeated in a mapping (the first value is used, as a problem for the caller). */
  | { ok: true; root: YNode; duplicates: { key: string; line: number }[] }
  | {
      ok: false;
      code: 'too-large' | 'too-many-aliases' | 'too-many-nodes' | 'too-deep' | 'invalid-yaml';
      line?: number;
      message: string;
    };

class Limit extends Error {
  constructor(
    readonly code: 'too-many-nodes' | 'too-deep',
    readonly line: number | undefined,
  ) {
    super(code);
  }
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return (nl < 0 ? message : message.slice(0, nl)).trim();
}

export function readYamlTree(text: string, limits = WORKFLOW_LIMITS): TreeResult {
  if (text.length > limits.maxChars) {
    return { ok: false, code: 'too-large', message: `${text.length} characters (limit ${limits.maxChars})` };
  }
  const aliases = countYamlAliases(text);
  if (aliases > limits.maxAliases) {
    return {
      ok: false,
      code: 'too-many-aliases',
      message: `YAML uses ${aliases} aliases (limit ${limits.maxAliases}); the file may be hostile`,
    };
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lc,
    version: '1.2',
    schema: 'failsafe',
    uniqueKeys: false,
    prettyErrors: false,
  });
  const lineAt = (offset: number | undefined): number | undefined =>
    offset === undefined ? undefined : lc.linePos(offset).line;
  const err = doc.errors[0];
  if (err) {
    return { ok: false, code: 'invalid-yaml', line: lineAt(err.pos[0]), message: firstLine(err.message) };
  }
  let budget = limits.maxNodes;
  const resolved = new Map<object, unknown>();
  const duplicates: { key: string; line: number }[] = [];

  function walk(node: unknown, depth: number, fallbackLine: number): YNode {
    const line = lineAt((node as Node | null)?.range?.[0]) ?? fallbackLine;
    if (--budget < 0) throw new Limit('too-many-nodes', line);
    if (depth > limits.maxDepth) throw new Limit('too-deep', line);
    if (isAlias(node)) {
      // resolve() searches the document; each alias node is resolved once
      if (!resolved.has(node)) resolved.set(node, node.resolve(doc));
      return walk(resolved.get(node), depth + 1, line);
    }
    if (isMap(node)) {
      const entries: YEntry[] = [];
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const keyLine = lineAt(pair.key.range?.[0]) ?? line;
        if (seen.has(key)) {
          duplicates.push({ key, line: keyLine });
          continue;
        }
        seen.add(key);
        entries.push({ key, keyLine, value: walk(pair.value, depth + 1, keyLine) });
      }
      return { kind: 'map', line, entries };
    }
    if (isSeq(node)) {
      return { kind: 'seq', line, items: node.items.map((item) => walk(item, depth + 1, line)) };
    }
    if (isScalar(node)) {
      const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
      const value = node.value === null || node.value === undefined ? '' : String(node.value);
      return { kind: 'scalar', line, value, contentLine: block ? line + 1 : line };
    }
    // an empty value (`key:`) has no node
    return { kind: 'scalar', line: fallbackLine, value: '', contentLine: fallbackLine };
  }

  try {
    return { ok: true, root: walk(doc.contents, 0, 1), duplicates };
  } catch (e) {
    if (!(e instanceof Limit)) throw e;
    const message =
      e.code === 'too-deep'
        ? `nested deeper than ${limits.maxDepth} levels`
        : `more than ${limits.maxNodes} YAML nodes (aliases counted each time they are used)`;
    return { ok: false, code: e.code, line: e.line, message };
  }
}

/** The entry `key` of a map node, if the node is a map that has it. */
export function entry(node: YNode | undefined, key: string): YEntry | undefined {
  return node?.kind === 'map' ? node.entries.find((e) => e.key === key) : undefined;
}

/** A scalar's value with its line; undefined for maps and sequences. */
export function scalar(node: YNode | undefined): { value: string; line: number } | undefined {
  return node?.kind === 'scalar' ? { value: node.value, line: node.line } : undefined;
}

/** A scalar or a sequence of scalars, as a list (`runs-on: x` and `runs-on: [x, y]`). */
export function scalarList(node: YNode | undefined): { value: string; line: number }[] {
  if (node?.kind === 'scalar') return node.value === '' ? [] : [{ value: node.value, line: node.line }];
  if (node?.kind !== 'seq') return [];
  const out: { value: string; line: number }[] = [];
  for (const item of node.items) if (item.kind === 'scalar') out.push({ value: item.value, line: item.line });
  return out;
}

/** A map of scalars (`with:`, `env:`) as a Map; non-scalar values are skipped. */
export function scalarMap(
  node: YNode | undefined,
): Map<string, { value: string; line: number; contentLine: number }> {
  const out = new Map<string, { value: string; line: number; contentLine: number }>();
  if (node?.kind !== 'map') return out;
  for (const e of node.entries) {
    const v = e.value;
    if (v.kind === 'scalar') out.set(e.key, { value: v.value, line: v.line, contentLine: v.contentLine });
  }
  return out;
}
