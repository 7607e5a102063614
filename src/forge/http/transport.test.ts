/**
 * Failure paths of the forge HTTP layer, through the GitHub client against a real local server:
 * every remote problem is a typed `ForgeUnavailable`, never an exception, and the server's request
 * log proves what was (not) sent.
 */
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type Exchange, startReplayServer } from '../../../test/helpers/replay-server.js';
import { tempDir } from '../../../test/helpers/tmp.js';
import { createGitHubClient, type GitHubClientOptions } from '../github/client.js';
import type { ForgeResult, ForgeUnavailable } from '../types.js';
import { describeUnavailable } from '../unavailable.js';

const REPO = '/repos/o/r';
const REPO_BODY = {
  full_name: 'o/r',
  html_url: 'https://github.com/o/r',
  default_branch: 'main',
  archived: true,
  private: false,
  fork: false,
  has_issues: true,
  open_issues_count: 3,
  created_at: '2020-01-01T00:00:00Z',
  pushed_at: null,
  license: { spdx_id: 'MIT' },
};
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

function get(
  path: string,
  status: number,
  response: unknown,
  headers: Record<string, string> = {},
): Exchange {
  return { method: 'get', path, status, response, headers: { ...JSON_TYPE, ...headers } };
}

async function client(exchanges: Exchange[], options: Partial<GitHubClientOptions> = {}) {
  const server = await startReplayServer(exchanges);
  const gh = createGitHubClient({
    owner: 'o',
    repo: 'r',
    token: 't0ken',
    ...options,
    baseUrl: server.baseUrl,
  });
  return { server, gh };
}

function failure<T>(r: ForgeResult<T>): ForgeUnavailable {
  if (r.ok) assert.fail(`expected unavailable, got data ${JSON.stringify(r.data)}`);
  return r;
}

const inAnHour = String(Math.floor(Date.now() / 1000) + 3600);

