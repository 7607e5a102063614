/**
 * pnpm 11+ may write pnpm-lock.yaml as two YAML documents: an "env" document (config dependencies,
 * the pnpm version resolved for the project, with their packages/snapshots) followed by the project
 * lockfile. parseYamlFile reads one document, so the text is split at document markers first, in one
 * linear pass. YAML forbids a `---` or `...` line at column 0 inside content (even in block
 * scalars), so column-0 markers are exactly the document boundaries.
 */

/** pnpm writes at most two; anything far above is not a lockfile. */
export const MAX_DOCUMENTS = 8;

export interface YamlDocument {
  /**
   * The document's text, preceded by one newline per line before it: parse errors and the line
   * pass then report lines of the whole file without any offset arithmetic.
   */
  text: string;
  /** 1-based line where the document starts (its `---`, or 1). */
  firstLine: number;
}

function isMarker(text: string, start: number, end: number, ch: number): boolean {
  if (end - start < 3) return false;
  if (
    text.charCodeAt(start) !== ch ||
    text.charCodeAt(start + 1) !== ch ||
    text.charCodeAt(start + 2) !== ch
  ) {
    return false;
  }
  if (end - start === 3) return true;
  const next = text.charCodeAt(start + 3);
  return next === 32 || next === 9 || next === 13;
}

/** Whether a slice holds anything but blank lines, comments and document markers. */
function hasContent(text: string, from: number, to: number): boolean {
  let pos = from;
  while (pos < to) {
    let end = text.indexOf('\n', pos);
    if (end < 0 || end > to) end = to;
    let i = pos;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13))
      i++;
    if (
      i < end &&
      text.charCodeAt(i) !== 35 &&
      !isMarker(text, pos, end, 45) &&
      !isMarker(text, pos, end, 46)
    ) {
      return true;
    }
    pos = end + 1;
  }
  return false;
}

/**
 * Splits the text at column-0 `---` markers. Segments with no content are dropped; a file of one
 * document gives one segment equal to the text. Undefined when there are more than MAX_DOCUMENTS.
 */
export function splitDocuments(text: string): YamlDocument[] | undefined {
  const starts: Array<{ offset: number; line: number }> = [];
  let lineNo = 1;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (isMarker(text, pos, end, 45)) starts.push({ offset: pos, line: lineNo });
    pos = end + 1;
    lineNo++;
  }
  if (starts.length === 0 || starts[0]!.offset > 0) starts.unshift({ offset: 0, line: 1 });
  const docs: YamlDocument[] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!.offset;
    const to = i + 1 < starts.length ? starts[i + 1]!.offset : text.length;
    if (!hasContent(text, from, to)) continue;
    if (docs.length === MAX_DOCUMENTS) return undefined;
    const line = starts[i]!.line;
    const body = from === 0 && to === text.length ? text : text.slice(from, to);
    docs.push({ text: line > 1 ? '\n'.repeat(line - 1) + body : body, firstLine: line });
  }
  return docs;
}
