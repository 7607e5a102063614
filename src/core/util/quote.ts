/**
 * Text read from a scanned file (package names, keys, versions, a parser's error quoting the file) is
 * untrusted: put raw into a message, it could recolour a terminal, move the cursor, hide or reorder
 * text, or break a log line. Everything here loops over the text; no regular expression.
 */

/** Longest value, in code points, that `quote` shows whole; a longer one is cut and ends with `…`. */
export const MAX_QUOTED_LENGTH = 200;

/**
 * Characters that can steer a terminal or reorder what it shows: C0 controls (ESC, CR, BS...), DEL,
 * C1 controls (U+0080-U+009F, e.g. the one-byte CSI U+009B) and the Unicode bidirectional controls
 * (ALM U+061C, LRM U+200E, RLM U+200F, embeddings and overrides U+202A-U+202E, isolates
 * U+2066-U+2069) behind "Trojan Source" text. All of them are in the BMP.
 */
export function isUnsafeCodePoint(c: number): boolean {
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x061c ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

/**
 * `text` with each unsafe character replaced by `replace(codePoint)`, everything else kept. Walks code
 * units: every unsafe character is one, and no half of a surrogate pair is unsafe.
 */
export function escapeUnsafe(text: string, replace: (codePoint: number) => string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isUnsafeCodePoint(c)) continue;
    out += text.slice(from, i) + replace(c);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `\u001b`: the JSON escape of one code unit. */
function jsonEscape(c: number): string {
  return `\\u${c.toString(16).padStart(4, '0')}`;
}

/**
 * Free text for a message (e.g. a parser's error that quotes file content) with every unsafe character
 * as a JSON-style `\uXXXX` escape. Neither quoted nor bounded: use `quote` for a value from the file.
 */
export function escapeControls(text: string): string {
  return escapeUnsafe(text, jsonEscape);
}

/** `value` cut to at most `max` code points (a surrogate pair is never split), with `…` when cut. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  let points = 0;
  for (let i = 0; i < value.length; points++) {
    if (points === max) return `${value.slice(0, i)}…`;
    i += (value.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  }
  return value;
}

/**
 * A value from a scanned file, ready for a message: JSON-quoted (`"left-pad"`; quotes, backslashes and
 * C0 controls escaped by JSON), DEL, C1 and bidi controls escaped as `\uXXXX` too, and cut to `max`
 * code points with `…`. The result is a valid JSON string literal with no raw control character.
 */
export function quote(value: string, max = MAX_QUOTED_LENGTH): string {
  return escapeUnsafe(JSON.stringify(truncate(value, max)), jsonEscape);
}
