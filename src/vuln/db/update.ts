/**
 * `updateDatabase`: downloads `<base>/<ECOSYSTEM>/all.zip` for each ecosystem, only when it
 * changed (ETag / Last-Modified, or the x-goog-hash checksum), and imports it in one transaction.
 * Ecosystems are independent: one failing does not stop the others; failures are collected and
 * thrown together as an UpdateError (an ExternalSourceError) carrying what did succeed.
 */
import { rmSync } from 'node:fs';
import { ExternalSourceError, UsageError } from '../../core/errors/index.js';
import { airGapHint, conditionalGet, parseGoogHash, saveBody } from './download.js';
import { UpdateError } from './errors.js';
import { importRecords } from './import.js';
import type { ImportLimits } from './limits.js';
import { type VulnDb, writableHandle } from './open.js';
import { DEFAULT_OSV_BASE_URL } from './paths.js';
import { removeStaleDownloads } from './temp-files.js';
import { markChecked, readSource, readSources } from './totals.js';
import type { EcosystemUpdate, UpdateReport } from './update-report.js';

export { DEFAULT_OSV_BASE_URL };

export const ECOSYSTEM_EXAMPLES =
  'npm, PyPI, Go, crates.io, Maven, RubyGems, NuGet, Packagist, Debian, Alpine';

export type UpdateProgress =
  | { stage: 'download'; ecosystem: string; url: string; bytes: number; total?: number }
  | { stage: 'import'; ecosystem: string; records: number }
  | { stage: 'done'; ecosystem: string; result: EcosystemUpdate };

export interface UpdateOptions {
  /** Default DEFAULT_OSV_BASE_URL (callers pass osvBaseUrl(env, flag) to honour STERLING_OSV_BASE_URL). */
  baseUrl?: string;
  /** Bucket folder names; default: the ecosystems already in the database. */
  ecosystems?: readonly string[];
  fetch?: typeof fetch;
  onProgress?(e: UpdateProgress): void;
  /** Abort when the server sends nothing for this long (default 60 s). */
  idleTimeoutMs?: number;
  /** Largest all.zip accepted (default 4 GiB). */
  maxDownloadBytes?: number;
  limits?: Partial<ImportLimits>;
}

/** The bucket to download from: the flag, else $STERLING_OSV_BASE_URL, else the public osv.dev export bucket. */
export function osvBaseUrl(env: NodeJS.ProcessEnv = process.env, flag?: string): string {
  return flag || env.STERLING_OSV_BASE_URL || DEFAULT_OSV_BASE_URL;
}

/** The all.zip URL of an ecosystem: base without trailing slashes + the URL-encoded folder name. */
export function allZipUrl(baseUrl: string, ecosystem: string): string {
  let end = baseUrl.length;
  while (end > 0 && baseUrl.charCodeAt(end - 1) === 47) end--;
  return `${baseUrl.slice(0, end)}/${encodeURIComponent(ecosystem)}/all.zip`;
}

export function checkBaseUrl(baseUrl: string): void {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new UsageError(`--base-url: "${baseUrl}" is not a URL`, `Use e.g. ${DEFAULT_OSV_BASE_URL}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`--base-url: only http and https URLs are supported, not ${url.protocol}`);
  }
}

function checkEcosystem(name: string): void {
  let ok = name.length > 0 && name.length <= 100 && name !== '.' && name !== '..';
  for (let i = 0; ok && i < name.length; i++)
    if (name.charCodeAt(i) < 0x20 || name.charCodeAt(i) === 0x7f) ok = false;
  if (!ok)
    throw new UsageError(`"${name}" is not an OSV ecosystem name`, `Use one of e.g. ${ECOSYSTEM_EXAMPLES}.`);
}

/** The usage error for an update that names no ecosystem when the database has none. */
export function noEcosystemsError(): UsageError {
  return new UsageError(
    'no ecosystems to update: the database has none yet',
    `Name them, e.g. \`sterling db update --ecosystem npm --ecosystem PyPI\` (as OSV names them: ${ECOSYSTEM_EXAMPLES}).`,
  );
}

