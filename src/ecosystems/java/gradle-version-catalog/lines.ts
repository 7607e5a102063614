/**
 * Line of each library of `[libraries]` by one pass over the text: `key = ...` (also dotted
 * `key.module = ...`) inside `[libraries]`, or a `[libraries.key]` table header. Quoted keys are
 * unquoted; only the first line of each key is kept.
 */
function unquote(key: string): string {
  const k = key.trim();
  if (k.length >= 2 && (k[0] === '"' || k[0] === "'") && k.at(-1) === k[0]) return k.slice(1, -1);
  return k;
}

/** The first dotted segment of a key (quotes respected). */
function firstSegment(key: string): string {
  const k = key.trim();
  if (k[0] === '"' || k[0] === "'") {
    const end = k.indexOf(k[0], 1);
    return end < 0 ? k : k.slice(0, end + 1);
  }
  const dot = k.indexOf('.');
  return dot < 0 ? k : k.slice(0, dot);
}

export function libraryLines(text: string): Map<string, number> {
  const lines = text.split('\n');
  const out = new Map<string, number>();
  let inLibraries = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      const close = line.indexOf(']');
      const header = close < 0 ? line.slice(1) : line.slice(1, close).trim();
      inLibraries = header === 'libraries';
      if (header.startsWith('libraries.')) {
        const key = unquote(firstSegment(header.slice('libraries.'.length)));
        if (!out.has(key)) out.set(key, i + 1);
      }
      continue;
    }
    if (!inLibraries) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = unquote(firstSegment(line.slice(0, eq)));
    if (!out.has(key)) out.set(key, i + 1);
  }
  return out;
}
