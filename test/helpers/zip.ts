/**
 * A minimal zip writer for tests and benchmarks: deflate (zlib deflateRawSync) or stored entries,
 * zip64 end records past 65,535 entries (as the osv.dev all.zip files have), and knobs to write
 * hostile archives (lying sizes, odd names, other compression methods). No extraction, no reading.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  /** Written as given (UTF-8), including `../` or absolute names. */
  name: string;
  data: string | Buffer;
  method?: 'deflate' | 'store';
  /** Uncompressed size written in the headers instead of the real one (to lie). */
  declaredSize?: number;
  /** Compression method number written instead of the real one. */
  methodNumber?: number;
}

const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01

export class ZipWriter {
  private offset = 0;
  private readonly central: Buffer[] = [];
  private count = 0;

  constructor(private readonly write: (chunk: Buffer) => void) {}

  add(spec: ZipEntrySpec): void {
    const raw = typeof spec.data === 'string' ? Buffer.from(spec.data, 'utf8') : spec.data;
    const store = spec.method === 'store';
    const packed = store ? raw : deflateRawSync(raw);
    const method = spec.methodNumber ?? (store ? 0 : 8);
    const size = spec.declaredSize ?? raw.length;
    const crc = crc32(raw) >>> 0;
    const name = Buffer.from(spec.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt16LE(0, 12);
    cd.writeUInt16LE(DOS_DATE, 14);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(packed.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(this.offset, 42);
    this.central.push(cd, name);
    this.emit(local);
    this.emit(name);
    this.emit(packed);
    this.count++;
  }

  /** Writes the central directory and end records (zip64 ones past 65,535 entries). */
  finish(): void {
    const cdOffset = this.offset;
    for (const b of this.central) this.emit(b);
    const cdSize = this.offset - cdOffset;
    const zip64 = this.count > 0xffff;
    if (zip64) {
      const recordAt = this.offset;
      const rec = Buffer.alloc(56);
      rec.writeUInt32LE(0x06064b50, 0);
      rec.writeBigUInt64LE(44n, 4);
      rec.writeUInt16LE(45, 12);
      rec.writeUInt16LE(45, 14);
      rec.writeBigUInt64LE(BigInt(this.count), 24);
      rec.writeBigUInt64LE(BigInt(this.count), 32);
      rec.writeBigUInt64LE(BigInt(cdSize), 40);
      rec.writeBigUInt64LE(BigInt(cdOffset), 48);
      const loc = Buffer.alloc(20);
      loc.writeUInt32LE(0x07064b50, 0);
      loc.writeBigUInt64LE(BigInt(recordAt), 8);
      loc.writeUInt32LE(1, 16);
      this.emit(rec);
      this.emit(loc);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(zip64 ? 0xffff : this.count, 8);
    end.writeUInt16LE(zip64 ? 0xffff : this.count, 10);
    end.writeUInt32LE(cdSize, 12);
    end.writeUInt32LE(cdOffset, 16);
    this.emit(end);
  }

  private emit(chunk: Buffer): void {
    this.write(chunk);
    this.offset += chunk.length;
  }
}

/** A whole zip in memory. */
export function zipBuffer(entries: readonly ZipEntrySpec[]): Buffer {
  const chunks: Buffer[] = [];
  const w = new ZipWriter((c) => chunks.push(c));
  for (const e of entries) w.add(e);
  w.finish();
  return Buffer.concat(chunks);
}

/** Writes a zip file entry by entry (for large synthetic archives). */
export function writeZipFile(path: string, entries: Iterable<ZipEntrySpec>): void {
  const fd = openSync(path, 'w');
  try {
    const w = new ZipWriter((c) => {
      for (let done = 0; done < c.length; ) done += writeSync(fd, c, done);
    });
    for (const e of entries) w.add(e);
    w.finish();
  } finally {
    closeSync(fd);
  }
}
