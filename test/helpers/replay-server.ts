/**
 * A real HTTP server on 127.0.0.1 (random port) that replays recorded REST exchanges, for testing the
 * forge clients without the internet. Exchanges use the nock format of octokit/fixtures
 * (`{ method, path, status, response, headers }`): the recorded scenarios are read from ../shared
 * through shared.ts (never copied here); exchanges we wrote ourselves live in `__fixtures__/` beside
 * the tests, in the same format. Every request is recorded so tests can count and inspect them.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import { needsShared, readSharedJson } from './shared.js';

export interface Exchange {
  method: string;
  /** Path with query, as recorded (`/repos/o/r/issues?per_page=3`). */
  path: string;
  status: number;
  /** JSON body; ignored when `rawBody` is set. */
  response?: unknown;
  headers?: Record<string, string | number>;
  /** Exact body bytes to send (malformed or oversized answers). */
  rawBody?: string;
  /** Wait this long before answering (timeouts). */
  delayMs?: number;
  /** Send no content-length (a chunked body). */
  chunked?: boolean;
  /** Serve this exchange once, then fall through to the next match (retry sequences). */
  once?: boolean;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface ReplayServer {
  /** `http://127.0.0.1:PORT` plus the prefix, to use as a client's base URL. */
  baseUrl: string;
  requests: RecordedRequest[];
}

const OCTOKIT = ['conformance', 'octokit-fixtures', 'api.github.com'];
const RECORDED_ORIGIN = 'https://api.github.com';
const DROPPED_HEADERS = new Set(['content-length', 'connection', 'transfer-encoding', 'content-encoding']);

/** node:test `skip` option for a test that replays an octokit/fixtures scenario. */
export function needsOctokitScenario(name: string): false | string {
  return needsShared(...OCTOKIT, name, 'normalized-fixture.json');
}

export function loadOctokitScenario(name: string): Exchange[] {
  return readSharedJson<Exchange[]>(...OCTOKIT, name, 'normalized-fixture.json');
}

/** Exchanges we recorded ourselves (a JSON array in the same format). */
export function loadExchanges(path: string): Exchange[] {
  return JSON.parse(readFileSync(path, 'utf8')) as Exchange[];
}

function queryOf(path: string): URLSearchParams {
  const q = path.indexOf('?');
  return new URLSearchParams(q < 0 ? '' : path.slice(q + 1));
}

function pathnameOf(path: string): string {
  const q = path.indexOf('?');
  return q < 0 ? path : path.slice(0, q);
}

/**
 * The exchange for a request: same method and path, every recorded query parameter present with the
 * same value; among those, the one with most recorded parameters (page=2 beats the first page).
 */
function match(
  exchanges: Exchange[],
  used: Set<Exchange>,
  method: string,
  url: string,
): Exchange | undefined {
  const wanted = queryOf(url);
  let best: Exchange | undefined;
  let bestScore = -1;
  for (const e of exchanges) {
    if (used.has(e) || e.method.toLowerCase() !== method.toLowerCase()) continue;
    if (pathnameOf(e.path) !== pathnameOf(url)) continue;
    const recorded = queryOf(e.path);
    let ok = true;
    for (const [k, v] of recorded) if (wanted.get(k) !== v) ok = false;
    const score = [...recorded.keys()].length;
    if (ok && score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

/** Starts the server; it is closed when the test file finishes. `prefix` mimics GHE's `/api/v3`. */
export async function startReplayServer(exchanges: Exchange[], prefix = ''): Promise<ReplayServer> {
  const requests: RecordedRequest[] = [];
  const used = new Set<Exchange>();
  let baseUrl = '';
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', url, headers: req.headers });
    const local = url.startsWith(`${prefix}/`) ? url.slice(prefix.length) : undefined;
    const e = local === undefined ? undefined : match(exchanges, used, req.method ?? 'GET', local);
    if (!e) {
      res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }));
      return;
    }
    if (e.once) used.add(e);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(e.headers ?? {})) {
      if (!DROPPED_HEADERS.has(k.toLowerCase())) headers[k] = String(v).replaceAll(RECORDED_ORIGIN, baseUrl);
    }
    const etag = headers.etag ?? headers.ETag;
    const body =
      e.rawBody ??
      (e.response === undefined || e.status === 204
        ? ''
        : JSON.stringify(e.response).replaceAll(RECORDED_ORIGIN, baseUrl));
    const answer = () => {
      if (etag && req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      if (!e.chunked) headers['content-length'] = String(Buffer.byteLength(body));
      res.writeHead(e.status, headers).end(body);
    };
    if (e.delayMs) setTimeout(answer, e.delayMs).unref();
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return { baseUrl, requests };
}
