import { escapeUnsafe } from '../../core/util/quote.js';

/** `\x1b` for C0/C1 controls and DEL, `\u{202e}` for the bidi controls: short, and plain to read. */
function terminalEscape(c: number): string {
  return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u{${c.toString(16)}}`;
}

/**
 * Makes untrusted text safe to print on a terminal: the characters `isUnsafeCodePoint` names (C0/C1
 * controls such as ESC sequences, carriage returns, backspaces; Unicode bidirectional controls) become
 * visible `\xNN` / `\u{NNNN}` escapes, so a package name cannot recolour, move the cursor or hide text.
 * For a value quoted inside a message, see `quote` in core/util/quote.ts.
 */
export function sanitizeTerminal(text: string): string {
  return escapeUnsafe(text, terminalEscape);
}
