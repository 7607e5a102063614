/**
 * The GitHub client against a real local server replaying recorded answers: octokit/fixtures
 * scenarios from ../shared, and the endpoints they lack from __fixtures__/ (shaped after GitHub's REST
 * documentation).
 */
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  type Exchange,
  loadExchanges,
  loadOctokitScenario,
  needsOctokitScenario,
  startReplayServer,
} from '../../../test/helpers/replay-server.js';
import type { ForgeResult } from '../types.js';
import { createGitHubClient, type GitHubClientOptions } from './client.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const TOKEN = '0000000000000000000000000000000000000001';

function own(name: string): Exchange[] {
  return loadExchanges(join(FIXTURES, name));
}

async function widget(exchanges: Exchange[], options: Partial<GitHubClientOptions> = {}) {
  const server = await startReplayServer(exchanges, options.baseUrl ?? '');
  const client = createGitHubClient({
    owner: 'sterling-fixtures',
    repo: 'widget',
    token: TOKEN,
    perPage: 3,
    ...options,
    baseUrl: server.baseUrl,
  });
  return { server, client };
}

function data<T>(r: ForgeResult<T>): T {
  if (!r.ok) assert.fail(`expected data, got ${r.reason}: ${r.message}`);
  return r.data;
}

describe('GitHub client: recorded octokit/fixtures scenarios', () => {
  it('getRepository parses the recorded repository, sending the documented headers', {
    skip: needsOctokitScenario('get-repository'),
  }, async () => {
    const server = await startReplayServer(loadOctokitScenario('get-repository'));
    const gh = createGitHubClient({
      owner: 'octokit-fixture-org',
      repo: 'hello-world',
      token: TOKEN,
      baseUrl: server.baseUrl,
    });
    const repo = data(await gh.getRepository());
    assert.equal(repo.fullName, 'octokit-fixture-org/hello-world');
    assert.equal(repo.defaultBranch, 'master');
    assert.equal(repo.openIssuesCount, 42);
    assert.equal(repo.licenseSpdxId, null);
    assert.equal(repo.archived, false);
    assert.equal(repo.private, false);
    const sent = server.requests[0]?.headers;
    assert.equal(sent?.accept, 'application/vnd.github+json');
    assert.equal(sent?.['x-github-api-version'], '2022-11-28');
    assert.equal(sent?.authorization, `Bearer ${TOKEN}`);
    assert.match(String(sent?.['user-agent']), /^sterling\//);
    assert.equal(gh.requestCount, 1);
  });

  it('works under a GitHub Enterprise base URL (/api/v3)', {
    skip: needsOctokitScenario('get-repository'),
  }, async () => {
    const server = await startReplayServer(loadOctokitScenario('get-repository'), '/api/v3');
    const gh = createGitHubClient({
      owner: 'octokit-fixture-org',
      repo: 'hello-world',
      baseUrl: `${server.baseUrl}/`,
    });
    assert.equal(data(await gh.getRepository()).fullName, 'octokit-fixture-org/hello-world');
    assert.equal(server.requests[0]?.url, '/api/v3/repos/octokit-fixture-org/hello-world');
    assert.equal(server.requests[0]?.headers.authorization, undefined);
  });

  it('listRecentIssues follows Link pages (rewritten to /repositories/1000) and stops at n', {
    skip: needsOctokitScenario('paginate-issues'),
  }, async () => {
    const server = await startReplayServer(loadOctokitScenario('paginate-issues'));
    const gh = createGitHubClient({
      owner: 'octokit-fixture-org',
      repo: 'paginate-issues',
      token: TOKEN,
      baseUrl: server.baseUrl,
      perPage: 3,
    });
    const seven = data(await gh.listRecentIssues(7));
    assert.deepEqual(
      seven.map((i) => i.number),
      [13, 12, 11, 10, 9, 8, 7],
    );
    assert.equal(gh.requestCount, 3);
    assert.equal(server.requests[2]?.url, '/repositories/1000/issues?per_page=3&page=3');
    const all = data(await gh.listRecentIssues(100));
    assert.equal(all.length, 13);
    assert.equal(all[0]?.comments, 42);
    assert.equal(all[0]?.authorAssociation, 'MEMBER');
  });

  it('maxPages bounds a long list', { skip: needsOctokitScenario('paginate-issues') }, async () => {
    const server = await startReplayServer(loadOctokitScenario('paginate-issues'));
    const gh = createGitHubClient({
      owner: 'octokit-fixture-org',
      repo: 'paginate-issues',
      baseUrl: server.baseUrl,
      perPage: 3,
      maxPages: 2,
    });
    assert.equal(data(await gh.listRecentIssues(100)).length, 6);
    assert.equal(server.requests.length, 2);
  });

  it('classic protection: 404 "Branch not protected" is a fact, a recorded protection parses', {
    skip: needsOctokitScenario('branch-protection'),
  }, async () => {
    const recorded = loadOctokitScenario('branch-protection');
    const notProtected = recorded.filter((e) => e.method === 'get');
    // The PUT answers are the protection object GitHub also returns to GET: serve the fuller one.
    const put = recorded.filter((e) => e.method === 'put')[1];
    assert.ok(put);
    const server = await startReplayServer([
      ...notProtected.map((e) => ({ ...e, once: true })),
      { ...put, method: 'get' },
    ]);
    const gh = createGitHubClient({
      owner: 'octokit-fixture-org',
      repo: 'branch-protection',
      token: TOKEN,
      baseUrl: server.baseUrl,
    });
    assert.deepEqual(data(await gh.getBranchProtection('main')), { protected: false });
    const gh2 = createGitHubClient({
      owner: 'octokit-fixture-org',
      repo: 'branch-protection',
      token: TOKEN,
      baseUrl: server.baseUrl,
    });
    const p = data(await gh2.getBranchProtection('main'));
    assert.equal(p.protected, true);
    if (p.protected) {
      assert.equal(p.requiredReviews?.count, 1);
      assert.equal(p.requiredReviews?.dismissStale, true);
      assert.equal(p.requiredReviews?.codeOwners, false);
      assert.deepEqual(p.requiredStatusChecks, { contexts: ['foo/bar'], strict: true });
      assert.equal(p.enforceAdmins, true);
    }
  });

  it('listReleases reads a recorded release with its recorded assets', {
    skip: needsOctokitScenario('release-assets'),
  }, async () => {
    const recorded = loadOctokitScenario('release-assets');
    const release = recorded.find((e) => e.path.endsWith('/releases/tags/v1.0.0'));
    const assets = recorded.find((e) => e.method === 'get' && e.path.endsWith('/releases/1000/assets'));
    assert.ok(release && assets);
    const withAssets = { ...(release.response as object), assets: assets.response };
    const server = await startReplayServer([
      {
        ...release,
        path: '/repos/octokit-fixture-org/release-assets/releases?per_page=5',
        response: [withAssets],
      },
    ]);
    const gh = createGitHubClient({
      owner: 'octokit-fixture-org',
      repo: 'release-assets',
      baseUrl: server.baseUrl,
    });
    const [r] = data(await gh.listReleases(5));
    assert.equal(r?.tagName, 'v1.0.0');
    assert.equal(r?.targetCommitish, '0000000000000000000000000000000000000001');
    assert.equal(r?.assets[0]?.name, 'test-upload.txt');
    assert.equal(r?.assets[0]?.size, 14);
    assert.equal(r?.assets[0]?.contentType, 'text/plain');
  });
});

describe('GitHub client: endpoints the recordings lack (own fixtures)', () => {
  it('getBranchRules reads ruleset rules and their parameters', async () => {
    const { client } = await widget(own('rules.json'), { perPage: 100 });
    const rules = data(await client.getBranchRules('main'));
    assert.deepEqual(
      rules.map((r) => r.type),
      ['deletion', 'non_fast_forward', 'pull_request', 'required_status_checks', 'required_signatures'],
    );
    assert.deepEqual(rules[2]?.pullRequest, {
      requiredApprovingReviewCount: 2,
      requireCodeOwnerReview: true,
      dismissStaleReviewsOnPush: true,
      requireLastPushApproval: false,
      requiredReviewThreadResolution: true,
    });
    assert.deepEqual(rules[3]?.statusChecks, { contexts: ['build', 'test (20.x)'], strict: true });
    assert.deepEqual(rules[3]?.ruleset, { id: 877, source: 'sterling-fixtures', sourceType: 'Organization' });
    assert.deepEqual(data(await client.getBranchRules('unruled')), []);
  });

  it('a rule whose parameters are not the documented shape makes the answer bad-response', async () => {
    const [ruled] = own('rules.json');
    assert.ok(ruled);
    const rules = structuredClone(ruled.response) as Array<{
      type: string;
      parameters?: Record<string, unknown>;
    }>;
    const pr = rules.find((r) => r.type === 'pull_request');
    if (pr?.parameters) pr.parameters.required_approving_review_count = 'two';
    const { client } = await widget([{ ...ruled, response: rules }], { perPage: 100 });
    const r = await client.getBranchRules('main');
    assert.equal(!r.ok && r.reason, 'bad-response');
    assert.match(!r.ok ? r.message : '', /rules\/branches\/main/);
  });

  it('getBranchProtection: full protection, and 403 for a token without admin rights', async () => {
    const { client, server } = await widget(own('protection.json'));
    const p = data(await client.getBranchProtection('main'));
    assert.equal(p.protected && p.linearHistory, true);
    assert.equal(p.protected && p.requiredReviews?.dismissStale, true);
    const denied = await client.getBranchProtection('release/1.x');
    assert.equal(denied.ok, false);
    if (!denied.ok) {
      assert.equal(denied.reason, 'forbidden');
      assert.equal(denied.status, 403);
      assert.deepEqual(denied.tokenScopes, ['public_repo']);
      assert.deepEqual(denied.acceptedScopes, ['repo']);
      assert.match(denied.message, /Resource not accessible by personal access token/);
    }
    assert.equal(
      server.requests[1]?.url,
      '/repos/sterling-fixtures/widget/branches/release%2F1.x/protection',
    );
  });

  it('listRecentMergedPullRequests skips unmerged ones, pages, and attaches reviews', async () => {
    const { client, server } = await widget(own('pulls.json'));
    const pulls = data(await client.listRecentMergedPullRequests(3));
    assert.deepEqual(
      pulls.map((p) => [p.number, p.reviews.map((r) => r.state)]),
      [
        [14, ['APPROVED']],
        [12, ['COMMENTED', 'CHANGES_REQUESTED', 'APPROVED']],
        [11, []],
      ],
    );
    assert.equal(pulls[1]?.author, 'maint-b');
    assert.equal(pulls[0]?.headSha, '0000000000000000000000000000000000000e14');
    const four = data(await client.listRecentMergedPullRequests(4));
    assert.equal(four[3]?.reviews[0]?.author, null);
    const before = server.requests.length;
    const bare = data(await client.listRecentMergedPullRequests(3, { reviews: false }));
    assert.deepEqual(
      bare.map((p) => [p.number, p.reviews.length]),
      [
        [14, 0],
        [12, 0],
        [11, 0],
      ],
    );
    assert.ok(
      !server.requests.slice(before).some((q) => q.url.includes('/reviews')),
      'no review requests with { reviews: false }',
    );
  });

  it('check runs and commit statuses of a commit', async () => {
    const { client } = await widget(own('commit-checks.json'), { perPage: 100 });
    const sha = '0000000000000000000000000000000000000e14';
    const runs = data(await client.listCheckRunsForRef(sha));
    assert.deepEqual(
      runs.map((r) => [r.name, r.status, r.conclusion, r.app]),
      [
        ['build', 'completed', 'success', 'github-actions'],
        ['test (20.x)', 'completed', 'failure', 'github-actions'],
        ['codeql', 'in_progress', null, 'github-code-scanning'],
      ],
    );
    const statuses = data(await client.listCommitStatuses(sha));
    assert.deepEqual(
      statuses.map((s) => [s.context, s.state, s.creator, s.targetUrl]),
      [
        [
          'ci/circleci: test',
          'success',
          'circleci-bot',
          'https://circleci.com/gh/sterling-fixtures/widget/42',
        ],
        ['ci/circleci: test', 'pending', null, null],
      ],
    );
  });

  it('releases with signature and provenance assets', async () => {
    const { client } = await widget(own('releases.json'));
    const releases = data(await client.listReleases(2));
    assert.deepEqual(
      releases[0]?.assets.map((a) => a.name),
      ['widget-1.2.0.tar.gz', 'widget-1.2.0.tar.gz.sigstore.json', 'multiple.intoto.jsonl'],
    );
    assert.equal(releases[1]?.prerelease, true);
  });

  it("a branch summary and recent issue comments with their authors' roles", async () => {
    const { client } = await widget(own('branch-and-comments.json'), { perPage: 100 });
    assert.deepEqual(data(await client.getBranch('main')), {
      name: 'main',
      headSha: '0000000000000000000000000000000000000e14',
      protected: true,
    });
    assert.deepEqual(
      data(await client.listRecentIssueComments(10)).map((c) => [
        c.issueNumber,
        c.onPullRequest,
        c.authorAssociation,
      ]),
      [
        [21, false, 'MEMBER'],
        [14, true, 'CONTRIBUTOR'],
        [20, false, 'NONE'],
      ],
    );
  });

  it('comments since a time: the `since` parameter is sent as given', async () => {
    const { client, server } = await widget(own('branch-and-comments.json'), { perPage: 100 });
    const since = '2026-09-01T00:00:00.000Z';
    assert.equal(data(await client.listRecentIssueComments(10, { since })).length, 3);
    const url = new URL(server.requests.at(-1)!.url, 'http://x');
    assert.equal(url.searchParams.get('since'), since);
  });

  it('who merged a pull request, issues without the pull requests the endpoint also lists, SAST check runs', async () => {
    const { client } = await widget(own('activity.json'), { perPage: 100 });
    assert.equal(data(await client.getPullRequestMerger(14)), 'maint-b');
    assert.deepEqual(
      data(await client.listRecentIssues(30)).map((i) => [i.number, i.authorAssociation, i.comments]),
      [[21, 'NONE', 2]],
    );
    const runs = data(await client.listCheckRunsForRef('0000000000000000000000000000000000000e14'));
    assert.deepEqual(
      runs.map((r) => [r.app, r.status, r.conclusion]),
      [['github-code-scanning', 'completed', 'success']],
    );
    const missing = await client.getPullRequestMerger(99);
    assert.equal(!missing.ok && missing.reason, 'not-found');
  });

  it('a comment whose issue_url names no issue makes the answer bad-response', async () => {
    const [, comments] = own('branch-and-comments.json');
    assert.ok(comments);
    const broken = structuredClone(comments.response) as Array<{ issue_url: string }>;
    if (broken[1]) broken[1].issue_url = 'https://api.github.com/repos/sterling-fixtures/widget/issues/';
    const { client } = await widget([{ ...comments, response: broken }], { perPage: 100 });
    const r = await client.listRecentIssueComments(10);
    assert.equal(!r.ok && r.reason, 'bad-response');
    assert.match(!r.ok ? r.message : '', /at \[1\]: issue_url names no issue/);
  });

  it('private vulnerability reporting and webhooks (secrets and URLs are not kept)', async () => {
    const { client } = await widget(own('settings.json'), { perPage: 100 });
    assert.deepEqual(data(await client.getPrivateVulnerabilityReporting()), { enabled: true });
    const hooks = data(await client.listWebhooks());
    assert.deepEqual(hooks, [
      {
        id: 12345678,
        name: 'web',
        active: true,
        events: ['push', 'pull_request'],
        hasSecret: true,
        insecureSsl: false,
      },
      { id: 12345679, name: 'web', active: false, events: ['*'], hasSecret: false, insecureSsl: true },
    ]);
    assert.doesNotMatch(JSON.stringify(hooks), /token=abc|ci\.example/);
  });
});