describe('forge transport: answers that are not data', () => {
  it('maps statuses to reasons', async () => {
    const cases: Array<[string, Exchange, Partial<GitHubClientOptions>, string, number]> = [
      ['404', get(REPO, 404, { message: 'Not Found' }), {}, 'not-found', 1],
      ['401 bad token', get(REPO, 401, { message: 'Bad credentials' }), {}, 'unauthorized', 1],
      [
        '401 without token',
        get(REPO, 401, { message: 'Requires authentication' }),
        { token: '' },
        'no-token',
        1,
      ],
      [
        '403 not a rate limit',
        get(REPO, 403, { message: 'Must have admin rights to Repository.' }),
        {},
        'forbidden',
        1,
      ],
      ['500', get(REPO, 500, { message: 'Server Error' }), {}, 'network', 1],
      ['418', get(REPO, 418, {}), {}, 'bad-response', 1],
    ];
    for (const [name, exchange, options, reason, requests] of cases) {
      const { server, gh } = await client([exchange], options);
      const f = failure(await gh.getRepository());
      assert.equal(f.reason, reason, name);
      assert.equal(f.status, exchange.status, name);
      assert.equal(server.requests.length, requests, name);
      assert.equal(f.request, 'GET /repos/o/r', name);
      assert.ok(describeUnavailable(f).startsWith('needs forge access: '), name);
      assert.ok(describeUnavailable(f).includes(f.message), name);
    }
  });

  it('admin-only endpoints without a token answer no-token without a request', async () => {
    const { server, gh } = await client([], { token: undefined });
    assert.equal(failure(await gh.listWebhooks()).reason, 'no-token');
    assert.equal(failure(await gh.getBranchProtection('main')).reason, 'no-token');
    assert.equal(server.requests.length, 0);
  });

  it('quotes the server message: control characters never reach the text raw', async () => {
    const { gh } = await client([get(REPO, 404, { message: 'gone\u001b[2J\u202e' })]);
    const f = failure(await gh.getRepository());
    assert.equal(f.serverMessage, '"gone\\u001b[2J\\u202e"');
    assert.equal(f.message.includes('\u001b') || f.message.includes('\u202e'), false);
  });

  it('malformed JSON, wrong shape and hostile nesting are bad-response', async () => {
    const deep = `${'['.repeat(300)}${']'.repeat(300)}`;
    const { gh: a } = await client([{ ...get(REPO, 200, undefined), rawBody: '{"full_name": "o/r",' }]);
    assert.match(failure(await a.getRepository()).message, /malformed JSON/);
    const { gh: b } = await client([get(REPO, 200, { ...REPO_BODY, archived: 'yes' })]);
    const shape = failure(await b.getRepository());
    assert.equal(shape.reason, 'bad-response');
    assert.match(shape.message, /at \.archived: /);
    const { gh: c } = await client([{ ...get(REPO, 200, undefined), rawBody: deep }]);
    assert.match(failure(await c.getRepository()).message, /nested deeper than 256/);
  });

  it('caps the body size, declared or streamed', async () => {
    const big = JSON.stringify({ ...REPO_BODY, padding: 'x'.repeat(5000) });
    for (const chunked of [false, true]) {
      const { gh } = await client([{ ...get(REPO, 200, undefined), rawBody: big, chunked }], {
        maxResponseBytes: 1000,
      });
      const f = failure(await gh.getRepository());
      assert.equal(f.reason, 'bad-response');
      assert.match(f.message, /over the 1000-byte limit/);
    }
  });

  it('times out a slow answer, and reports a refused connection', async () => {
    const { gh } = await client([{ ...get(REPO, 200, REPO_BODY), delayMs: 2000 }], { timeoutMs: 150 });
    const started = Date.now();
    const slow = failure(await gh.getRepository());
    assert.equal(slow.reason, 'network');
    assert.match(slow.message, /no complete answer within 150 ms/);
    assert.ok(Date.now() - started < 1500);
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const closed = createGitHubClient({ owner: 'o', repo: 'r', baseUrl: `http://127.0.0.1:${port}` });
    const refused = failure(await closed.getRepository());
    assert.equal(refused.reason, 'network');
    assert.match(refused.message, /ECONNREFUSED/);
  });

  it('does not follow a redirect or a next link off the base URL (the token stays home)', async () => {
    const elsewhere = await startReplayServer([get(REPO, 200, REPO_BODY)]);
    const { gh } = await client([get(REPO, 301, {}, { location: `${elsewhere.baseUrl}${REPO}` })]);
    assert.equal(failure(await gh.getRepository()).reason, 'bad-response');
    const { gh: paged } = await client([
      get(`${REPO}/issues?per_page=100`, 200, [], {
        link: `<${elsewhere.baseUrl}${REPO}/issues?page=2>; rel="next"`,
      }),
    ]);
    assert.deepEqual(await paged.listRecentIssues(10), { ok: true, data: [] });
    assert.equal(elsewhere.requests.length, 0);
  });

  it('follows a same-base redirect (a renamed repository)', async () => {
    const { gh, server } = await client([
      get(REPO, 301, { message: 'Moved Permanently' }, { location: '/repos/o/renamed' }),
      get('/repos/o/renamed', 200, { ...REPO_BODY, full_name: 'o/renamed' }),
    ]);
    const r = await gh.getRepository();
    assert.equal(r.ok && r.data.fullName, 'o/renamed');
    assert.equal(server.requests[1]?.headers.authorization, 'Bearer t0ken');
  });
});

