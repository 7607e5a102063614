/**
 * One HTTP GET of an ecosystem's all.zip into a temporary file beside the database: conditional
 * (If-None-Match / If-Modified-Since), size-capped, idle-timed-out, md5-verified against the
 * server's x-goog-hash. Failures are ExternalSourceError naming the URL and what to do.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { ExternalSourceError } from '../../core/errors/index.js';
import { tempDownloadPath } from './temp-files.js';

export interface FetchResult {
  status: 'not-modified' | 'ok';
  response: Response;
  /** Aborts the request (cancels a body that will not be read). */
  abort(): void;
  /** Restarts the idle timer; stops it when `stop` is true. */
  touch(stop?: boolean): void;
}

export function airGapHint(url: string): string {
  return (
    'Check the network and retry; use --base-url (or STERLING_OSV_BASE_URL) to download from a mirror; ' +
    `on an air-gapped machine, download ${url} elsewhere and run \`sterling db import all.zip\`.`
  );
}

function describe(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return 'timed out';
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(err);
}

/** GETs `url` with the given headers; 200 and 304 are results, everything else an ExternalSourceError. */
export async function conditionalGet(
  url: string,
  headers: Record<string, string>,
  fetchImpl: typeof fetch,
  idleTimeoutMs: number,
): Promise<FetchResult> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const touch = (stop = false) => {
    if (timer) clearTimeout(timer);
    timer = stop ? undefined : setTimeout(() => controller.abort(), idleTimeoutMs);
  };
  touch();
  let response: Response;
  try {
    response = await fetchImpl(url, { headers, signal: controller.signal, redirect: 'follow' });
  } catch (err) {
    touch(true);
    throw new ExternalSourceError(`cannot download ${url}: ${describe(err)}`, airGapHint(url));
  }
  const result: FetchResult = {
    status: response.status === 304 ? 'not-modified' : 'ok',
    response,
    abort: () => {
      touch(true);
      controller.abort();
    },
    touch,
  };
  if (response.status === 304) result.abort();
  if (response.status === 304 || response.status === 200) return result;
  result.abort();
  const hint =
    response.status === 404
      ? 'Ecosystem names are case-sensitive, as OSV writes them (npm, PyPI, Go, crates.io, Maven, RubyGems, NuGet, Packagist, Debian, Alpine...).'
      : airGapHint(url);
  throw new ExternalSourceError(`cannot download ${url}: HTTP ${response.status}`, hint);
}

export interface Downloaded {
  path: string;
  bytes: number;
  /** Base64 md5 of the bytes received. */
  md5: string;
}

/** Streams the body into a new temporary file beside `dbPath`; removes it on any failure. */
export async function saveBody(
  result: FetchResult,
  url: string,
  dbPath: string,
  maxBytes: number,
  onBytes: (n: number) => void,
): Promise<Downloaded> {
  const tmp = tempDownloadPath(dbPath);
  const declared = Number(result.response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    result.abort();
    throw new ExternalSourceError(
      `${url} is ${declared} bytes, over the ${maxBytes}-byte limit`,
      airGapHint(url),
    );
  }
  const md5 = createHash('md5');
  let fd: number | undefined;
  let bytes = 0;
  try {
    fd = openSync(tmp, 'wx', 0o600);
    if (!result.response.body) throw new Error('empty response body');
    for await (const chunk of result.response.body as AsyncIterable<Uint8Array>) {
      result.touch();
      bytes += chunk.length;
      if (bytes > maxBytes) {
        throw new ExternalSourceError(`${url} is larger than the ${maxBytes}-byte limit`, airGapHint(url));
      }
      md5.update(chunk);
      for (let done = 0; done < chunk.length; ) done += writeSync(fd, chunk, done);
      onBytes(bytes);
    }
    result.touch(true);
    closeSync(fd);
    return { path: tmp, bytes, md5: md5.digest('base64') };
  } catch (err) {
    result.abort();
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      rmSync(tmp, { force: true });
    }
    if (err instanceof ExternalSourceError) throw err;
    throw new ExternalSourceError(`download of ${url} failed: ${describe(err)}`, airGapHint(url));
  }
}

/** `md5` / `crc32c` values of an x-goog-hash header (`crc32c=..., md5=...`), parsed without a regex. */
export function parseGoogHash(header: string | null): { md5?: string; crc32c?: string } {
  const out: { md5?: string; crc32c?: string } = {};
  if (!header) return out;
  for (const part of header.split(',')) {
    const item = part.trim();
    const eq = item.indexOf('=');
    if (eq < 0) continue;
    const key = item.slice(0, eq).toLowerCase();
    const value = item.slice(eq + 1);
    if (key === 'md5' && value) out.md5 = value;
    else if (key === 'crc32c' && value) out.crc32c = value;
  }
  return out;
}