export async function updateDatabase(db: VulnDb, opts: UpdateOptions = {}): Promise<UpdateReport> {
  const sqlite = writableHandle(db);
  const baseUrl = opts.baseUrl ?? DEFAULT_OSV_BASE_URL;
  checkBaseUrl(baseUrl);
  const ecosystems = opts.ecosystems?.length
    ? [...new Set(opts.ecosystems)]
    : readSources(sqlite).map((s) => s.ecosystem);
  if (ecosystems.length === 0) throw noEcosystemsError();
  for (const e of ecosystems) checkEcosystem(e);
  removeStaleDownloads(db.path);
  const report: UpdateReport = { ecosystems: [], failed: [] };
  for (const ecosystem of ecosystems) {
    const url = allZipUrl(baseUrl, ecosystem);
    try {
      const result = await updateOne(db, ecosystem, url, opts);
      report.ecosystems.push(result);
      opts.onProgress?.({ stage: 'done', ecosystem, result });
    } catch (err) {
      if (!(err instanceof ExternalSourceError)) throw err;
      report.failed.push({ ecosystem, url, message: err.message });
      if (ecosystems.length === 1) throw new UpdateError(err.message, err.hint ?? airGapHint(url), report);
    }
  }
  if (report.failed.length > 0) {
    const names = report.failed.map((f) => f.message).join('; ');
    throw new UpdateError(
      `could not update ${report.failed.length} of ${ecosystems.length} ecosystems: ${names}`,
      airGapHint(report.failed[0]!.url),
      report,
    );
  }
  return report;
}

async function updateOne(
  db: VulnDb,
  ecosystem: string,
  url: string,
  opts: UpdateOptions,
): Promise<EcosystemUpdate> {
  const sqlite = writableHandle(db);
  const stored = readSource(sqlite, ecosystem);
  const fromHere = stored?.url === url;
  const headers: Record<string, string> = {};
  if (fromHere && stored?.etag) headers['If-None-Match'] = stored.etag;
  if (fromHere && stored?.lastModified) headers['If-Modified-Since'] = stored.lastModified;
  const got = await conditionalGet(url, headers, opts.fetch ?? fetch, opts.idleTimeoutMs ?? 60_000);
  const h = got.response.headers;
  const etag = h.get('etag') ?? undefined;
  const lastModified = h.get('last-modified') ?? undefined;
  if (got.status === 'not-modified') {
    markChecked(sqlite, ecosystem, new Date(), { ecosystem, url, etag, lastModified });
    return { ecosystem, url, status: 'unchanged', reason: 'not-modified' };
  }
  const hash = parseGoogHash(h.get('x-goog-hash'));
  const checksum = hash.md5 ? `md5:${hash.md5}` : hash.crc32c ? `crc32c:${hash.crc32c}` : undefined;
  if (fromHere && checksum && stored?.checksum === checksum) {
    got.abort();
    markChecked(sqlite, ecosystem, new Date(), { ecosystem, url, etag, lastModified });
    return { ecosystem, url, status: 'unchanged', reason: 'same-checksum' };
  }
  const total = Number(h.get('content-length') ?? Number.NaN);
  const file = await saveBody(got, url, db.path, opts.maxDownloadBytes ?? 4 * 1024 ** 3, (bytes) =>
    opts.onProgress?.({ stage: 'download', ecosystem, url, bytes, ...(total >= 0 ? { total } : {}) }),
  );
  try {
    if (hash.md5 && hash.md5 !== file.md5) {
      throw new ExternalSourceError(
        `${url} arrived corrupted (md5 ${file.md5}, server says ${hash.md5})`,
        airGapHint(url),
      );
    }
    const imported = await importRecords(db, [file.path], {
      labels: [url],
      source: { ecosystem, url, etag, lastModified, checksum },
      limits: opts.limits,
      onProgress: (records) => opts.onProgress?.({ stage: 'import', ecosystem, records }),
    });
    if (imported.skipped > 0) {
      const why = imported.problems[0]?.reason ?? 'refused';
      throw new ExternalSourceError(`${url} is not a usable OSV all.zip: ${why}`, airGapHint(url));
    }
    return { ecosystem, url, status: 'updated', bytes: file.bytes, import: imported };
  } finally {
    rmSync(file.path, { force: true });
  }
}
