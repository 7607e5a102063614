/**
 * More GitHub REST exchanges for the posture forge tests: repository flags, issues and comments
 * (Maintained), merged pull requests with reviews and mergers (Code-Review) and private
 * vulnerability reporting (check runs: github.ts ciResults). Bodies start from the recorded-style answers in
 * src/forge/github/__fixtures__ (activity.json, pulls.json, settings.json); dates are relative to now.
 */
import { fileURLToPath } from 'node:url';
import { type Exchange, loadExchanges } from '../../../../test/helpers/replay-server.js';
import { HEADERS, OWNER, REPO, REPO_PATH as R, repository } from './github.js';

type Json = Record<string, unknown>;

function own(name: string): Exchange[] {
  return loadExchanges(fileURLToPath(new URL(`../../../forge/github/__fixtures__/${name}`, import.meta.url)));
}

const ACTIVITY = own('activity.json');
const ISSUE = (ACTIVITY[0]!.response as Json[])[0]!;
const PULL_DETAIL = ACTIVITY[1]!.response as Json;
const COMMENT = (own('branch-and-comments.json')[1]!.response as Json[])[0]!;
const PULLS = own('pulls.json');
const PULL = (PULLS[0]!.response as Json[])[0]!;
const REVIEW = (PULLS[2]!.response as Json[])[0]!;
const DAY = 24 * 60 * 60 * 1000;

const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
const ok = (path: string, response: unknown): Exchange => ({ method: 'get', path, status: 200, response, headers: HEADERS });
const user = (login: string) => ({ ...(PULL.user as Json), login, url: `https://api.github.com/users/${login}` });

export interface RepoSpec {
  archived?: boolean;
  createdDaysAgo?: number;
  private?: boolean;
  hasIssues?: boolean;
}

export function repositoryWith(spec: RepoSpec): Exchange {
  const base = repository();
  const body = base.response as Json;
  return {
    ...base,
    response: {
      ...body,
      archived: spec.archived ?? false,
      private: spec.private ?? false,
      has_issues: spec.hasIssues ?? true,
      created_at: spec.createdDaysAgo === undefined ? body.created_at : ago(spec.createdDaysAgo),
    },
  };
}

export interface IssueSpec {
  number: number;
  association: string;
  createdDaysAgo: number;
  updatedDaysAgo?: number;
  comments?: number;
}

/** The recently updated issues, plus one pull request (the endpoint lists those too; dropped). */
export function issues(list: IssueSpec[]): Exchange {
  const pr = (ACTIVITY[0]!.response as Json[])[1]!;
  return ok(`${R}/issues?state=all&sort=updated&direction=desc&per_page=100`, [
    ...list.map((i) => ({
      ...ISSUE,
      id: 2000000 + i.number,
      number: i.number,
      url: `https://api.github.com/repos/${OWNER}/${REPO}/issues/${i.number}`,
      author_association: i.association,
      comments: i.comments ?? 0,
      created_at: ago(i.createdDaysAgo),
      updated_at: ago(i.updatedDaysAgo ?? i.createdDaysAgo),
    })),
    { ...pr, updated_at: ago(0) },
  ]);
}

export interface CommentSpec {
  issue: number;
  association: string;
  daysAgo: number;
  onPullRequest?: boolean;
}

/** Repository-wide comments, newest first (the request adds `since`; any value matches). */
export function issueComments(list: CommentSpec[]): Exchange {
  return ok(
    `${R}/issues/comments?sort=created&direction=desc&per_page=100`,
    list.map((c, n) => ({
      ...COMMENT,
      id: 9100 + n,
      issue_url: `https://api.github.com/repos/${OWNER}/${REPO}/issues/${c.issue}`,
      html_url: `https://github.com/${OWNER}/${REPO}/${c.onPullRequest ? 'pull' : 'issues'}/${c.issue}#issuecomment-${9100 + n}`,
      author_association: c.association,
      created_at: ago(c.daysAgo),
      updated_at: ago(c.daysAgo),
    })),
  );
}

