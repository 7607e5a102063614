/**
 * Escaping for the HTML report. Every string that comes from the scanned repository or a database
 * goes through `text` (element content and quoted attribute values) or `href` (links). Loops over
 * the text; no regular expression on untrusted input.
 */
import { escapeUnsafe } from '../../../core/util/quote.js';

/** Longest URL rendered as a link; a longer one is shown as text. */
export const MAX_URL_LENGTH = 2048;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** A control or bidi character as a visible `\xNN` / `\u{NNNN}` escape (as in the terminal). */
function visible(c: number): string {
  return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u{${c.toString(16)}}`;
}

/**
 * Text safe in element content and in a double- or single-quoted attribute value: `& < > " '` become
 * entities; C0/C1 controls (NUL, ESC, CR...), DEL and the bidi controls become visible escapes, so
 * they can neither break the markup nor reorder what the reader sees.
 */
export function text(value: string | number | undefined): string {
  if (value === undefined) return '';
  const s = escapeUnsafe(String(value), visible);
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const e = ENTITIES[s[i]!];
    if (e === undefined) continue;
    out += s.slice(from, i) + e;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** The URL, normalised, when it is an absolute http(s) URL of bounded length; otherwise undefined. */
export function safeUrl(value: string): string | undefined {
  if (value.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}

/**
 * A link to `url` labelled `label` (the URL itself by default) when the URL is http(s); anything else
 * (`javascript:`, `data:`, relative paths) is shown as plain text. Links open without a referrer.
 */
export function link(url: string, label: string = url): string {
  const href = safeUrl(url);
  if (href === undefined) return `<span class="url">${text(label)}</span>`;
  return `<a href="${text(href)}" rel="noopener noreferrer">${text(label)}</a>`;
}
