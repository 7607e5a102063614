import { isUnsafeCodePoint } from '../core/util/quote.js';

/** True when the text has no whitespace and no control character (ids and package references). */
export function isPlainToken(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || isUnsafeCodePoint(c)) return false;
  }
  return true;
}

/** True when `text` has at least one character that is not a space. */
export function hasText(text: string): boolean {
  return text.trim().length > 0;
}
