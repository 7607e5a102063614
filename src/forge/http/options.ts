/** Limits and defaults shared by the forge HTTP clients, and the base-URL rules. */
import { UsageError } from '../../core/errors/index.js';

export interface TransportLimits {
  /** Make no request at all; every call answers `offline`. */
  offline: boolean;
  /** Deadline for one request, body included. */
  timeoutMs: number;
  /** Largest response body accepted. */
  maxResponseBytes: number;
  /** Longest rate-limit wait to sit through; a longer one gives `rate-limited`. */
  maxRateLimitWaitMs: number;
  /** Retries after a rate-limit answer. */
  maxRetries: number;
}

export const DEFAULT_LIMITS: TransportLimits = {
  offline: false,
  timeoutMs: 20_000,
  maxResponseBytes: 8 * 1024 * 1024,
  maxRateLimitWaitMs: 30_000,
  maxRetries: 2,
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Validates and normalises a base URL (no trailing slash, no query). A token is only ever sent over
 * HTTPS, or plain HTTP to this machine (tests, local mirrors).
 */
export function normaliseBaseUrl(raw: string, what: string, withToken: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${what} is not a URL: ${JSON.stringify(raw.slice(0, 200))}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`${what} must be an http(s) URL, not ${url.protocol}`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new UsageError(`${what} must not carry credentials, a query or a fragment`);
  }
  if (withToken && url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    throw new UsageError(
      `refusing to send a token over plain HTTP to ${url.host}`,
      `Use an https:// ${what}.`,
    );
  }
  let path = url.pathname;
  while (path.endsWith('/')) path = path.slice(0, -1);
  return `${url.origin}${path}`;
}

/** Is `url` on the base's origin and under its path? (Where the token may go.) */
export function withinBase(url: string, base: string): boolean {
  let u: URL;
  let b: URL;
  try {
    u = new URL(url);
    b = new URL(base);
  } catch {
    return false;
  }
  if (u.origin !== b.origin || u.username || u.password) return false;
  return b.pathname === '/' || u.pathname === b.pathname || u.pathname.startsWith(`${b.pathname}/`);
}

/** The defaults, overridden by whichever limits `options` sets. */
export function limitsFrom(options: Partial<TransportLimits>): TransportLimits {
  return {
    offline: options.offline ?? DEFAULT_LIMITS.offline,
    timeoutMs: options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_LIMITS.maxResponseBytes,
    maxRateLimitWaitMs: options.maxRateLimitWaitMs ?? DEFAULT_LIMITS.maxRateLimitWaitMs,
    maxRetries: options.maxRetries ?? DEFAULT_LIMITS.maxRetries,
  };
}
