/**
 * Digests from a lockfile integrity string (Subresource Integrity: `sha512-<base64>`, several
 * space-separated entries allowed). Shared by the CycloneDX and SPDX renderers; called once per
 * package, so it scans each string once and decodes only digests of the right length.
 */
import { Buffer } from 'node:buffer';
import { compareStrings } from '../../core/util/compare.js';
import { isJsWhitespace } from './chars.js';

export const DIGEST_ALGORITHMS = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'] as const;
export type DigestAlgorithm = (typeof DIGEST_ALGORITHMS)[number];

export interface Digest {
  algorithm: DigestAlgorithm;
  /** Lower-case hex. */
  hex: string;
}

const SRI_ALGORITHMS = new Map<string, { algorithm: DigestAlgorithm; bytes: number }>([
  ['sha1', { algorithm: 'SHA-1', bytes: 20 }],
  ['sha256', { algorithm: 'SHA-256', bytes: 32 }],
  ['sha384', { algorithm: 'SHA-384', bytes: 48 }],
  ['sha512', { algorithm: 'SHA-512', bytes: 64 }],
]);

/** Character classes of an integrity string, for one left-to-right scan without regular expressions. */
const OTHER = 0;
const BASE64 = 1;
const PAD = 2;
const QUERY = 3;
const SPACE = 4;
const ASCII_CLASS = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') {
  ASCII_CLASS[c.charCodeAt(0)] = BASE64;
}
ASCII_CLASS['='.charCodeAt(0)] = PAD;
ASCII_CLASS['?'.charCodeAt(0)] = QUERY;
for (let c = 0; c < 128; c++) if (isJsWhitespace(c)) ASCII_CLASS[c] = SPACE;
const DASH = '-'.charCodeAt(0);

function charClass(code: number): number {
  if (code < 128) return ASCII_CLASS[code]!;
  return isJsWhitespace(code) ? SPACE : OTHER;
}

function compareDigests(a: Digest, b: Digest): number {
  return a.algorithm === b.algorithm
    ? compareStrings(a.hex, b.hex)
    : DIGEST_ALGORITHMS.indexOf(a.algorithm) - DIGEST_ALGORITHMS.indexOf(b.algorithm);
}

/**
 * The digests an integrity string carries, sorted by algorithm then value, unique. Unknown
 * algorithms, malformed base64 and digests of the wrong length are skipped (never guessed).
 *
 * Tokens are separated by white space (as `\s` defines it). A token is `<algorithm>-<base64>`,
 * optionally followed by `?<options>`, which do not change the digest. The base64 must be padded:
 * one or more of `A-Za-z0-9+/`, at most two `=`, the whole a multiple of 4 long.
 */
export function integrityDigests(integrity: string | undefined): Digest[] {
  if (!integrity) return [];
  const out: Digest[] = [];
  const end = integrity.length;
  const classAt = (i: number): number => charClass(integrity.charCodeAt(i));
  let i = 0;
  for (;;) {
    while (i < end && classAt(i) === SPACE) i++;
    if (i === end) break;
    const start = i;
    while (i < end && integrity.charCodeAt(i) !== DASH && classAt(i) !== SPACE) i++;
    if (i === end || i === start || integrity.charCodeAt(i) !== DASH) {
      while (i < end && classAt(i) !== SPACE) i++;
      continue;
    }
    const dash = i++;
    const b64Start = i;
    while (i < end && classAt(i) === BASE64) i++;
    const data = i - b64Start;
    while (i < end && classAt(i) === PAD) i++;
    const b64End = i;
    const stop = i === end ? SPACE : classAt(i);
    while (i < end && classAt(i) !== SPACE) i++;
    const padding = b64End - b64Start - data;
    if (stop !== SPACE && stop !== QUERY) continue;
    if (data === 0 || padding > 2 || (data + padding) % 4 !== 0) continue;
    const known = SRI_ALGORITHMS.get(integrity.slice(start, dash).toLowerCase());
    if (!known || Math.floor((data * 3) / 4) !== known.bytes) continue;
    const hex = Buffer.from(integrity.slice(b64Start, b64End), 'base64').toString('hex');
    out.push({ algorithm: known.algorithm, hex });
  }
  if (out.length < 2) return out;
  out.sort(compareDigests);
  return out.filter((d, k) => k === 0 || compareDigests(out[k - 1]!, d) !== 0);
}
