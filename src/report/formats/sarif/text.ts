/**
 * Untrusted text (package names, advisory summaries, ids, paths, URLs) made safe for each kind of
 * SARIF field: plain text, GitHub-flavoured markdown, URI references and links.
 */
import { sanitizeTerminal } from '../../text/sanitize.js';

/** Lone UTF-16 surrogates (not encodable as UTF-8 or in a URI) replaced by U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * One line of plain text: whitespace runs (newlines included) become one space, control and bidi
 * characters become visible escapes (`\x1b`), lone surrogates U+FFFD. Never emits a raw control.
 */
export function plain(text: string): string {
  if (/^[!-~]+( [!-~]+)*$/.test(text)) return text; // printable ASCII, single spaces: nothing to do
  return sanitizeTerminal(wellFormed(text).replace(/\s+/g, ' ').trim());
}

/** At most `max` UTF-16 units, ending in `…` when cut (never in the middle of a surrogate pair). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * Plain text as literal GitHub markdown: the characters that can start emphasis, code, links, images,
 * HTML, entities, table cells, strikethrough, math, mentions or issue links are backslash-escaped
 * (CommonMark allows it for every ASCII punctuation character). Line-start syntax (headings, lists)
 * cannot arise: the text is one line and never starts a markdown line.
 */
export function markdown(text: string): string {
  return plain(text).replace(/[\\`*_{}[\]()#!|<>~&$@]/g, '\\$&');
}

/** Keeps what a URI path segment may hold unencoded (RFC 3986 pchar, minus `:`). */
const SEGMENT_SAFE = /%(40|21|24|26|27|28|29|2A|2B|2C|3B|3D)/g;

/**
 * A relative POSIX path as a relative URI reference: each segment percent-encoded (UTF-8), `@` and
 * the sub-delimiters kept, `:` encoded (a colon in the first segment would read as a scheme).
 */
export function uriPath(path: string): string {
  return wellFormed(path)
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(SEGMENT_SAFE, (m) => decodeURIComponent(m)))
    .join('/');
}

/** An http(s) URL as an absolute URI safe for a markdown link target, or undefined. */
export function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(wellFormed(url));
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    parsed.username = '';
    parsed.password = '';
    return parsed.href.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return undefined;
  }
}
