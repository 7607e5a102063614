/**
 * GitHub REST exchanges for the posture forge tests, in the replay server's (octokit/fixtures) format.
 * Response bodies start from the recorded-style fixtures in src/forge/github/__fixtures__ (real
 * GitHub shapes and headers) and change only the fields a scenario is about.
 */
import { fileURLToPath } from 'node:url';
import { type Exchange, loadExchanges } from '../../../../test/helpers/replay-server.js';

export const OWNER = 'sterling-fixtures';
export const REPO = 'widget';
const R = `/repos/${OWNER}/${REPO}`;

function own(name: string): Exchange[] {
  return loadExchanges(fileURLToPath(new URL(`../../../forge/github/__fixtures__/${name}`, import.meta.url)));
}

const PROTECTION = own('protection.json');
const BRANCH = own('branch-and-comments.json')[0]!;
const RELEASE = (own('releases.json')[0]!.response as Array<Record<string, unknown>>)[0]!;
const ASSET = (RELEASE.assets as Array<Record<string, unknown>>)[0]!;
const CHECKS = own('commit-checks.json');
const RUN = (CHECKS[0]!.response as { check_runs: Array<Record<string, unknown>> }).check_runs[0]!;
const STATUS = (CHECKS[1]!.response as Array<Record<string, unknown>>)[0]!;
const PULL = (own('pulls.json')[0]!.response as Array<Record<string, unknown>>)[0]!;
const HOOK = (own('settings.json')[1]!.response as Array<Record<string, unknown>>)[0]!;
const BADGE = own('bestpractices.json')[0]!;

/** The headers GitHub sends on a 200 (rate limit, API version, etag). */
export const HEADERS = PROTECTION[0]!.headers as Record<string, string>;

const ok = (path: string, response: unknown): Exchange => ({ method: 'get', path, status: 200, response, headers: HEADERS });
const error = (path: string, status: number, message: string, doc: string): Exchange => ({
  method: 'get',
  path,
  status,
  headers: { ...HEADERS, etag: '' },
  response: { message, documentation_url: `https://docs.github.com/rest/${doc}`, status: String(status) },
});

export function repository(defaultBranch = 'main'): Exchange {
  return ok(R, {
    id: 1296269,
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    private: false,
    html_url: `https://github.com/${OWNER}/${REPO}`,
    fork: false,
    created_at: '2016-02-25T22:04:11Z',
    pushed_at: '2026-11-24T11:45:00Z',
    has_issues: true,
    archived: false,
    disabled: false,
    open_issues_count: 3,
    license: { key: 'apache-2.0', spdx_id: 'Apache-2.0' },
    default_branch: defaultBranch,
  });
}

export function branch(name: string, isProtected: boolean): Exchange {
  const body = { ...(BRANCH.response as object), name, protected: isProtected };
  return ok(`${R}/branches/${encodeURIComponent(name)}`, body);
}

/** Ruleset rules that apply to the branch, in GitHub's `rules/branches` shape. */
export type Rule =
  | { type: 'deletion' | 'non_fast_forward' | 'required_linear_history' }
  | { type: 'pull_request'; approvals: number; dismissStale?: boolean; codeOwners?: boolean; lastPush?: boolean }
  | { type: 'required_status_checks'; contexts: string[]; strict?: boolean };

export function rules(name: string, list: Rule[], rulesetId = 1204): Exchange {
  const source = { ruleset_source_type: 'Repository', ruleset_source: `${OWNER}/${REPO}`, ruleset_id: rulesetId };
  const body = list.map((r) => {
    if (r.type === 'pull_request')
      return {
        type: r.type,
        ...source,
        parameters: {
          required_approving_review_count: r.approvals,
          dismiss_stale_reviews_on_push: r.dismissStale ?? false,
          require_code_owner_review: r.codeOwners ?? false,
          require_last_push_approval: r.lastPush ?? false,
          required_review_thread_resolution: false,
          allowed_merge_methods: ['merge', 'squash', 'rebase'],
        },
      };
    if (r.type === 'required_status_checks')
      return {
        type: r.type,
        ...source,
        parameters: {
          strict_required_status_checks_policy: r.strict ?? false,
          do_not_enforce_on_create: false,
          required_status_checks: r.contexts.map((context) => ({ context })),
        },
      };
    return { type: r.type, ...source };
  });
  return ok(`${R}/rules/branches/${encodeURIComponent(name)}?per_page=100`, body);
}

