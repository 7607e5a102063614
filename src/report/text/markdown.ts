/**
 * Untrusted text (package names, advisory summaries, check reasons, paths) made literal for GitHub
 * Markdown, which also renders a subset of HTML and turns `@name`, `#12` and `owner/repo#12` into
 * mentions and cross-references. Everything is one line: whitespace runs become one space, control and
 * bidi characters become visible escapes (`\x1b`), lone surrogates U+FFFD, and the text is cut to a
 * bound. No raw HTML from data ever reaches the output.
 */
import { clip, plain } from '../formats/sarif/text.js';

/** Longest value shown whole; a longer one ends with `…`. */
export const MAX_MARKDOWN_TEXT = 200;

/**
 * Plain text as literal Markdown: every character that can start emphasis, code, a link, an image,
 * HTML, an entity, a table cell, strikethrough or math is backslash-escaped (CommonMark allows it for
 * every ASCII punctuation character). `@` and `#` become one-character code spans: GitHub never
 * makes a mention or an issue reference from text inside code, and a backslash does not stop them.
 */
export function mdText(text: string, max = MAX_MARKDOWN_TEXT): string {
  return clip(plain(text), max).replace(/[\\`*_{}[\]()!|<>~&$@#]/g, (ch) =>
    ch === '@' || ch === '#' ? `\`${ch}\`` : `\\${ch}`,
  );
}

/**
 * Plain text as an inline code span (identifiers: package names, versions, ids, paths). The fence is
 * one backtick longer than the longest run inside, so the text cannot close it. In a table cell
 * (`table`), pipes are escaped: GFM splits cells before it reads code spans.
 */
export function mdCode(text: string, options: { table?: boolean; max?: number } = {}): string {
  let body = clip(plain(text), options.max ?? MAX_MARKDOWN_TEXT);
  if (options.table) body = body.replace(/\|/g, '\\|');
  let longest = 0;
  let run = 0;
  for (const ch of body) {
    run = ch === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Our own sentences that quote commands or names between backticks (task steps: "Run `npm install
 * x@1.2.3`"): the quoted parts become code spans, the rest literal text, both escaped as above. With
 * an odd number of backticks the whole is literal text. `table`: in a table cell (see mdCode).
 */
export function mdTextWithCode(text: string, max = MAX_MARKDOWN_TEXT, table = false): string {
  const parts = clip(text, max).split('`');
  if (parts.length % 2 === 0) return mdText(text, max);
  // plain() trims each piece; the spaces around a quoted part are kept.
  const literal = (p: string) =>
    p.trim() ? `${/^\s/.test(p) ? ' ' : ''}${mdText(p, max)}${/\s$/.test(p) ? ' ' : ''}` : p ? ' ' : '';
  return parts.map((p, i) => (i % 2 === 1 ? mdCode(p, { table }) : literal(p))).join('');
}

/** A finding id as a link to its osv.dev page when it is a plain id; otherwise a code span. */
export function mdAdvisory(id: string, table = false): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(id)) return mdCode(id, { table });
  return `[${id}](https://osv.dev/vulnerability/${id})`;
}
