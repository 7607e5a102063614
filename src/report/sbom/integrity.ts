/**
 * Digests from a lockfile integrity string (Subresource Integrity: `sha512-<base64>`, several
 * space-separated entries allowed). Shared by the CycloneDX and SPDX renderers.
 */
import { Buffer } from 'node:buffer';
import { compareStrings } from '../../core/util/compare.js';

export const DIGEST_ALGORITHMS = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'] as const;
export type DigestAlgorithm = (typeof DIGEST_ALGORITHMS)[number];

export interface Digest {
  algorithm: DigestAlgorithm;
  /** Lower-case hex. */
  hex: string;
}

const SRI_ALGORITHMS: Record<string, { algorithm: DigestAlgorithm; bytes: number }> = {
  sha1: { algorithm: 'SHA-1', bytes: 20 },
  sha256: { algorithm: 'SHA-256', bytes: 32 },
  sha384: { algorithm: 'SHA-384', bytes: 48 },
  sha512: { algorithm: 'SHA-512', bytes: 64 },
};

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * The digests an integrity string carries, sorted by algorithm then value, unique. Unknown
 * algorithms, malformed base64 and digests of the wrong length are skipped (never guessed).
 */
export function integrityDigests(integrity: string | undefined): Digest[] {
  if (!integrity) return [];
  const seen = new Set<string>();
  const out: Digest[] = [];
  for (const token of integrity.trim().split(/\s+/)) {
    const dash = token.indexOf('-');
    if (dash <= 0) continue;
    const known = SRI_ALGORITHMS[token.slice(0, dash).toLowerCase()];
    if (!known) continue;
    // SRI allows `?options` after the digest; they do not change it.
    const b64 = token.slice(dash + 1).split('?')[0] ?? '';
    if (!BASE64.test(b64) || b64.length % 4 !== 0) continue;
    const bytes = Buffer.from(b64, 'base64');
    if (bytes.length !== known.bytes) continue;
    const hex = bytes.toString('hex');
    const key = `${known.algorithm} ${hex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ algorithm: known.algorithm, hex });
  }
  return out.sort((a, b) =>
    a.algorithm === b.algorithm
      ? compareStrings(a.hex, b.hex)
      : DIGEST_ALGORITHMS.indexOf(a.algorithm) - DIGEST_ALGORITHMS.indexOf(b.algorithm),
  );
}
