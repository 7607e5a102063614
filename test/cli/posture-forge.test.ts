/**
 * `sterling posture` / `sterling scan` with the forge: token from the environment, --github-api-url
 * pointing at a local GitHub replay server, --repo, --offline.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as gh from '../../src/posture/forge/__fixtures__/github.js';
import { runCli } from '../helpers/cli.js';
import { startReplayServer } from '../helpers/replay-server.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

const SHA = '0000000000000000000000000000000000000e14';

function forgeAnswers() {
  return [
    gh.repository(),
    gh.releases([
      { tag: 'v1.2.0', assets: ['widget.tgz', 'widget.tgz.sigstore.json', 'widget.intoto.jsonl'] },
      { tag: 'v1.1.0', assets: ['widget.tgz'] },
    ]),
    gh.branch('main', true),
    gh.rules('main', [
      { type: 'deletion' },
      { type: 'non_fast_forward' },
      { type: 'pull_request', approvals: 2, dismissStale: true, codeOwners: true, lastPush: true },
      { type: 'required_status_checks', contexts: ['build'], strict: true },
    ]),
    gh.protection('main', 'forbidden'),
    gh.pulls([{ number: 14, sha: SHA }]),
    ...gh.ciResults(SHA, [['github-actions', 'success']]),
    gh.hooks([true, false]),
    gh.badge('silver'),
  ];
}

function project(): string {
  const dir = tempDir();
  writeTree(dir, { 'LICENSE-MIT': 'MIT License\n', '.github/CODEOWNERS': '* @sterling-fixtures/maint\n' });
  return dir;
}

describe('sterling posture with the forge', () => {
  it('scorecard-json carries the forge checks, scored from the local GitHub API with the env token', async () => {
    const server = await startReplayServer(forgeAnswers());
    const r = await runCli(
      [
        'posture',
        project(),
        '--repo',
        'sterling-fixtures/widget',
        '--github-api-url',
        server.baseUrl,
        '-f',
        'scorecard-json',
      ],
      {
        env: {
          STERLING_OFFLINE: undefined,
          STERLING_GITHUB_TOKEN: 'ghp_cli_test',
          STERLING_BESTPRACTICES_URL: server.baseUrl,
          SOURCE_DATE_EPOCH: '1700000000',
        },
      },
    );
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    const byName = new Map(doc.checks.map((c: { name: string }) => [c.name, c]));
    const pick = (n: string) => {
      const c = byName.get(n) as { score: number; reason: string };
      return [c.score, c.reason];
    };
    // rulesets only (classic protection 403): tiers 1-4 complete, tier 5 admin-only: stale
    // dismissal yes, admin enforcement unknown (not counted) -> 10
    assert.deepEqual(pick('Branch-Protection'), [
      10,
      'branch protection is fully enabled on development and all release branches',
    ]);
    assert.deepEqual(pick('CI-Tests'), [10, '1 out of 1 merged PRs checked by a CI test']);
    assert.deepEqual(pick('CII-Best-Practices'), [7, 'badge detected: Silver']);
    // v1.2.0 provenance 10, v1.1.0 nothing -> 5
    assert.deepEqual(pick('Signed-Releases'), [
      5,
      '1 out of the last 2 releases have a total of 2 signed artifacts.',
    ]);
    assert.deepEqual(pick('Webhooks'), [
      5,
      '1 out of the projects 2 webhooks are configured without a secret',
    ]);
    assert.ok(server.requests.some((q) => q.headers.authorization === 'Bearer ghp_cli_test'));
  });

  it('GITHUB_TOKEN works too; the table names the repository and the requests sent', async () => {
    const server = await startReplayServer(forgeAnswers());
    const r = await runCli(['posture', project(), '--repo', 'sterling-fixtures/widget'], {
      env: {
        STERLING_OFFLINE: undefined,
        GITHUB_TOKEN: 'ghp_fallback',
        STERLING_GITHUB_API_URL: server.baseUrl,
        STERLING_BESTPRACTICES_URL: server.baseUrl,
      },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /5\/10 +Webhooks +1 out of the projects 2 webhooks are configured without a secret/,
    );
    assert.match(
      r.stdout,
      new RegExp(`forge: sterling-fixtures/widget, ${server.requests.length} request\\(s\\)`),
    );
    assert.equal(server.requests[0]?.headers.authorization, 'Bearer ghp_fallback');
  });

  /** A command run against the replay server with --offline and a token in the environment. */
  async function offline(command: string, ...extra: string[]) {
    const server = await startReplayServer(forgeAnswers());
    const args = [
      command,
      project(),
      '--repo',
      'sterling-fixtures/widget',
      '--github-api-url',
      server.baseUrl,
    ];
    const r = await runCli([...args, '--offline', ...extra], {
      env: { STERLING_OFFLINE: undefined, STERLING_GITHUB_TOKEN: 'ghp_cli_test' },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(server.requests, [], 'no request reaches the server');
    return r;
  }

  it('--offline: the forge checks say why and stay out of the aggregate', async () => {
    const doc = JSON.parse((await offline('posture', '-f', 'json')).stdout);
    const forge = doc.posture.checks.filter((c: { evidence: string }) => c.evidence === 'forge');
    assert.equal(forge.length, 5);
    for (const c of forge) assert.deepEqual([c.status, c.score], ['needs-forge', -1]);
    assert.equal(doc.posture.sources.forge.requests, 0);
  });

  it('sterling scan --offline sends nothing either', async () => {
    const r = await offline('scan', '--no-vulns');
    assert.match(r.stdout, /\? +Branch-Protection +needs forge access: offline mode/);
  });

  it('a bad --repo or --github-api-url is a usage error (exit 2) with a plain message', async () => {
    const bad = await runCli(['posture', project(), '--repo', 'just-a-name']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--repo: "just-a-name" is not owner\/name/);
    const url = await runCli(['posture', project(), '--repo', 'o/r', '--github-api-url', 'ftp://x'], {
      env: { GITHUB_TOKEN: 't' },
    });
    assert.equal(url.code, 2);
    assert.match(url.stderr, /GitHub API URL must be an http\(s\) URL/);
    assert.doesNotMatch(bad.stderr + url.stderr, /\n\s+at /);
  });
});
