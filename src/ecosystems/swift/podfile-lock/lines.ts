/**
 * Lines of the top-level items of the PODS list (`  - Name (1.0)` or `  - Name (1.0):`, optionally
 * quoted), keyed by the item text: a linear scan of the PODS block, no regular expression.
 */
export function podLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const lines = text.split('\n');
  let inPods = false;
  let itemIndent = -1;
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!.endsWith('\r') ? lines[n]!.slice(0, -1) : lines[n]!;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const indent = raw.length - raw.trimStart().length;
    if (indent === 0) {
      inPods = raw.startsWith('PODS:');
      itemIndent = -1;
      continue;
    }
    if (!inPods || !raw.trimStart().startsWith('- ')) continue;
    if (itemIndent < 0) itemIndent = indent;
    if (indent !== itemIndent) continue;
    let item = raw.trimStart().slice(2).trim();
    if (item.endsWith(':')) item = item.slice(0, -1).trimEnd();
    const q = item.charAt(0);
    if ((q === '"' || q === "'") && item.endsWith(q) && item.length >= 2) item = item.slice(1, -1);
    if (!out.has(item)) out.set(item, n + 1);
  }
  return out;
}
