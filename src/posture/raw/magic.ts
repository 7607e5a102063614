/**
 * The file types Scorecard's Binary-Artifacts check recognises by content (through the
 * h2non/filetype magic numbers it uses), limited to the types it counts as binaries. Only the
 * first HEAD_BYTES bytes are examined, as Scorecard does.
 */
export const HEAD_BYTES = 1024;

type Matcher = (b: Buffer) => boolean;

const prefix =
  (...bytes: number[]): Matcher =>
  (b) =>
    b.length >= bytes.length && bytes.every((x, i) => b[i] === x);

const MACHO_MAGICS = [
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xfe, 0xed, 0xfa, 0xce],
  [0xbe, 0xba, 0xfe, 0xca],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe],
];

const dex: Matcher = (b) =>
  b.length > 36 && b[0] === 0x64 && b[1] === 0x65 && b[2] === 0x78 && b[3] === 0x0a && b[36] === 0x70;

/** Type name (filetype's extension) -> matcher. ISO images need 32 KB and are never seen in 1 KB. */
const MAGIC: ReadonlyArray<[string, Matcher]> = [
  ['exe', prefix(0x4d, 0x5a)],
  ['crx', prefix(0x43, 0x72, 0x32, 0x34)],
  ['deb', prefix(...Buffer.from('!<arch>\ndebian-binary'))],
  ['rpm', (b) => b.length > 96 && prefix(0xed, 0xab, 0xee, 0xdb)(b)],
  ['elf', (b) => b.length > 52 && prefix(0x7f, 0x45, 0x4c, 0x46)(b)],
  ['macho', (b) => MACHO_MAGICS.some((m) => prefix(...m)(b))],
  ['wasm', prefix(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00)],
  ['dex', dex],
  ['dey', (b) => b.length > 100 && prefix(0x64, 0x65, 0x79, 0x0a)(b) && dex(b.subarray(40, 100))],
];

/** The binary type the content announces, if it is one Scorecard counts. */
export function binaryMagic(head: Buffer): string | undefined {
  return MAGIC.find(([, m]) => m(head))?.[0];
}

/** Scorecard's extensions of binary files (counted when the content is not text). */
export const BINARY_EXTENSIONS: ReadonlySet<string> = new Set([
  'crx',
  'deb',
  'dex',
  'dey',
  'elf',
  'o',
  'a',
  'so',
  'macho',
  'iso',
  'class',
  'jar',
  'bundle',
  'dylib',
  'lib',
  'msi',
  'dll',
  'drv',
  'efi',
  'exe',
  'ocx',
  'pyc',
  'pyo',
  'par',
  'rpm',
  'wasm',
  'whl',
]);

/**
 * Scorecard's isText: no control character other than tab, newline and carriage return, ignoring
 * the last 3 bytes (a character may be cut there). Bytes under 0x20 are never inside a UTF-8
 * sequence, so a byte scan is exact.
 */
export function isText(head: Buffer): boolean {
  for (let i = 0; i + 4 <= head.length; i++) {
    const c = head[i]!;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}
