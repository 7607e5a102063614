/**
 * Response cache keyed by URL (and by which token asked): in memory for the life of a client, and
 * optionally on disk between runs. A memory entry is served without a request; a disk entry is
 * revalidated with `If-None-Match` (a 304 costs no rate limit on GitHub). Disk files are private
 * (0600 in a 0700 folder), size-capped and parsed on read: a damaged file is ignored, never trusted.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export interface CachedResponse {
  etag: string;
  /** The response body as received. */
  text: string;
  /** The Link header of the cached page (a 304 need not repeat it). */
  link: string | null;
}

const DiskEntry = z.object({
  v: z.literal(1),
  key: z.string(),
  etag: z.string(),
  text: z.string(),
  link: z.string().nullable(),
});

/** Most entries, and most body characters, kept in memory; the oldest are dropped first. */
export const MAX_MEMORY_ENTRIES = 2000;
export const MAX_MEMORY_CHARS = 64 * 1024 * 1024;

export interface CacheLookup {
  entry: CachedResponse;
  /** Read or revalidated by this client: serve without asking. */
  fresh: boolean;
}

export class ResponseCache {
  readonly #memory = new Map<string, CacheLookup>();
  #memoryChars = 0;
  readonly #dir: string | undefined;
  readonly #maxBytes: number;

  /** `dir`: optional folder for the on-disk cache; `maxBytes`: largest file read back. */
  constructor(dir: string | undefined, maxBytes: number) {
    this.#dir = dir;
    this.#maxBytes = maxBytes;
  }

  get(key: string): CacheLookup | undefined {
    const hit = this.#memory.get(key);
    if (hit) return hit;
    const entry = this.#readDisk(key);
    return entry ? { entry, fresh: false } : undefined;
  }

  /** Stores a response this client just received (fresh for the rest of its life). */
  set(key: string, entry: CachedResponse): void {
    this.#remember(key, entry);
    this.#writeDisk(key, entry);
  }

  /** The server confirmed a disk entry (304): serve it from memory from now on. */
  confirm(key: string, entry: CachedResponse): void {
    this.#remember(key, entry);
  }

  #remember(key: string, entry: CachedResponse): void {
    this.#forget(key);
    this.#memory.set(key, { entry, fresh: true });
    this.#memoryChars += entry.text.length;
    while (this.#memory.size > MAX_MEMORY_ENTRIES || this.#memoryChars > MAX_MEMORY_CHARS) {
      const oldest = this.#memory.keys().next().value;
      if (oldest === undefined) break;
      this.#forget(oldest);
    }
  }

  #forget(key: string): void {
    const old = this.#memory.get(key);
    if (!old) return;
    this.#memoryChars -= old.entry.text.length;
    this.#memory.delete(key);
  }

  #file(key: string): string | undefined {
    if (!this.#dir) return undefined;
    return join(this.#dir, `${createHash('sha256').update(key).digest('hex')}.json`);
  }

  #readDisk(key: string): CachedResponse | undefined {
    const file = this.#file(key);
    if (!file) return undefined;
    try {
      if (statSync(file).size > this.#maxBytes * 2) return undefined;
      const parsed = DiskEntry.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success || parsed.data.key !== key) return undefined;
      return { etag: parsed.data.etag, text: parsed.data.text, link: parsed.data.link };
    } catch {
      return undefined; // absent or damaged: ask the server again
    }
  }

  #writeDisk(key: string, entry: CachedResponse): void {
    const file = this.#file(key);
    if (!file || !this.#dir) return;
    try {
      mkdirSync(this.#dir, { recursive: true, mode: 0o700 });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ v: 1, key, ...entry }), { mode: 0o600 });
      renameSync(tmp, file);
    } catch {
      // A cache that cannot be written only costs a request next time.
    }
  }
}

/** Part of a cache key that tells tokens apart without storing them. */
export function tokenFingerprint(token: string | undefined): string {
  return token ? createHash('sha256').update(token).digest('hex').slice(0, 16) : 'anonymous';
}
