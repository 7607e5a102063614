/**
 * Lines of keys and entries in the config file, from the `yaml` package's document model (js-yaml, used
 * by the bounded YAML guard, reports no positions). Only called after the guard accepted the text, so
 * alias expansion is already bounded.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

export type YamlPath = ReadonlyArray<string | number>;

export interface YamlPositions {
  /** 1-based line of the value at `path` (a map entry's key line when the last step is a key). */
  lineOf(path: YamlPath): number | undefined;
  /** 1-based line of the key `key` inside the mapping at `path`. */
  keyLine(path: YamlPath, key: string): number | undefined;
  /** The first duplicate key or other problem the `yaml` parser reports, with its line. */
  problem: { code: string; message: string; line?: number } | undefined;
}

export function yamlPositions(text: string): YamlPositions {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAtOffset = (offset: number | undefined) =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line;
  const first = doc.errors[0];
  const problem = first
    ? { code: first.code, message: firstLine(first.message), line: lineAtOffset(first.pos[0]) }
    : undefined;

  function nodeAt(path: YamlPath): unknown {
    let node: unknown = doc.contents;
    for (const step of path) {
      if (isMap(node))
        node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step))?.value;
      else if (isSeq(node) && typeof step === 'number') node = node.items[step];
      else return undefined;
    }
    return node;
  }

  function keyLine(path: YamlPath, key: string): number | undefined {
    const map = nodeAt(path);
    if (!isMap(map)) return undefined;
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    return pair && isScalar(pair.key) ? lineAtOffset(pair.key.range?.[0]) : undefined;
  }

  function lineOf(path: YamlPath): number | undefined {
    const last = path[path.length - 1];
    if (typeof last === 'string') {
      const line = keyLine(path.slice(0, -1), last);
      if (line !== undefined) return line;
    }
    const node = nodeAt(path) as Node | undefined;
    return lineAtOffset(node?.range?.[0]);
  }

  return { lineOf, keyLine, problem };
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return (nl < 0 ? message : message.slice(0, nl)).trim();
}
