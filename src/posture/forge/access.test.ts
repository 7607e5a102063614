/**
 * How posture reaches the forge, and what the forge checks say when it cannot: offline (zero
 * requests), no repository, a non-GitHub origin, rate limits, 403/404, GitHub Enterprise's /api/v3.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gitIn as git } from '../../../test/helpers/git.js';
import { type Exchange, startReplayServer } from '../../../test/helpers/replay-server.js';
import { tempDir, writeTree } from '../../../test/helpers/tmp.js';
import type { PostureReport } from '../../core/model/posture.js';
import { scan } from '../../core/pipeline/scan.js';
import * as gh from './__fixtures__/github.js';
import type { ForgeSettings } from './connect.js';

const FORGE_CHECKS = ['Branch-Protection', 'CI-Tests', 'CII-Best-Practices', 'Signed-Releases', 'Webhooks'];

/** Every forge answer a full run needs, all good news. */
function everything(): Exchange[] {
  const sha = '0000000000000000000000000000000000000e14';
  return [
    gh.repository(),
    gh.releases([{ tag: 'v1', assets: ['a.tgz', 'a.tgz.sigstore.json'] }]),
    gh.branch('main', true),
    gh.rules('main', [{ type: 'deletion' }, { type: 'non_fast_forward' }]),
    gh.protection('main', 'forbidden'),
    gh.pulls([{ number: 14, sha }]),
    ...gh.ciResults(sha, [['github-actions', 'success']]),
    gh.hooks([true]),
    gh.badge('passing'),
  ];
}

async function posture(dir: string, forge: ForgeSettings, checks = FORGE_CHECKS): Promise<PostureReport> {
  const r = await scan(dir, { posture: { checks, forge }, extractors: [] });
  if (r.posture.status !== 'ok') throw new Error('posture did not run');
  return r.posture;
}

function project(): string {
  const dir = tempDir();
  writeTree(dir, { 'README.md': 'widget\n' });
  return dir;
}

/** Settings for the replay server with a token, overridable. */
function local(server: { baseUrl: string }, extra: Partial<ForgeSettings> = {}): ForgeSettings {
  return {
    apiUrl: server.baseUrl,
    bestPracticesUrl: server.baseUrl,
    repo: 'sterling-fixtures/widget',
    token: 'ghp_test',
    ...extra,
  };
}

const reasons = (p: PostureReport) => p.checks.map((c) => [c.name, c.status, c.score, c.reason]);

