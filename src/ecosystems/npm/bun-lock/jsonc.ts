import { InputError } from '../../../core/errors/index.js';
import { lineAt } from '../../../core/parse/json.js';
import { closingQuote } from '../json-string.js';

const QUOTE = 34; // "
const SLASH = 47;
const STAR = 42;
const COMMA = 44;
const NEWLINE = 10;
const CR = 13;
const CLOSE_BRACE = 125;
const CLOSE_BRACKET = 93;

/** A stretch of the text to blank out: comments, trailing commas and a byte-order mark. */
interface Blank {
  start: number;
  end: number;
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === NEWLINE || c === CR;
}

/**
 * Turns JSONC (JSON with `//` and `/* *\/` comments and trailing commas, as bun.lock is written) into
 * plain JSON of the same length: comments and trailing commas become spaces, line breaks are kept, so
 * offsets and line numbers in the result are those of the original text. One linear pass that knows
 * where strings are (a `//` or `,]` inside a string is data), no regular expression over the text.
 * Throws InputError for an unterminated block comment; an unterminated string is left for JSON.parse.
 */
export function stripJsonc(text: string, path: string): string {
  const blanks: Blank[] = [];
  if (text.charCodeAt(0) === 0xfeff) blanks.push({ start: 0, end: 1 });
  let pendingComma = -1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      pendingComma = -1;
      const close = closingQuote(text, i, n);
      i = close < 0 ? n : close + 1;
      continue;
    }
    if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      const start = i;
      while (i < n && text.charCodeAt(i) !== NEWLINE && text.charCodeAt(i) !== CR) i++;
      blanks.push({ start, end: i });
      continue;
    }
    if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      const start = i;
      const close = text.indexOf('*/', i + 2);
      if (close < 0) {
        const line = lineAt(text, start);
        throw new InputError(`${path}:${line}: comment is never closed`, {
          path,
          line,
          hint: 'Regenerate the file with its package manager, or exclude it with --exclude.',
        });
      }
      i = close + 2;
      blanks.push({ start, end: i });
      continue;
    }
    if (isWhitespace(c)) {
      i++;
      continue;
    }
    if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && pendingComma >= 0) {
      blanks.push({ start: pendingComma, end: pendingComma + 1 });
    }
    pendingComma = c === COMMA ? i : -1;
    i++;
  }
  if (blanks.length === 0) return text;
  // A trailing comma is found after the comments that follow it: restore text order.
  blanks.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const b of blanks) {
    parts.push(text.slice(at, b.start), blankOut(text.slice(b.start, b.end)));
    at = b.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Same length, every character a space except line breaks. */
function blankOut(s: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === NEWLINE || c === CR) {
      out += ' '.repeat(run) + s[i];
      run = 0;
    } else run++;
  }
  return out + ' '.repeat(run);
}
