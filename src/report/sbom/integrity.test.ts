import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { type Digest, integrityDigests } from './integrity.js';

const b64 = (alg: string, text: string) => createHash(alg).update(text).digest('base64');
const hex = (alg: string, text: string) => createHash(alg).update(text).digest('hex');

describe('integrityDigests', () => {
  const table: [string, string | undefined, Digest[]][] = [
    ['nothing', undefined, []],
    ['empty', '', []],
    ['sha512', `sha512-${b64('sha512', 'a')}`, [{ algorithm: 'SHA-512', hex: hex('sha512', 'a') }]],
    ['sha1 (old lockfiles)', `sha1-${b64('sha1', 'a')}`, [{ algorithm: 'SHA-1', hex: hex('sha1', 'a') }]],
    ['sha256', `sha256-${b64('sha256', 'a')}`, [{ algorithm: 'SHA-256', hex: hex('sha256', 'a') }]],
    ['sha384', `sha384-${b64('sha384', 'a')}`, [{ algorithm: 'SHA-384', hex: hex('sha384', 'a') }]],
    [
      'several, sorted by algorithm, options ignored',
      `  sha512-${b64('sha512', 'a')}?x=1 sha1-${b64('sha1', 'a')}\tmd5-${b64('md5', 'a')} `,
      [
        { algorithm: 'SHA-1', hex: hex('sha1', 'a') },
        { algorithm: 'SHA-512', hex: hex('sha512', 'a') },
      ],
    ],
    [
      'duplicates once',
      `sha1-${b64('sha1', 'a')} sha1-${b64('sha1', 'a')}`,
      [{ algorithm: 'SHA-1', hex: hex('sha1', 'a') }],
    ],
    ['unknown algorithm', `md5-${b64('md5', 'a')}`, []],
    ['not base64', 'sha512-!!!', []],
    ['wrong length for the algorithm', `sha512-${b64('sha1', 'a')}`, []],
    ['no digest', 'sha512-', []],
    ['yarn berry checksum (not SRI)', '10c0/abcdef', []],
    ['no algorithm', `-${b64('sha1', 'a')}`, []],
    ['a dash only', '-', []],
    ['two dashes', `sha1--${b64('sha1', 'a')}`, []],
    ['too much padding', `sha1-${b64('sha1', 'a')}=`, []],
    ['padding inside', `sha1-${b64('sha1', 'a').replace('=', '')}=A`, []],
    ['options only', `sha1-?${b64('sha1', 'a')}`, []],
    ['upper-case algorithm', `SHA1-${b64('sha1', 'a')}`, [{ algorithm: 'SHA-1', hex: hex('sha1', 'a') }]],
    [
      'options with a dash; a token glued to another is not split',
      `sha1-${b64('sha1', 'a')}?x-y sha512-${b64('sha512', 'a')}sha1-${b64('sha1', 'a')}`,
      [{ algorithm: 'SHA-1', hex: hex('sha1', 'a') }],
    ],
    [
      'any JavaScript white space separates (U+3000), U+180E does not',
      `sha1-${b64('sha1', 'a')}\u3000sha256-${b64('sha256', 'a')}\u180e`,
      [{ algorithm: 'SHA-1', hex: hex('sha1', 'a') }],
    ],
  ];
  for (const [name, input, want] of table) {
    it(name, () => assert.deepEqual(integrityDigests(input), want));
  }
});
