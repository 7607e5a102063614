/** The `uses:` lines of a workflow, for locations: a linear scan, no regular expression. */

export interface UsesLine {
  line: number;
  /** The value as YAML reads it: unquoted, without a trailing comment. */
  value: string;
}

function unquote(v: string): string {
  const q = v.charAt(0);
  if ((q === '"' || q === "'") && v.length >= 2 && v.endsWith(q)) return v.slice(1, -1);
  return v;
}

/** The value part of `uses: x # comment` (a plain scalar ends at ` #`; a quoted one at its quote). */
function usesValue(rest: string): string {
  const v = rest.trim();
  const q = v.charAt(0);
  if (q === '"' || q === "'") {
    const end = v.indexOf(q, 1);
    return end > 0 ? v.slice(1, end) : v;
  }
  const hash = v.indexOf(' #');
  return unquote((hash >= 0 ? v.slice(0, hash) : v).trim());
}

export function scanUsesLines(text: string): UsesLine[] {
  const out: UsesLine[] = [];
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    let i = start;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 32) {
      i += 2; // `- uses:`
      while (i < end && text.charCodeAt(i) === 32) i++;
    }
    if (text.startsWith('uses:', i))
      out.push({ line, value: usesValue(text.slice(i + 5, end).replace(/\r$/, '')) });
    start = end + 1;
  }
  return out;
}
