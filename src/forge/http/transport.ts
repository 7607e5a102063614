/**
 * The one HTTP path every forge call takes: offline guard, same-base check (the token never leaves the
 * configured API), cache with ETag revalidation, rate-limit waits with bounded retries, deadline and
 * body cap, JSON parsing with a depth cap. Never throws for remote trouble: it returns `ForgeUnavailable`.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { jsonDepth, MAX_JSON_DEPTH } from '../../core/parse/json.js';
import type { ForgeUnavailable } from '../types.js';
import { unavailable } from '../unavailable.js';
import type { CachedResponse, ResponseCache } from './cache.js';
import {
  classifyFailure,
  classifySendError,
  type RequestContext,
  requestLabel,
  serverMessageOf,
} from './classify.js';
import { fetchOnce, type RawAnswer, RedirectError } from './fetch-once.js';
import { nextLink } from './link.js';
import { type TransportLimits, withinBase } from './options.js';
import { isRateLimited, rateLimitWaitMs, readRateSignals } from './rate-limit.js';

export interface JsonAnswer {
  ok: true;
  status: number;
  /** Parsed JSON; `undefined` for an empty body (204). */
  body: unknown;
  /** Absolute URL of the next page (same base), if any. */
  next: string | undefined;
}

export interface TransportConfig extends TransportLimits {
  /** Every URL requested must start with this (origin + path prefix, no trailing slash). */
  baseUrl: string;
  headers: Record<string, string>;
  service: string;
  hasToken: boolean;
  tokenHint: string;
  cache: ResponseCache;
  /** Distinguishes tokens in cache keys. */
  cacheKeyPrefix: string;
}

const MAX_REDIRECTS = 3;

export class Transport {
  readonly #c: TransportConfig;
  /** Requests actually sent (cache hits and offline calls send none). */
  requestCount = 0;
  /** No request before this time (epoch ms): a rate limit is in force. */
  #blockedUntil = 0;

  constructor(config: TransportConfig) {
    this.#c = config;
  }

  async getJson(url: string): Promise<JsonAnswer | ForgeUnavailable> {
    const ctx = this.#context(url);
    if (this.#c.offline) {
      return unavailable('offline', `offline mode: ${ctx.service} was not asked (${ctx.label})`, {
        request: ctx.label,
      });
    }
    if (!withinBase(url, this.#c.baseUrl)) {
      return unavailable('bad-response', `refusing ${ctx.label}: it is outside ${this.#c.baseUrl}`, {
        request: ctx.label,
      });
    }
    const key = `${this.#c.cacheKeyPrefix} ${url}`;
    const cached = this.#c.cache.get(key);
    if (cached?.fresh) return this.#parse(cached.entry.text, cached.entry.link, 200, ctx);
    return this.#fetchWithRetries(url, key, cached?.entry, ctx);
  }

  async #fetchWithRetries(
    url: string,
    key: string,
    cached: CachedResponse | undefined,
    ctx: RequestContext,
  ): Promise<JsonAnswer | ForgeUnavailable> {
    for (let attempt = 0; ; attempt++) {
      const waited = await this.#waitForLimit(ctx);
      if (waited) return waited;
      const headers = cached ? { ...this.#c.headers, 'if-none-match': cached.etag } : this.#c.headers;
      let answer: RawAnswer;
      try {
        answer = await this.#send(url, headers, ctx);
      } catch (err) {
        return classifySendError(err, ctx);
      }
      const now = Date.now();
      const signals = readRateSignals(answer.headers, now);
      if (answer.status === 304 && cached) {
        this.#c.cache.confirm(key, cached);
        return this.#parse(cached.text, cached.link, 200, ctx);
      }
      if (answer.status >= 200 && answer.status < 300) {
        if (signals.remaining === 0 && signals.resetAtMs !== undefined)
          this.#blockedUntil = signals.resetAtMs;
        const etag = answer.headers.get('etag');
        const link = answer.headers.get('link');
        if (etag && etag.length <= 256) this.#c.cache.set(key, { etag, text: answer.text, link });
        return this.#parse(answer.text, link, answer.status, ctx);
      }
      if (isRateLimited(answer.status, signals, serverMessageOf(answer.text))) {
        const wait = rateLimitWaitMs(signals, now);
        this.#blockedUntil = now + wait;
        if (wait > this.#c.maxRateLimitWaitMs || attempt >= this.#c.maxRetries) {
          return this.#rateLimited(ctx, answer.status);
        }
        continue;
      }
      return classifyFailure(answer, ctx);
    }
  }

  /** Sleeps through a short rate-limit wait; a long one is the answer `rate-limited`. */
  async #waitForLimit(ctx: RequestContext): Promise<ForgeUnavailable | undefined> {
    const wait = this.#blockedUntil - Date.now();
    if (wait <= 0) return undefined;
    if (wait > this.#c.maxRateLimitWaitMs) return this.#rateLimited(ctx, undefined);
    await sleep(wait);
    return undefined;
  }

  #rateLimited(ctx: RequestContext, status: number | undefined): ForgeUnavailable {
    const resetAt = new Date(this.#blockedUntil).toISOString();
    const hint = ctx.hasToken ? '' : `; a token raises the limit (${ctx.tokenHint})`;
    return unavailable(
      'rate-limited',
      `${ctx.service} rate limit reached at ${ctx.label}; it resets at ${resetAt}${hint}`,
      {
        request: ctx.label,
        status,
        resetAt,
      },
    );
  }

  /** One request, following same-base redirects (a renamed repository answers 301). */
  async #send(url: string, headers: Record<string, string>, ctx: RequestContext): Promise<RawAnswer> {
    let target = url;
    for (let hop = 0; ; hop++) {
      this.requestCount++;
      const answer = await fetchOnce(target, headers, this.#c.timeoutMs, this.#c.maxResponseBytes);
      const location = answer.headers.get('location');
      if (answer.status < 300 || answer.status >= 400 || answer.status === 304 || !location) return answer;
      const resolved = new URL(location, target).href;
      if (hop >= MAX_REDIRECTS || !withinBase(resolved, this.#c.baseUrl)) {
        throw new RedirectError(`${ctx.label} redirects outside ${this.#c.baseUrl} or too often`);
      }
      target = resolved;
    }
  }

  #parse(
    text: string,
    link: string | null,
    status: number,
    ctx: RequestContext,
  ): JsonAnswer | ForgeUnavailable {
    const next = nextLink(link);
    const answer = {
      ok: true as const,
      status,
      next: next && withinBase(next, this.#c.baseUrl) ? next : undefined,
    };
    if (text.length === 0) return { ...answer, body: undefined };
    const bad = (why: string) =>
      unavailable('bad-response', `${ctx.service} sent ${why} for ${ctx.label}`, {
        request: ctx.label,
        status,
      });
    if (jsonDepth(text).depth > MAX_JSON_DEPTH)
      return bad(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
    try {
      return { ...answer, body: JSON.parse(text) as unknown };
    } catch {
      return bad('malformed JSON');
    }
  }

  #context(url: string): RequestContext {
    return {
      service: this.#c.service,
      label: requestLabel(url),
      hasToken: this.#c.hasToken,
      tokenHint: this.#c.tokenHint,
    };
  }
}
