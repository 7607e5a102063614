/**
 * Typed GitHub requests: one object, or a list gathered over Link-header pages (bounded), each body
 * parsed through a zod schema. A body that does not match is `bad-response` naming the first mismatch.
 */
import type { z } from 'zod';
import { requestLabel } from '../http/classify.js';
import type { JsonAnswer, Transport } from '../http/transport.js';
import type { ForgeResult, ForgeUnavailable } from '../types.js';
import { unavailable } from '../unavailable.js';

export interface GitHubContext {
  transport: Transport;
  /** API base URL, e.g. `https://api.github.com` or `https://ghe.example/api/v3`. */
  baseUrl: string;
  /** `/repos/{owner}/{repo}` with both parts URL-encoded. */
  repoPath: string;
  /** Items asked per page (GitHub allows up to 100). */
  perPage: number;
  /** Most pages followed for one list. */
  maxPages: number;
}

/** URL of `path` (starting with `/`) under the API base, with query parameters. */
export function apiUrl(
  ctx: GitHubContext,
  path: string,
  query: Record<string, string | number> = {},
): string {
  const url = new URL(`${ctx.baseUrl}${path}`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, String(v));
  return url.href;
}

function mismatch(error: z.ZodError, label: string, status: number): ForgeUnavailable {
  const issue = error.issues[0];
  const where = issue?.path.length
    ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')
    : '';
  return unavailable(
    'bad-response',
    `GitHub's answer to ${label} does not have the documented shape: at ${where || 'the top'}: ${issue?.message ?? 'invalid'}`,
    {
      request: label,
      status,
    },
  );
}

export function parseBody<S extends z.ZodType>(
  answer: JsonAnswer,
  schema: S,
  url: string,
): ForgeResult<z.infer<S>> {
  const parsed = schema.safeParse(answer.body);
  if (!parsed.success) return mismatch(parsed.error, requestLabel(url), answer.status);
  return { ok: true, data: parsed.data };
}

/** GET one object. */
export async function getOne<S extends z.ZodType>(
  ctx: GitHubContext,
  url: string,
  schema: S,
): Promise<ForgeResult<z.infer<S>>> {
  const answer = await ctx.transport.getJson(url);
  if (!answer.ok) return answer;
  return parseBody(answer, schema, url);
}

/**
 * GET up to `max` items over pages: `pageSchema` parses one page, `items` takes its list (the page
 * itself, or e.g. `check_runs` of `{ total_count, check_runs }`).
 */
export async function getList<S extends z.ZodType, T>(
  ctx: GitHubContext,
  firstUrl: string,
  pageSchema: S,
  items: (page: z.infer<S>) => T[],
  max: number,
): Promise<ForgeResult<T[]>> {
  const out: T[] = [];
  let url: string | undefined = firstUrl;
  for (let page = 0; url !== undefined && page < ctx.maxPages && out.length < max; page++) {
    const answer = await ctx.transport.getJson(url);
    if (!answer.ok) return answer;
    const parsed = parseBody(answer, pageSchema, url);
    if (!parsed.ok) return parsed;
    out.push(...items(parsed.data));
    url = answer.next;
  }
  return { ok: true, data: out.slice(0, max) };
}
