/**
 * Makes untrusted text safe to print on a terminal: C0/C1 control characters (ESC sequences,
 * carriage returns, backspaces...) and Unicode bidirectional overrides become visible `\xNN` /
 * `\u{NNNN}` escapes, so a package name cannot recolour, move the cursor or hide text.
 */
export function sanitizeTerminal(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f) {
      out += `\\u{${c.toString(16)}}`;
    } else out += ch;
  }
  return out;
}