describe('forge transport: rate limits', () => {
  it('primary limit exhausted (403 or 429): rate-limited with the reset time, later calls send nothing', async () => {
    for (const status of [403, 429]) {
      const limited = get(
        REPO,
        status,
        { message: 'API rate limit exceeded for user ID 1.' },
        {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': inAnHour,
        },
      );
      const { server, gh } = await client([limited]);
      const f = failure(await gh.getRepository());
      assert.equal(f.reason, 'rate-limited');
      assert.equal(f.resetAt, new Date(Number(inAnHour) * 1000 + 1000).toISOString());
      assert.equal(failure(await gh.listRecentIssues(5)).reason, 'rate-limited');
      assert.equal(server.requests.length, 1);
    }
  });

  it('a success that spends the last request blocks the next call until the reset', async () => {
    const { server, gh } = await client([
      get(REPO, 200, REPO_BODY, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': inAnHour }),
    ]);
    assert.equal((await gh.getRepository()).ok, true);
    const f = failure(await gh.getBranchRules('main'));
    assert.equal(f.reason, 'rate-limited');
    assert.equal(f.resetAt, new Date(Number(inAnHour) * 1000).toISOString());
    assert.equal(server.requests.length, 1);
  });

  it('secondary limit with a short retry-after: waits, retries, succeeds', async () => {
    const { server, gh } = await client([
      {
        ...get(REPO, 403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '1' }),
        once: true,
      },
      get(REPO, 200, REPO_BODY),
    ]);
    const started = Date.now();
    const r = await gh.getRepository();
    assert.equal(r.ok && r.data.archived, true);
    assert.equal(server.requests.length, 2);
    assert.ok(Date.now() - started >= 950);
  });

  it('gives up at once when the wait is longer than allowed (retry-after, or none: 60 s)', async () => {
    for (const headers of [{ 'retry-after': '120' }, {} as Record<string, string>]) {
      const { server, gh } = await client(
        [get(REPO, 403, { message: 'You have exceeded a secondary rate limit.' }, headers)],
        { maxRateLimitWaitMs: 5000 },
      );
      const f = failure(await gh.getRepository());
      assert.equal(f.reason, 'rate-limited');
      assert.equal(server.requests.length, 1);
    }
  });

  it('a hostile reset far in the future is still a plain rate-limited answer', async () => {
    const { gh } = await client([
      get(
        REPO,
        429,
        { message: 'x' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '99999999999999' },
      ),
    ]);
    const f = failure(await gh.getRepository());
    assert.equal(f.reason, 'rate-limited');
    // The reset is ignored (it would be no valid date); the documented one-minute wait applies.
    assert.ok(Math.abs(Date.parse(f.resetAt ?? '') - Date.now() - 60_000) < 5000);
  });

  it('stops retrying after maxRetries', async () => {
    const { server, gh } = await client([get(REPO, 429, { message: 'slow down' }, { 'retry-after': '0' })], {
      maxRetries: 2,
    });
    assert.equal(failure(await gh.getRepository()).reason, 'rate-limited');
    assert.equal(server.requests.length, 3);
  });
});

describe('forge transport: cache and offline', () => {
  const cached = get(REPO, 200, REPO_BODY, { etag: '"v1"' });

  it('memory: the same call twice sends one request', async () => {
    const { server, gh } = await client([cached]);
    assert.deepEqual(await gh.getRepository(), await gh.getRepository());
    assert.equal(server.requests.length, 1);
  });

  it('disk: a new client revalidates with If-None-Match and uses the 304', async () => {
    const dir = tempDir();
    const { server } = await client([cached]);
    const make = (token: string) =>
      createGitHubClient({ owner: 'o', repo: 'r', token, baseUrl: server.baseUrl, cacheDir: dir });
    const first = await make('t0ken').getRepository();
    const second = await make('t0ken').getRepository();
    assert.deepEqual(second, first);
    assert.equal(server.requests[1]?.headers['if-none-match'], '"v1"');
    // Another token has its own entries: no validator sent.
    await make('other').getRepository();
    assert.equal(server.requests[2]?.headers['if-none-match'], undefined);
    // A damaged cache file is ignored, not trusted.
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), '{"v":1,"key":');
    assert.deepEqual(await make('t0ken').getRepository(), first);
    assert.equal(server.requests[3]?.headers['if-none-match'], undefined);
  });

  it('offline: every call answers offline and the server sees zero requests', async () => {
    const { server, gh } = await client([cached], { offline: true });
    const results = await Promise.all([
      gh.getRepository(),
      gh.getBranch('main'),
      gh.getBranchRules('main'),
      gh.getBranchProtection('main'),
      gh.listRecentMergedPullRequests(5),
      gh.listCheckRunsForRef('main'),
      gh.listCommitStatuses('main'),
      gh.listReleases(5),
      gh.getPrivateVulnerabilityReporting(),
      gh.listRecentIssues(5),
      gh.listRecentIssueComments(5),
      gh.listWebhooks(),
    ]);
    assert.deepEqual(
      results.map((r) => !r.ok && r.reason),
      Array(12).fill('offline'),
    );
    assert.equal(server.requests.length, 0);
    assert.equal(gh.requestCount, 0);
  });
});
