/**
 * JSON string literals inside lockfile text (JSON keys, yarn.lock's quoted descriptors, YAML
 * double-quoted keys), read by the line scanners that find where entries are. No regular expression.
 */

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * Index of the `"` that closes the string opening at `text[open]`, skipping backslash escapes; -1 when
 * none does before `end`.
 */
export function closingQuote(text: string, open: number, end = text.length): number {
  let i = open + 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i;
    i += c === BACKSLASH ? 2 : 1;
  }
  return -1;
}

/** The value of a JSON string literal (quotes included), or undefined when an escape is invalid. */
export function decodeJsonString(literal: string): string | undefined {
  // Without a backslash the literal is its own content (the fast path for almost every key).
  if (!literal.includes('\\')) return literal.slice(1, -1);
  try {
    const v: unknown = JSON.parse(literal);
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}
