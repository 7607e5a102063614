/**
 * Lines of the entries of a TOML array of tables (`[[package]]`), found with one linear scan of the
 * text: per header, the line of its `name = ...` key (where scalibr and readers point), else the
 * header's own line. Multi-line strings are skipped, so a `name = ` inside a description is not
 * taken; sub-tables (`[package.dependencies]`, `[[package.wheels]]`) end the search for the name.
 */

export interface EntryLine {
  /** 1-based line of the `[[table]]` header. */
  header: number;
  /** 1-based line of the entry's `name` key, or the header line when it has none. */
  name: number;
}

/** The value of a one-line `name = "x"` / `name = 'x'` key, else undefined. */
function nameValue(line: string): string | undefined {
  if (!line.startsWith('name')) return undefined;
  let i = 4;
  while (line[i] === ' ' || line[i] === '\t') i++;
  if (line[i] !== '=') return undefined;
  i++;
  while (line[i] === ' ' || line[i] === '\t') i++;
  const q = line[i];
  if (q !== '"' && q !== "'") return undefined;
  const end = line.indexOf(q, i + 1);
  return end < 0 ? undefined : line.slice(i + 1, end);
}

/** Count of non-overlapping `delim` occurrences in `line`. */
function count(line: string, delim: string): number {
  let n = 0;
  for (let at = line.indexOf(delim); at >= 0; at = line.indexOf(delim, at + delim.length)) n++;
  return n;
}

/** One EntryLine per `[[table]]` header of the text, in order (the order TOML parsers return them in). */
export function arrayTableLines(text: string, table: string): EntryLine[] {
  const header = `[[${table}]]`;
  const out: EntryLine[] = [];
  let current: EntryLine | undefined;
  let lookingForName = false;
  let inMultiline: '"""' | "'''" | undefined;
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (inMultiline) {
      if (count(line, inMultiline) % 2 === 1) inMultiline = undefined;
      continue;
    }
    if (line.startsWith('[')) {
      const compact = line.replace(/\s+/g, '');
      if (
        compact.startsWith(header) &&
        (compact.length === header.length || compact[header.length] === '#')
      ) {
        current = { header: lineNo, name: lineNo };
        out.push(current);
        lookingForName = true;
      } else {
        lookingForName = false;
      }
      continue;
    }
    if (line.startsWith('#') || line === '') continue;
    if (count(line, '"""') % 2 === 1) inMultiline = '"""';
    else if (count(line, "'''") % 2 === 1) inMultiline = "'''";
    if (lookingForName && current && !inMultiline && nameValue(line) !== undefined) {
      current.name = lineNo;
      lookingForName = false;
    }
  }
  return out;
}
