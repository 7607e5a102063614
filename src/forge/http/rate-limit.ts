/**
 * GitHub's rate-limit signals, read from response headers (docs: "Rate limits for the REST API"):
 * - primary limit: `x-ratelimit-remaining: 0` with `x-ratelimit-reset` (UTC epoch seconds), answered
 *   with 403 or 429;
 * - secondary limit: 403 or 429 with `retry-after` (seconds), or without any header, in which case
 *   the documented advice is to wait at least one minute.
 */

/** The wait GitHub asks for after a secondary limit without `retry-after`. */
export const SECONDARY_LIMIT_WAIT_MS = 60_000;

export interface RateSignals {
  /** `x-ratelimit-remaining`, when present and numeric. */
  remaining: number | undefined;
  /** `x-ratelimit-reset` as epoch milliseconds. */
  resetAtMs: number | undefined;
  /** `retry-after` in milliseconds (seconds, or an HTTP date). */
  retryAfterMs: number | undefined;
}

/** Largest value read from a header: seconds until the year 5000, so every derived Date is valid. */
const MAX_HEADER_VALUE = 95_000_000_000;

function intHeader(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw.length === 0 || raw.length > 20) return undefined;
  const n = Number(raw.trim());
  return Number.isSafeInteger(n) && n >= 0 && n <= MAX_HEADER_VALUE ? n : undefined;
}

export function readRateSignals(headers: Headers, nowMs: number): RateSignals {
  const reset = intHeader(headers, 'x-ratelimit-reset');
  let retryAfterMs: number | undefined;
  const retry = headers.get('retry-after');
  if (retry !== null && retry.length <= 64) {
    const seconds = intHeader(headers, 'retry-after');
    if (seconds !== undefined) retryAfterMs = seconds * 1000;
    else {
      const at = Date.parse(retry);
      if (Number.isFinite(at)) retryAfterMs = Math.min(Math.max(0, at - nowMs), MAX_HEADER_VALUE * 1000);
    }
  }
  return {
    remaining: intHeader(headers, 'x-ratelimit-remaining'),
    resetAtMs: reset === undefined ? undefined : reset * 1000,
    retryAfterMs,
  };
}

/** Is this 403/429 a rate limit (primary or secondary) rather than missing access? */
export function isRateLimited(
  status: number,
  signals: RateSignals,
  serverMessage: string | undefined,
): boolean {
  if (status === 429) return true;
  if (status !== 403) return false;
  if (signals.remaining === 0 || signals.retryAfterMs !== undefined) return true;
  return serverMessage?.toLowerCase().includes('rate limit') === true;
}

/** How long to wait before the next request may succeed, in milliseconds. */
export function rateLimitWaitMs(signals: RateSignals, nowMs: number): number {
  if (signals.retryAfterMs !== undefined) return signals.retryAfterMs;
  if (signals.remaining === 0 && signals.resetAtMs !== undefined) {
    // One extra second: the reset is rounded down to whole seconds.
    return Math.max(0, signals.resetAtMs - nowMs) + 1000;
  }
  return SECONDARY_LIMIT_WAIT_MS;
}
