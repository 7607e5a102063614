/**
 * The OpenSSF Best Practices badge (formerly CII), from bestpractices.dev's public JSON API:
 * `GET {base}/projects.json?url=<repository URL>` lists the projects registered for that URL; the
 * first one's `badge_level` is the badge (as OpenSSF Scorecard reads it). No token is ever sent.
 */
import { z } from 'zod';
import { STERLING_VERSION } from '../../core/version.js';
import type { BestPracticesBadge } from '../facts.js';
import { ResponseCache } from '../http/cache.js';
import { requestLabel } from '../http/classify.js';
import { limitsFrom, normaliseBaseUrl, type TransportLimits } from '../http/options.js';
import { Transport } from '../http/transport.js';
import type { BestPracticesClient, ForgeResult } from '../types.js';
import { unavailable } from '../unavailable.js';

export const BEST_PRACTICES_URL = 'https://www.bestpractices.dev';

export interface BestPracticesClientOptions extends Partial<TransportLimits> {
  /** Default https://www.bestpractices.dev */
  baseUrl?: string;
  cacheDir?: string;
}

const Projects = z
  .array(
    z.object({
      id: z.number().int().nonnegative(),
      badge_level: z.string().min(1).max(50),
      tiered_percentage: z.number().nullable().optional(),
    }),
  )
  .max(1000);

export interface BestPracticesHttpClient extends BestPracticesClient {
  readonly requestCount: number;
}

export function createBestPracticesClient(options: BestPracticesClientOptions = {}): BestPracticesHttpClient {
  const baseUrl = normaliseBaseUrl(options.baseUrl ?? BEST_PRACTICES_URL, 'Best Practices base URL', false);
  const limits = limitsFrom(options);
  const transport = new Transport({
    ...limits,
    baseUrl,
    headers: { accept: 'application/json', 'user-agent': `sterling/${STERLING_VERSION}` },
    service: 'bestpractices.dev',
    hasToken: false,
    tokenHint: 'no token is used',
    cache: new ResponseCache(options.cacheDir, limits.maxResponseBytes),
    cacheKeyPrefix: 'anonymous',
  });
  async function getBadge(repositoryUrl: string): Promise<ForgeResult<BestPracticesBadge>> {
    const url = new URL(`${baseUrl}/projects.json`);
    url.searchParams.set('url', repositoryUrl.slice(0, 2000));
    const answer = await transport.getJson(url.href);
    if (!answer.ok) return answer;
    const parsed = Projects.safeParse(answer.body);
    if (!parsed.success) {
      const label = requestLabel(url.href);
      return unavailable('bad-response', `bestpractices.dev's answer to ${label} is not a project list`, {
        request: label,
        status: answer.status,
      });
    }
    const first = parsed.data[0];
    if (!first) return { ok: true, data: { found: false } };
    return {
      ok: true,
      data: {
        found: true,
        projectId: first.id,
        badgeLevel: first.badge_level,
        tieredPercentage: first.tiered_percentage ?? null,
      },
    };
  }
  return {
    getBadge,
    get requestCount() {
      return transport.requestCount;
    },
  };
}
