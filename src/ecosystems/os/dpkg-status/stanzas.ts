/**
 * Debian control-file stanzas (deb822 / RFC 822 style), as dpkg writes `var/lib/dpkg/status`: blank
 * lines separate stanzas, `Field: value` lines start a field, lines starting with a space or tab
 * continue the previous one. Linear; only the first line of each field is kept (the fields Sterling
 * reads are single-line), so a huge multi-line Description costs nothing but the scan.
 */

export interface Stanza {
  /** 1-based line of the stanza's first field. */
  line: number;
  /** Field name (as written) -> first-line value, trimmed. The first occurrence of a field wins. */
  fields: Map<string, string>;
  /** Lines that are neither a field nor a continuation, with their line numbers. */
  junk: number[];
}

/** Longest field value kept; longer ones are cut (no name or version is anywhere near this). */
const MAX_VALUE = 1024;

export function parseStanzas(text: string): Stanza[] {
  const out: Stanza[] = [];
  let current: Stanza | undefined;
  let lineNo = 0;
  let start = 0;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    lineNo++;
    let line = body.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    start = end + 1;
    if (line.trim() === '') {
      current = undefined;
      if (end === body.length) break;
      continue;
    }
    const first = line.charCodeAt(0);
    if (first === 32 || first === 9) continue; // continuation line
    if (first === 35 && !current) continue; // comment before a stanza
    if (!current) {
      current = { line: lineNo, fields: new Map(), junk: [] };
      out.push(current);
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      current.junk.push(lineNo);
      continue;
    }
    const name = line.slice(0, colon);
    if (!current.fields.has(name))
      current.fields.set(name, line.slice(colon + 1, colon + 1 + MAX_VALUE).trim());
    if (end === body.length) break;
  }
  return out;
}