describe('forge access', () => {
  it('--offline: every forge check needs forge access, and the server sees zero requests', async () => {
    const server = await startReplayServer(everything());
    const p = await posture(project(), local(server, { offline: true }));
    const why = 'needs forge access: offline mode, no request was made';
    assert.deepEqual(
      reasons(p),
      FORGE_CHECKS.map((n) => [n, 'needs-forge', -1, why]),
    );
    assert.equal(p.aggregateScore, -1, 'nothing scored, nothing averaged');
    assert.deepEqual(server.requests, []);
    assert.deepEqual(p.sources.forge, { requests: 0, note: why });
  });

  it('the same run online scores every forge check, counting the requests', async () => {
    const server = await startReplayServer(everything());
    const p = await posture(project(), local(server));
    assert.deepEqual(
      p.checks.map((c) => [c.name, c.score]),
      [
        ['Branch-Protection', 3],
        ['CI-Tests', 10],
        ['CII-Best-Practices', 5],
        ['Signed-Releases', 8],
        ['Webhooks', 10],
      ],
    );
    assert.equal(p.sources.forge?.repository, 'sterling-fixtures/widget');
    assert.equal(p.sources.forge?.requests, server.requests.length);
    // repository, releases, branch, rules, protection, pulls, check runs, statuses, hooks, badge
    assert.equal(server.requests.length, 10);
    assert.ok(
      server.requests.every(
        (q) => q.headers.authorization === 'Bearer ghp_test' || q.url.startsWith('/projects.json'),
      ),
    );
    assert.equal(
      server.requests.find((q) => q.url.startsWith('/projects.json'))?.headers.authorization,
      undefined,
      'the GitHub token never goes to bestpractices.dev',
    );
  });

  it('no --repo and a folder that is not a git checkout: says how to name the repository', async () => {
    const server = await startReplayServer(everything());
    const p = await posture(project(), local(server, { repo: undefined }), ['Webhooks']);
    assert.match(
      p.checks[0]!.reason,
      /^needs forge access: the target is not the top folder of a git checkout \(name the repository with --repo owner\/name\)$/,
    );
    assert.deepEqual(server.requests, []);
  });

  it("the origin remote names the repository (scp-like GitHub URL); a non-GitHub origin is 'not a GitHub repository'", async () => {
    const server = await startReplayServer(everything());
    const dir = project();
    git(dir, 'init', '-q');
    git(dir, 'remote', 'add', 'origin', 'git@github.com:sterling-fixtures/widget.git');
    const p = await posture(dir, local(server, { repo: undefined }), ['Webhooks']);
    assert.equal(p.checks[0]!.score, 10);
    assert.deepEqual(
      server.requests.map((q) => q.url),
      ['/repos/sterling-fixtures/widget/hooks?per_page=100'],
    );

    const bare = project();
    git(bare, 'init', '-q');
    const none = await posture(bare, local(server, { repo: undefined }), ['Webhooks']);
    assert.equal(
      none.checks[0]!.reason,
      'needs forge access: the checkout has no origin remote (name the repository with --repo owner/name)',
    );

    const other = project();
    git(other, 'init', '-q');
    git(other, 'remote', 'add', 'origin', 'https://user:secret@gitlab.com/group/widget.git');
    const q = await posture(other, local(server, { repo: undefined }), ['Webhooks']);
    assert.equal(q.checks[0]!.status, 'needs-forge');
    assert.equal(
      q.checks[0]!.reason,
      'needs forge access: not a GitHub repository (origin is on "gitlab.com"); name one with --repo owner/name',
    );
    assert.doesNotMatch(q.checks[0]!.reason, /secret/);
    assert.equal(server.requests.length, 1, 'no request for the GitLab checkout');
  });

  it('rate limit spent: the checks that needed the forge say so, with no score', async () => {
    const server = await startReplayServer([
      gh.rateLimited(gh.REPO_PATH),
      gh.rateLimited(`${gh.REPO_PATH}/releases`),
    ]);
    const p = await posture(project(), local(server), ['Branch-Protection', 'CI-Tests', 'Signed-Releases']);
    for (const c of p.checks) {
      assert.equal(c.status, 'needs-forge', c.name);
      assert.match(c.reason, /^needs forge access: the API rate limit is exhausted/, c.name);
    }
    assert.equal(server.requests.length, 1, 'after a spent limit nothing more is asked');
  });

  it('an unreachable API (502) is asked once, not once per fact', async () => {
    const server = await startReplayServer([
      {
        method: 'get',
        path: gh.REPO_PATH,
        status: 502,
        headers: { 'content-type': 'text/html' },
        rawBody: '<h1>502</h1>',
      },
    ]);
    const p = await posture(project(), local(server), [
      'Branch-Protection',
      'CI-Tests',
      'Signed-Releases',
      'Webhooks',
    ]);
    for (const c of p.checks) {
      assert.equal(c.status, 'needs-forge', c.name);
      assert.match(c.reason, /^needs forge access: the forge could not be reached/, c.name);
    }
    assert.deepEqual(
      server.requests.map((q) => q.url),
      [gh.REPO_PATH],
    );
  });

  it('404 (repository unknown or hidden) and 403 on webhooks: needs-forge with the reason', async () => {
    const server = await startReplayServer([
      {
        method: 'get',
        path: `${gh.REPO_PATH}/hooks?per_page=100`,
        status: 403,
        headers: {
          ...gh.HEADERS,
          etag: '',
          'x-accepted-oauth-scopes': 'admin:repo_hook, read:repo_hook, repo',
          'x-oauth-scopes': 'public_repo',
        },
        response: {
          message: 'Must have admin rights to Repository.',
          documentation_url: 'https://docs.github.com/rest/webhooks/repos#list-repository-webhooks',
        },
      },
    ]);
    const p = await posture(project(), local(server), ['CI-Tests', 'Webhooks']);
    assert.match(p.checks[0]!.reason, /^needs forge access: not found on the forge/);
    assert.match(p.checks[1]!.reason, /^needs forge access: the token lacks the access this needs/);
    assert.match(p.checks[1]!.reason, /Must have admin rights to Repository/);
    assert.ok(p.checks.every((c) => c.score === -1 && c.details.length === 0));
  });

  it('GitHub Enterprise: requests go under /api/v3', async () => {
    const server = await startReplayServer([gh.hooks([true, false])], '/api/v3');
    const p = await posture(project(), local(server), ['Webhooks']);
    assert.equal(p.checks[0]!.score, 5);
    assert.deepEqual(
      server.requests.map((q) => q.url),
      ['/api/v3/repos/sterling-fixtures/widget/hooks?per_page=100'],
    );
  });

  it('a malformed --repo or a token over plain HTTP to another host is a usage error', async () => {
    await assert.rejects(
      posture(project(), { repo: 'not a repo' }, ['Webhooks']),
      /--repo: "not a repo" is not owner\/name/,
    );
    await assert.rejects(
      posture(project(), { repo: 'o/r', token: 't', apiUrl: 'http://ghe.example.com/api/v3' }, ['Webhooks']),
      /refusing to send a token over plain HTTP/,
    );
  });
});
