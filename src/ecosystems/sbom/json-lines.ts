/**
 * Line numbers of the objects in a JSON text, found by one linear scan (no recursion, no regular
 * expression), so that each SBOM component can name the line it starts on. Keyed by the object's path
 * in the document: the keys and array indices from the top, each segment preceded by U+0000, e.g.
 * `\0components\03\0components\01` for `components[3].components[1]`. Only objects that are array
 * elements are recorded (components, packages). With duplicate keys the last one wins, as in JSON.parse.
 */

const SEP = '\u0000';

/** The map key of an array element: the path of its array plus the index. */
export function elementPath(parent: string, key: string | number): string {
  return `${parent}${SEP}${key}`;
}

interface Frame {
  array: boolean;
  path: string;
  key: string;
  index: number;
  expectKey: boolean;
}

function decodeKey(raw: string): string {
  if (raw.indexOf('\\') < 0) return raw.slice(1, -1);
  try {
    return String(JSON.parse(raw));
  } catch {
    return raw.slice(1, -1);
  }
}

export function objectLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const stack: Frame[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 34) {
      const start = i;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
        else if (d === 10) line++;
      }
      const top = stack[stack.length - 1];
      if (top && !top.array && top.expectKey) {
        top.key = i - start < 256 ? decodeKey(text.slice(start, i + 1)) : '';
        top.expectKey = false;
      }
      continue;
    }
    if (c === 123 || c === 91) {
      const top = stack[stack.length - 1];
      const path = top ? elementPath(top.path, top.array ? top.index : top.key) : '';
      if (c === 123 && top?.array) out.set(path, line);
      stack.push({ array: c === 91, path, key: '', index: 0, expectKey: c === 123 });
      continue;
    }
    if (c === 125 || c === 93) {
      stack.pop();
      continue;
    }
    if (c === 44) {
      const top = stack[stack.length - 1];
      if (top?.array) top.index++;
      else if (top) top.expectKey = true;
    }
  }
  return out;
}
