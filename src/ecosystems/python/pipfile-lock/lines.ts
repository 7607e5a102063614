/**
 * Lines of the package keys of a Pipfile.lock (`"default": { "name": {...} }`), found with one linear
 * scan of the JSON text that tracks strings and nesting: no regular expression, no re-parse.
 */

/** section (`default`, `develop`, ...) -> package key as written -> 1-based line. */
export function sectionKeyLines(text: string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  let depth = 0;
  let line = 1;
  let section: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
    else if (c === 34) {
      const startLine = line;
      let j = i + 1;
      let value = '';
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d === 92) {
          value += text.slice(j, j + 2);
          j++;
          continue;
        }
        if (d === 34) break;
        if (d === 10) line++;
        value += text[j];
      }
      i = j;
      let k = j + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r' || text[k] === '\n'))
        k++;
      if (text[k] !== ':') continue;
      let key = value;
      if (value.includes('\\')) {
        try {
          key = JSON.parse(`"${value}"`) as string;
        } catch {
          key = value;
        }
      }
      if (depth === 1) section = key;
      else if (depth === 2 && section !== undefined) {
        let keys = out.get(section);
        if (!keys) {
          keys = new Map();
          out.set(section, keys);
        }
        if (!keys.has(key)) keys.set(key, startLine);
      }
    }
  }
  return out;
}
