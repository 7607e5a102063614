/**
 * Turns a non-success HTTP answer into a `ForgeUnavailable` with a reason and a message a person can
 * act on. The server's own message is untrusted text: quoted (escaped, bounded) before it is shown.
 */
import { errorMessage } from '../../core/errors/index.js';
import { quote } from '../../core/util/quote.js';
import type { ForgeUnavailable } from '../types.js';
import { unavailable } from '../unavailable.js';
import { type RawAnswer, RedirectError, TimeoutError, TooLargeError } from './fetch-once.js';

export interface RequestContext {
  /** `GitHub`, `bestpractices.dev` */
  service: string;
  /** `GET /repos/o/r` */
  label: string;
  hasToken: boolean;
  /** Environment variables that can carry a token, for hints. */
  tokenHint: string;
}

/** `GET /path?query` of a URL, for messages (no host, no credentials). */
export function requestLabel(url: string): string {
  try {
    const u = new URL(url);
    return `GET ${u.pathname}${u.search}`;
  } catch {
    return `GET ${JSON.stringify(url.slice(0, 200))}`;
  }
}

/** The `message` of a JSON error body, when there is one (bounded). */
export function serverMessageOf(text: string): string | undefined {
  if (text.length === 0 || text.length > 65_536) return undefined;
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body === 'object' && body !== null && 'message' in body) {
      const m = (body as { message: unknown }).message;
      if (typeof m === 'string') return m.slice(0, 500);
    }
  } catch {
    // not JSON: no message
  }
  return undefined;
}

function scopes(value: string | null): string[] | undefined {
  if (value === null || value.length > 2000) return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .slice(0, 50);
}

export function classifyFailure(answer: RawAnswer, ctx: RequestContext): ForgeUnavailable {
  const { status } = answer;
  const message = serverMessageOf(answer.text);
  const said = message === undefined ? '' : `: ${quote(message)}`;
  const base = {
    request: ctx.label,
    status,
    serverMessage: message === undefined ? undefined : quote(message),
  };
  const head = `${ctx.service} answered ${status} to ${ctx.label}${said}`;
  if ((status === 401 || status === 403) && !ctx.hasToken) {
    return unavailable('no-token', `${head}; set a token (${ctx.tokenHint})`, base);
  }
  if (status === 401) {
    return unavailable('unauthorized', `${head}; the token is invalid or expired (${ctx.tokenHint})`, base);
  }
  if (status === 403) {
    return unavailable(
      'forbidden',
      `${head}; the token lacks access (admin rights are needed for some data)`,
      {
        ...base,
        tokenScopes: scopes(answer.headers.get('x-oauth-scopes')),
        acceptedScopes: scopes(answer.headers.get('x-accepted-oauth-scopes')),
      },
    );
  }
  if (status === 404) {
    const hint = ctx.hasToken ? '' : '; without a token, private repositories look absent';
    return unavailable('not-found', `${head}${hint}`, base);
  }
  if (status >= 500) return unavailable('network', `${head}; the server failed, try again later`, base);
  return unavailable('bad-response', `${head}; unexpected status`, base);
}

/** A request that got no usable answer: too large or redirected away (bad-response), else network. */
export function classifySendError(err: unknown, ctx: RequestContext): ForgeUnavailable {
  const details = { request: ctx.label };
  if (err instanceof TooLargeError || err instanceof RedirectError) {
    return unavailable('bad-response', `${ctx.service}: ${ctx.label}: ${err.message}`, details);
  }
  const e = err as { cause?: { code?: unknown; message?: unknown } };
  const why =
    err instanceof TimeoutError
      ? err.message
      : String(e.cause?.code ?? e.cause?.message ?? errorMessage(err));
  return unavailable('network', `cannot reach ${ctx.service} for ${ctx.label}: ${why}`, details);
}
