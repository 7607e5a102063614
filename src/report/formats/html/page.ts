/**
 * The page shell: doctype, a strict Content-Security-Policy (the one stylesheet and the one script,
 * each allowed by its SHA-256 hash; nothing else may load), no referrer, and the body sections.
 */
import { createHash } from 'node:crypto';
import { text } from './escape.js';
import { SCRIPT } from './script.js';
import { STYLE } from './style.js';

/** `'sha256-…'`: the CSP source expression for an inline element's exact text. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** The policy: nothing loads except the inline style and script whose hashes it names, and data: images. */
export function contentSecurityPolicy(style: string = STYLE, script: string = SCRIPT): string {
  return [
    "default-src 'none'",
    `style-src ${cspHash(style)}`,
    `script-src ${cspHash(script)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export interface PageParts {
  title: string;
  /** Already-escaped HTML of the body. */
  body: string;
}

export function page(parts: PageParts): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${text(parts.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    parts.body,
    '</main>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