/** Classic protection: the recorded admin answer with overrides, "not protected", or hidden. */
export function protection(
  name: string,
  how: 'full' | 'weak' | 'none' | 'forbidden' | 'hidden',
): Exchange {
  const path = `${R}/branches/${encodeURIComponent(name)}/protection`;
  const doc = 'branches/branch-protection#get-branch-protection';
  if (how === 'none') return error(path, 404, 'Branch not protected', doc);
  if (how === 'hidden') return error(path, 404, 'Not Found', doc);
  if (how === 'forbidden') return error(path, 403, 'Resource not accessible by personal access token', doc);
  const base = PROTECTION[0]!.response as Record<string, unknown>;
  if (how === 'full') {
    const reviews = base.required_pull_request_reviews as Record<string, unknown>;
    return ok(path, {
      ...base,
      required_pull_request_reviews: {
        ...reviews,
        required_approving_review_count: 2,
        require_code_owner_reviews: true,
        require_last_push_approval: true,
      },
    });
  }
  const { required_pull_request_reviews: _r, required_status_checks: _s, ...rest } = base;
  return ok(path, { ...rest, allow_force_pushes: { enabled: false }, allow_deletions: { enabled: true } });
}

export interface ReleaseSpec {
  tag: string;
  target?: string;
  assets: string[];
}

export function releases(list: ReleaseSpec[]): Exchange {
  return ok(
    `${R}/releases?per_page=30`,
    list.map((r, i) => ({
      ...RELEASE,
      id: 400 + i,
      tag_name: r.tag,
      name: r.tag,
      target_commitish: r.target ?? 'main',
      assets: r.assets.map((name, j) => ({ ...ASSET, id: 900 + i * 10 + j, name })),
    })),
  );
}

export interface PullSpec {
  number: number;
  sha: string;
  base?: string;
}

export function pulls(list: PullSpec[]): Exchange {
  return ok(
    `${R}/pulls?state=closed&sort=updated&direction=desc&per_page=100`,
    list.map((p) => ({
      ...PULL,
      number: p.number,
      merged_at: '2026-11-20T10:00:00Z',
      head: { ...(PULL.head as object), sha: p.sha },
      base: { ...(PULL.base as object), ref: p.base ?? 'main' },
    })),
  );
}

/**
 * Check runs by app slug ("github-actions") with conclusion, and statuses by context with state
 * (and target URL; default: the recorded one, a CircleCI build page).
 */
export function ciResults(
  sha: string,
  runs: Array<[app: string, conclusion: string]>,
  statuses: Array<[context: string, state: string, targetUrl?: string]> = [],
): Exchange[] {
  const app = RUN.app as Record<string, unknown>;
  return [
    ok(`${R}/commits/${sha}/check-runs?per_page=100`, {
      total_count: runs.length,
      check_runs: runs.map(([slug, conclusion], i) => ({
        ...RUN,
        id: 80 + i,
        head_sha: sha,
        status: 'completed',
        conclusion,
        app: { ...app, slug },
      })),
    }),
    ok(
      `${R}/commits/${sha}/statuses?per_page=100`,
      statuses.map(([context, state, url], i) => ({
        ...STATUS,
        id: 3100 + i,
        context,
        state,
        ...(url === undefined ? {} : { target_url: url }),
      })),
    ),
  ];
}

export function hooks(secrets: boolean[]): Exchange {
  const config = HOOK.config as Record<string, unknown>;
  return ok(
    `${R}/hooks?per_page=100`,
    secrets.map((secret, i) => {
      const { secret: _s, ...noSecret } = config;
      return { ...HOOK, id: 12345678 + i, config: secret ? config : noSecret };
    }),
  );
}

/** bestpractices.dev's answer for this repository: a project at `level`, or none. */
export function badge(level: string | null): Exchange {
  const project = (BADGE.response as Array<Record<string, unknown>>)[0]!;
  return { ...BADGE, response: level === null ? [] : [{ ...project, badge_level: level }] };
}

/** GitHub's answer when the hourly limit is spent (reset an hour away: too long to wait). */
export function rateLimited(path: string): Exchange {
  const reset = String(Math.floor(Date.now() / 1000) + 3600);
  return {
    method: 'get',
    path,
    status: 403,
    headers: { ...HEADERS, etag: '', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
    response: {
      message: 'API rate limit exceeded for 127.0.0.1.',
      documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
    },
  };
}

export const REPO_PATH = R;
