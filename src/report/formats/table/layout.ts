/**
 * Terminal layout helpers: columns, section headings, and fitting a line to the width. Text reaching
 * here is already sanitised (no control character from data), so the only escape sequences in a line
 * are our own colour codes (SGR, `ESC [ ... m`); cutting never splits one.
 */
import type { Colors } from 'picocolors/types.js';

/** Width when the caller gives none (a file, a pipe, a test). */
export const DEFAULT_TABLE_WIDTH = 100;

/** Pads to a column; a value wider than the column still gets one space before the next. */
export function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text + ' '.repeat(width - text.length);
}

/** `text` (plain) cut to `max` code points, ending with `…` when cut. */
export function clipPlain(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Index after the escape sequence starting at `i` (ESC `[` parameters, final byte), else `i`. */
function escapeEnd(line: string, i: number): number {
  if (line.charCodeAt(i) !== 0x1b || line[i + 1] !== '[') return i;
  let j = i + 2;
  while (j < line.length && /[0-9;]/.test(line[j]!)) j++;
  return j < line.length ? j + 1 : i;
}

/** Visible code points of a line (colour codes not counted). Wide characters count as one. */
export function visibleLength(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; ) {
    const end = escapeEnd(line, i);
    if (end > i) {
      i = end;
      continue;
    }
    i += (line.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    n++;
  }
  return n;
}

/**
 * A line cut to `width` visible columns, ending with `…` when cut; colour codes are kept whole, and a
 * cut coloured line ends with a reset so the colour does not run on.
 */
export function fitLine(line: string, width: number): string {
  if (visibleLength(line) <= width) return line;
  let out = '';
  let n = 0;
  let coloured = false;
  for (let i = 0; i < line.length && n < width - 1; ) {
    const end = escapeEnd(line, i);
    if (end > i) {
      out += line.slice(i, end);
      coloured = true;
      i = end;
      continue;
    }
    const step = (line.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    out += line.slice(i, i + step);
    i += step;
    n++;
  }
  return `${out}…${coloured ? '\u001b[0m' : ''}`;
}

/**
 * Plain text wrapped at spaces into lines of at most `width` columns after `indent`, at most
 * `maxLines` of them (the last ends with `…` when text is left).
 */
export function wrap(text: string, width: number, indent: string, maxLines: number): string[] {
  const room = Math.max(10, width - indent.length);
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && [...current].length + 1 + [...word].length > room) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  const shown = lines.slice(0, maxLines).map((l) => clipPlain(l, room));
  if (lines.length > maxLines) shown[maxLines - 1] = clipPlain(`${shown[maxLines - 1]} …`, room);
  return shown.map((l) => indent + l);
}

/** A section heading: the name, then a rule to the width. */
export function heading(c: Colors, title: string, width: number): string {
  return `${c.bold(title)} ${c.dim('─'.repeat(Math.max(3, Math.min(width, 80) - title.length - 1)))}`;
}
