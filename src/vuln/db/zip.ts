/**
 * Reads the `.json` entries of a zip (the osv.dev `<ECOSYSTEM>/all.zip` layout) without extracting
 * anything: yauzl walks the central directory, each entry's bytes are read at their offset and
 * inflated in memory within a cap. Entry names are data only — never paths — so `../../x.json` is
 * just a name. Bounded: entry count, per-entry and total uncompressed size, compression ratio.
 */
import { closeSync, fstatSync, openSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { FdReader, readFully } from './fd-reader.js';
import type { ImportLimits } from './limits.js';

export type ZipItem =
  | { kind: 'entry'; name: string; text: string }
  | { kind: 'problem'; name: string; reason: string }
  | { kind: 'ignored'; name: string };

/** The whole zip is refused (not a zip, too many entries, too much data); nothing from it should be kept. */
export class ZipRejected extends Error {}

const LOCAL_HEADER = 0x04034b50;
const MAX_NAME_SHOWN = 200;

function openZip(reader: FdReader, size: number): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromRandomAccessReader(
      reader,
      size,
      { lazyEntries: true, decodeStrings: false, autoClose: false, validateEntrySizes: true },
      (err, zip) =>
        err ? reject(new ZipRejected(`not a readable zip file (${err.message})`)) : resolve(zip),
    );
  });
}

/** Calls `onItem` for every entry, in central-directory order. Throws ZipRejected when the zip is refused. */
export async function readZip(
  path: string,
  limits: ImportLimits,
  onItem: (item: ZipItem) => Promise<void> | undefined,
): Promise<void> {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const zip = await openZip(new FdReader(fd), size);
    if (zip.entryCount > limits.maxZipEntries) {
      throw new ZipRejected(`${zip.entryCount} entries (limit ${limits.maxZipEntries})`);
    }
    const state = { total: 0 };
    let seen = 0;
    await new Promise<void>((resolveAll, rejectAll) => {
      let settled = false;
      const resolve = () => {
        settled = true;
        resolveAll();
      };
      const reject = (err: unknown) => {
        settled = true;
        rejectAll(err);
      };
      zip.on('error', (err: Error) => reject(new ZipRejected(`broken zip file (${err.message})`)));
      zip.on('end', () => resolve());
      // Yield to the event loop now and then so timers and I/O keep running during a long import.
      const read = () => {
        if (!settled) zip.readEntry();
      };
      const next = () => (++seen % 1000 === 0 ? setImmediate(read) : read());
      zip.on('entry', (entry: yauzl.Entry) => {
        let pending: Promise<void> | undefined;
        try {
          pending = onItem(readEntry(fd, size, entry, limits, state));
        } catch (err) {
          reject(err);
          return;
        }
        // The consumer asks to wait (its decode queue is full): read on once it has caught up.
        if (pending) pending.then(next, reject);
        else next();
      });
      read();
    });
  } finally {
    closeSync(fd);
  }
}

let scratchBuffer = Buffer.allocUnsafe(64 * 1024);

/** A reused read buffer of at least `n` bytes (entries are processed one at a time). */
function scratch(n: number): Buffer {
  if (scratchBuffer.length < n) scratchBuffer = Buffer.allocUnsafe(Math.max(n, scratchBuffer.length * 2));
  return scratchBuffer;
}

function entryName(entry: yauzl.Entry): string {
  const raw = entry.fileNameRaw ?? (entry.fileName as unknown as Buffer);
  const name = raw.toString('utf8');
  return name.length > MAX_NAME_SHOWN ? `${name.slice(0, MAX_NAME_SHOWN)}…` : name;
}

function readEntry(
  fd: number,
  size: number,
  entry: yauzl.Entry,
  limits: ImportLimits,
  state: { total: number },
): ZipItem {
  const name = entryName(entry);
  const problem = (reason: string): ZipItem => ({ kind: 'problem', name, reason });
  if (name.endsWith('/') || !name.toLowerCase().endsWith('.json')) return { kind: 'ignored', name };
  if (entry.isEncrypted()) return problem('encrypted entry');
  const method = entry.compressionMethod;
  if (method !== 0 && method !== 8) return problem(`unsupported compression method ${method}`);
  const declared = entry.uncompressedSize;
  const packed = entry.compressedSize;
  if (declared > limits.maxEntryBytes)
    return problem(`${declared} bytes uncompressed (limit ${limits.maxEntryBytes})`);
  if (declared >= limits.ratioFloorBytes && declared > packed * limits.maxRatio) {
    return problem(`compression ratio over ${limits.maxRatio}:1, typical of a zip bomb`);
  }
  // Deflate never expands data by more than a few bytes per 16 KiB block.
  if (packed > declared + (declared >> 10) + 1024 || (method === 0 && packed !== declared)) {
    return problem('compressed size does not match the uncompressed size');
  }
  state.total += declared;
  if (state.total > limits.maxZipTotalBytes) {
    throw new ZipRejected(`more than ${limits.maxZipTotalBytes} bytes uncompressed in total`);
  }
  // One read for the local header and the data (the local extra field is usually what the central one says).
  const at = entry.relativeOffsetOfLocalHeader;
  const guess = Math.min(30 + entry.fileNameLength + entry.extraFieldLength + packed + 64, size - at);
  let chunk = scratch(guess);
  const got = guess > 0 ? readFully(fd, chunk, 0, guess, at) : 0;
  if (got < 30 || chunk.readUInt32LE(0) !== LOCAL_HEADER) {
    return problem('no local file header at the offset given by the central directory');
  }
  const skip = 30 + chunk.readUInt16LE(26) + chunk.readUInt16LE(28);
  if (at + skip + packed > size) return problem('entry data runs past the end of the file');
  let data: Buffer;
  if (skip + packed <= got) data = chunk.subarray(skip, skip + packed);
  else {
    chunk = scratch(packed);
    readFully(fd, chunk, 0, packed, at + skip);
    data = chunk.subarray(0, packed);
  }
  let bytes: Buffer;
  if (method === 0) bytes = data;
  else {
    try {
      bytes = inflateRawSync(data, { maxOutputLength: Math.max(1, declared) });
    } catch (err) {
      const code = (err as { code?: string }).code;
      return problem(
        code === 'ERR_BUFFER_TOO_LARGE' ? 'inflates past its declared size' : 'corrupt deflate data',
      );
    }
  }
  if (bytes.length !== declared) return problem(`inflates to ${bytes.length} bytes, ${declared} declared`);
  if (crc32(bytes) >>> 0 !== entry.crc32 >>> 0) return problem('CRC-32 mismatch (corrupt entry)');
  return { kind: 'entry', name, text: bytes.toString('utf8') };
}
