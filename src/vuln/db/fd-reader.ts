/** Synchronous positional reads for the zip reader (yauzl's RandomAccessReader interface). */
import { readSync } from 'node:fs';
import yauzl from 'yauzl';

/** Reads of the central directory are small and sequential: serve them from one read-ahead window. */
const WINDOW = 256 * 1024;

/** Serves yauzl's reads from a file descriptor synchronously; callbacks run on the next tick. */
export class FdReader extends yauzl.RandomAccessReader {
  private readonly window = Buffer.allocUnsafe(WINDOW);
  private windowStart = 0;
  private windowLength = 0;

  constructor(private readonly fd: number) {
    super();
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null, n?: number) => void,
  ): void {
    try {
      const n =
        length > WINDOW / 4
          ? readFully(this.fd, buffer, offset, length, position)
          : this.fromWindow(buffer, offset, length, position);
      process.nextTick(callback, null, n);
    } catch (err) {
      process.nextTick(callback, err as Error);
    }
  }

  private fromWindow(buffer: Buffer, offset: number, length: number, position: number): number {
    const end = this.windowStart + this.windowLength;
    if (position < this.windowStart || position + length > end) {
      this.windowStart = position;
      this.windowLength = readFully(this.fd, this.window, 0, WINDOW, position);
    }
    const from = position - this.windowStart;
    const n = Math.max(0, Math.min(length, this.windowLength - from));
    this.window.copy(buffer, offset, from, from + n);
    return n;
  }

  override _readStreamForRange(): never {
    throw new Error('streams are not used');
  }
}

export function readFully(
  fd: number,
  buffer: Buffer,
  offset: number,
  length: number,
  position: number,
): number {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, offset + done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}
