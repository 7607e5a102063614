/**
 * A badge as SVG, in the flat two-box style READMEs use (grey label, coloured value): pure and
 * deterministic, text escaped for XML, `role="img"` with a `<title>` for screen readers.
 */
import { clip, wellFormed } from '../formats/sarif/text.js';
import { sanitizeTerminal } from '../text/sanitize.js';
import { textWidth } from './widths.js';

export interface Badge {
  label: string;
  value: string;
  /** `#rgb` or `#rrggbb`. */
  color: string;
}

const LABEL_COLOR = '#555';
const PADDING = 6;
const MAX_TEXT = 60;
const FONT = 'Verdana,Geneva,DejaVu Sans,sans-serif';

/** Text for XML: one line, no control character (shown as `\x1b`), bounded, entities for markup. */
export function xmlText(text: string): string {
  const one = sanitizeTerminal(wellFormed(text).replace(/\s+/g, ' ').trim());
  return clip(one, MAX_TEXT).replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch,
  );
}

function plainText(text: string): string {
  return clip(sanitizeTerminal(wellFormed(text).replace(/\s+/g, ' ').trim()), MAX_TEXT);
}

export function badgeSvg(badge: Badge): string {
  if (!/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(badge.color)) throw new Error(`not a colour: ${badge.color}`);
  const label = plainText(badge.label);
  const value = plainText(badge.value);
  const lw = Math.round(textWidth(label) + 2 * PADDING);
  const vw = Math.round(textWidth(value) + 2 * PADDING);
  const w = lw + vw;
  const title = xmlText(`${label}: ${value}`);
  const text = (x: number, s: string) =>
    `<text x="${x}" y="15" fill="#010101" fill-opacity=".3">${xmlText(s)}</text><text x="${x}" y="14">${xmlText(s)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
    `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="${LABEL_COLOR}"/><rect x="${lw}" width="${vw}" height="20" fill="${badge.color}"/><rect width="${w}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="${FONT}" font-size="11">${text(lw / 2, label)}${text(lw + vw / 2, value)}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