export interface MergedSpec {
  number: number;
  author: string;
  /** The commit the merge made on the default branch (merge_commit_sha). */
  mergeSha: string;
  headSha?: string;
  reviews?: Array<[login: string, state: string]>;
  /** Who merged it (asked only when no review approves it). */
  mergedBy?: string;
}

/** The merged pull request list, each one's reviews and, when given, its detail with merged_by. */
export function mergedPulls(list: MergedSpec[]): Exchange[] {
  const out: Exchange[] = [
    ok(
      `${R}/pulls?state=closed&sort=updated&direction=desc&per_page=100`,
      list.map((p) => ({
        ...PULL,
        number: p.number,
        user: user(p.author),
        merged_at: ago(1),
        merge_commit_sha: p.mergeSha,
        head: { ...(PULL.head as Json), sha: p.headSha ?? `${p.number}`.padStart(40, 'e') },
      })),
    ),
  ];
  for (const p of list) {
    out.push(
      ok(
        `${R}/pulls/${p.number}/reviews?per_page=100`,
        (p.reviews ?? []).map(([login, state], n) => ({ ...REVIEW, id: 80000 + n, user: user(login), state })),
      ),
    );
    if (p.mergedBy !== undefined)
      out.push(ok(`${R}/pulls/${p.number}`, { ...PULL_DETAIL, number: p.number, merged_by: user(p.mergedBy) }));
  }
  return out;
}

/** Private vulnerability reporting: enabled, disabled, or a 404 (e.g. the feature is unavailable). */
export function vulnerabilityReporting(state: boolean | 404): Exchange {
  const path = `${R}/private-vulnerability-reporting`;
  if (state === 404)
    return {
      method: 'get',
      path,
      status: 404,
      headers: { ...HEADERS, etag: '' },
      response: {
        message: 'Not Found',
        documentation_url:
          'https://docs.github.com/rest/repos/repos#check-if-private-vulnerability-reporting-is-enabled-for-a-repository',
        status: '404',
      },
    };
  return ok(path, { enabled: state });
}

/** A published repository advisory, shaped after GitHub's "List repository security advisories". */
const ADVISORY: Json = {
  ghsa_id: 'GHSA-xxxx-xxxx-xxxx',
  cve_id: null,
  url: `https://api.github.com/repos/${OWNER}/${REPO}/security-advisories/GHSA-xxxx-xxxx-xxxx`,
  html_url: `https://github.com/${OWNER}/${REPO}/security/advisories/GHSA-xxxx-xxxx-xxxx`,
  summary: 'Path traversal in widget archive extraction',
  description: 'Widget before 1.2.1 writes archive entries outside the target folder.',
  severity: 'high',
  author: null,
  publisher: null,
  identifiers: [{ value: 'GHSA-xxxx-xxxx-xxxx', type: 'GHSA' }],
  state: 'published',
  created_at: '2026-03-01T10:00:00Z',
  updated_at: '2026-03-02T10:00:00Z',
  published_at: '2026-03-02T10:00:00Z',
  closed_at: null,
  withdrawn_at: null,
  submission: null,
  vulnerabilities: [
    {
      package: { ecosystem: 'npm', name: 'widget' },
      vulnerable_version_range: '< 1.2.1',
      patched_versions: '1.2.1',
      vulnerable_functions: [],
    },
  ],
  cvss: null,
  cwes: [{ cwe_id: 'CWE-22', name: 'Path Traversal' }],
  cwe_ids: ['CWE-22'],
  credits: [],
  credits_detailed: [],
  collaborating_users: null,
  collaborating_teams: null,
  private_fork: null,
};

/** The repository's published security advisories (OSPS-VM-04.01), newest first. */
export function publishedAdvisories(ids: string[]): Exchange {
  return ok(
    `${R}/security-advisories?state=published&sort=published&direction=desc&per_page=5`,
    ids.map((id, n) => ({ ...ADVISORY, ghsa_id: id, identifiers: [{ value: id, type: 'GHSA' }], cve_id: n === 0 ? 'CVE-2026-0001' : null })),
  );
}
