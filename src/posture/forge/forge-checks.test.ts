/**
 * The forge checks end to end below the CLI: scan() with posture forge settings against a real
 * HTTP server on 127.0.0.1 replaying GitHub REST and bestpractices.dev answers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Exchange, startReplayServer } from '../../../test/helpers/replay-server.js';
import { validateScanResult } from '../../../test/helpers/scan-schema.js';
import { tempDir, writeTree } from '../../../test/helpers/tmp.js';
import type { CheckResult } from '../../core/model/posture.js';
import { scan } from '../../core/pipeline/scan.js';
import * as gh from './__fixtures__/github.js';
import type { ForgeSettings } from './connect.js';

interface Run {
  check: CheckResult;
  requests: string[];
  forgeRequests: number;
}

async function runCheck(
  name: string,
  exchanges: Exchange[],
  settings: Partial<ForgeSettings> = {},
  tree: Record<string, string> = { 'README.md': 'widget\n' },
): Promise<Run> {
  const server = await startReplayServer(exchanges);
  const dir = tempDir();
  writeTree(dir, tree);
  const forge: ForgeSettings = {
    apiUrl: server.baseUrl,
    bestPracticesUrl: server.baseUrl,
    repo: `${gh.OWNER}/${gh.REPO}`,
    token: 'ghp_test',
    ...settings,
  };
  const r = await scan(dir, { posture: { checks: [name], forge }, extractors: [] });
  assert.deepEqual(validateScanResult(JSON.parse(JSON.stringify(r))), [], 'schema-valid ScanResult');
  assert.equal(r.posture.status, 'ok');
  if (r.posture.status !== 'ok') throw new Error('unreachable');
  const check = r.posture.checks[0]!;
  assert.equal(check.name, name);
  assert.equal(check.evidence, 'forge');
  return {
    check,
    requests: server.requests.map((q) => q.url),
    forgeRequests: r.posture.sources.forge?.requests ?? -1,
  };
}

const scored = (r: Run) => [r.check.status, r.check.score, r.check.reason];
const MAIN_PROTECTED = [gh.repository(), gh.releases([]), gh.branch('main', true)];

describe('Branch-Protection from the forge (Scorecard tiers)', () => {
  it('admin token, every setting on: 10', async () => {
    const r = await runCheck(
      'Branch-Protection',
      [...MAIN_PROTECTED, gh.rules('main', []), gh.protection('main', 'full')],
      {},
      { '.github/CODEOWNERS': '* @sterling-fixtures/maintainers\n' },
    );
    assert.deepEqual(scored(r), [
      'scored',
      10,
      'branch protection is fully enabled on development and all release branches',
    ]);
    assert.ok(
      r.check.details.includes("Info: 'allow deletion' disabled on branch 'main'"),
      r.check.details.join('\n'),
    );
    assert.equal(r.forgeRequests, r.requests.length);
  });

  it('the same settings without a CODEOWNERS file lose half of tier 4: 8', async () => {
    const r = await runCheck('Branch-Protection', [
      ...MAIN_PROTECTED,
      gh.rules('main', []),
      gh.protection('main', 'full'),
    ]);
    // tiers 1-3 complete (8), tier 4: two approvers yes, code owners no -> 1 * 1/2 -> 8.5 -> 8
    assert.equal(r.check.score, 8);
    assert.ok(
      r.check.details.includes('Warn: codeowners review is required - but no codeowners file found in repo'),
    );
  });

  it('unprotected (GitHub says "Branch not protected"): 0 with a warning', async () => {
    const r = await runCheck('Branch-Protection', [
      gh.repository(),
      gh.releases([]),
      gh.branch('main', false),
      gh.rules('main', []),
      gh.protection('main', 'none'),
    ]);
    assert.deepEqual(scored(r), [
      'scored',
      0,
      'branch protection not enabled on development/release branches',
    ]);
    assert.deepEqual(r.check.details, ["Warn: branch protection not enabled for branch 'main'"]);
  });

  it('classic protection that allows deletion stops at the first tier', async () => {
    const r = await runCheck('Branch-Protection', [
      ...MAIN_PROTECTED,
      gh.rules('main', []),
      gh.protection('main', 'weak'),
    ]);
    // basic: force pushes blocked (1 of 2) -> 3 * 1/2 = 1.5 -> 1
    assert.equal(r.check.score, 1);
  });

  it('rulesets only (classic protection forbidden to this token): scored from the rulesets, and says so', async () => {
    const r = await runCheck('Branch-Protection', [
      ...MAIN_PROTECTED,
      gh.rules('main', [
        { type: 'deletion' },
        { type: 'non_fast_forward' },
        { type: 'pull_request', approvals: 1, dismissStale: true },
        { type: 'required_status_checks', contexts: ['build'], strict: true },
      ]),
      gh.protection('main', 'forbidden'),
    ]);
    // basic 2/2 -> 3; reviews: approvers 2/2 + (up to date 1, last push 0, PRs 1) of 3 -> 4/5 -> +2.4 -> 5
    assert.deepEqual(scored(r), [
      'scored',
      5,
      'branch protection is not maximal on development and all release branches',
    ]);
    assert.ok(
      r.check.details.some((d) =>
        d.startsWith(
          "Info: classic branch protection of 'main' could not be read, the score counts its rulesets only: needs forge access: the token lacks the access",
        ),
      ),
      r.check.details.join('\n'),
    );
  });

  it('rulesets from two sources merge, the more restrictive value winning', async () => {
    const a = gh.rules('main', [{ type: 'deletion' }, { type: 'pull_request', approvals: 1 }], 1);
    const b = gh.rules(
      'main',
      [{ type: 'non_fast_forward' }, { type: 'pull_request', approvals: 2, lastPush: true }],
      2,
    );
    const both = { ...a, response: [...(a.response as unknown[]), ...(b.response as unknown[])] };
    const r = await runCheck('Branch-Protection', [
      ...MAIN_PROTECTED,
      both,
      gh.protection('main', 'forbidden'),
    ]);
    // deletion blocked by one, force pushes by the other: tier 1 complete (3); reviews: 2 approvers,
    // last push approval, PRs required, up-to-date unknown (not counted) -> 4/4 (+3); no status checks.
    assert.equal(r.check.score, 6);
    const one = await runCheck('Branch-Protection', [
      ...MAIN_PROTECTED,
      a,
      gh.protection('main', 'forbidden'),
    ]);
    assert.equal(one.check.score, 1, 'one ruleset alone leaves force pushes allowed');
  });

  it('a protected branch whose settings only an admin could see: needs-forge, not 0', async () => {
    const r = await runCheck('Branch-Protection', [
      ...MAIN_PROTECTED,
      gh.rules('main', []),
      gh.protection('main', 'hidden'),
    ]);
    assert.equal(r.check.status, 'needs-forge');
    assert.equal(r.check.score, -1);
    assert.match(
      r.check.reason,
      /^branch 'main' is protected, but only an admin token can see its settings: needs forge access: not found/,
    );
  });

  it('no token: classic protection is not asked for; a protected branch without rulesets needs forge access', async () => {
    const r = await runCheck('Branch-Protection', [...MAIN_PROTECTED, gh.rules('main', [])], {
      token: undefined,
    });
    assert.equal(r.check.status, 'needs-forge');
    assert.match(r.check.reason, /no token was given/);
    assert.ok(!r.requests.some((u) => u.endsWith('/protection')), 'admin-only endpoint not requested');
  });

  it('release branches count: a protected main and an unprotected release branch', async () => {
    const r = await runCheck('Branch-Protection', [
      gh.repository(),
      gh.releases([
        { tag: 'v1.2.0', target: 'release/1.x', assets: [] },
        { tag: 'v1.1.0', target: '0123456789abcdef0123456789abcdef01234567', assets: [] },
      ]),
      gh.branch('main', true),
      gh.rules('main', []),
      gh.protection('main', 'full'),
      gh.branch('release/1.x', false),
      gh.rules('release/1.x', []),
      gh.protection('release/1.x', 'none'),
    ]);
    // basic: 2 of 4 -> 1.5 -> 1; a commit SHA target is not a branch
    assert.equal(r.check.score, 1);
    assert.ok(r.check.details.includes("Warn: branch protection not enabled for branch 'release/1.x'"));
    assert.ok(!r.requests.some((u) => u.includes('0123456789abcdef')));
  });
});

describe('hostile forge answers', () => {
  it('release targets: an over-long one is skipped, control characters stay data (escaped in output)', async () => {
    const evil = 'rel\u001b[31m/x';
    const r = await runCheck('Branch-Protection', [
      gh.repository(),
      gh.releases([
        { tag: 'v2', target: 'b'.repeat(300), assets: [] },
        { tag: 'v1', target: evil, assets: [] },
      ]),
      gh.branch('main', false),
      gh.rules('main', []),
      gh.protection('main', 'none'),
      gh.branch(evil, false),
      gh.rules(evil, []),
      gh.protection(evil, 'none'),
    ]);
    assert.equal(r.check.score, 0);
    assert.ok(!r.requests.some((u) => u.includes('bbbb')), 'no request for the 300-character target');
    assert.ok(r.requests.includes(`/repos/sterling-fixtures/widget/branches/${encodeURIComponent(evil)}`));
    assert.ok(r.check.details.includes(`Warn: branch protection not enabled for branch '${evil}'`));
  });

  it('2,000 hooks and asset names of 10,000 characters are counted, not a crash', async () => {
    const long = `${'a'.repeat(10_000)}.sig`;
    const rel = await runCheck('Signed-Releases', [gh.releases([{ tag: 'v1', assets: ['a.tgz', long] }])]);
    assert.equal(rel.check.score, 8);
    const hooks = await runCheck('Webhooks', [gh.hooks(Array.from({ length: 2000 }, (_, i) => i % 2 === 0))]);
    assert.deepEqual(scored(hooks), [
      'scored',
      5,
      '1000 out of the projects 2000 webhooks are configured without a secret',
    ]);
  });
});

describe('CI-Tests from the forge', () => {
  const SHA = (n: number) => n.toString(16).padStart(40, '0');
  it('2 of 3 merged pull requests into the default branch had a CI test: 6', async () => {
    const r = await runCheck('CI-Tests', [
      gh.repository(),
      gh.pulls([
        { number: 14, sha: SHA(14) },
        { number: 12, sha: SHA(12) },
        { number: 11, sha: SHA(11) },
        { number: 10, sha: SHA(10), base: 'gh-pages' },
      ]),
      ...gh.ciResults(SHA(14), [['github-actions', 'success']]),
      ...gh.ciResults(SHA(12), [], [['ci/circleci: build', 'success']]),
      ...gh.ciResults(
        SHA(11),
        [
          ['github-actions', 'failure'],
          ['dependabot', 'success'],
        ],
        [['ci/circleci', 'pending']],
      ),
    ]);
    assert.deepEqual(scored(r), ['scored', 6, '2 out of 3 merged PRs checked by a CI test']);
    assert.deepEqual(r.check.details, [`Warn: merged PR 11 without CI test at HEAD: ${SHA(11)}`]);
    assert.ok(!r.requests.some((u) => u.includes(SHA(10))), 'a PR into another branch is not looked at');
    assert.ok(!r.requests.some((u) => u.includes('/reviews')), 'CI-Tests does not read reviews');
  });

  it('every one tested: 10; none: 0; no merged pull request: inconclusive', async () => {
    const all = await runCheck('CI-Tests', [
      gh.repository(),
      gh.pulls([{ number: 1, sha: SHA(1) }]),
      ...gh.ciResults(SHA(1), [['buildkite', 'success']]),
    ]);
    assert.deepEqual(scored(all), ['scored', 10, '1 out of 1 merged PRs checked by a CI test']);
    const none = await runCheck('CI-Tests', [
      gh.repository(),
      gh.pulls([{ number: 1, sha: SHA(1) }]),
      ...gh.ciResults(SHA(1), [['codecov', 'success']]),
    ]);
    assert.deepEqual(scored(none), ['scored', 0, '0 out of 1 merged PRs checked by a CI test']);
    const byUrl = await runCheck('CI-Tests', [
      gh.repository(),
      gh.pulls([
        { number: 2, sha: SHA(2) },
        { number: 1, sha: SHA(1) },
      ]),
      ...gh.ciResults(SHA(2), [], [['deploy/preview', 'success', 'https://travis-ci.com/o/r/builds/7']]),
      ...gh.ciResults(SHA(1), [], [['deploy/preview', 'success', 'https://preview.example.com/1']]),
    ]);
    assert.deepEqual(
      scored(byUrl),
      ['scored', 5, '1 out of 2 merged PRs checked by a CI test'],
      'a CI target URL counts',
    );
    const empty = await runCheck('CI-Tests', [gh.repository(), gh.pulls([])]);
    assert.deepEqual(scored(empty), ['inconclusive', -1, 'no pull request found']);
  });
});

describe('Signed-Releases from the forge', () => {
  it('signature on one, provenance on another, nothing on the third: (8 + 10 + 0) / 3 = 6', async () => {
    const r = await runCheck('Signed-Releases', [
      gh.releases([
        { tag: 'v3', assets: ['widget.tar.gz', 'widget.tar.gz.sig'] },
        { tag: 'v2', assets: ['widget.tar.gz', 'widget.intoto.jsonl'] },
        { tag: 'v1', assets: ['widget.tar.gz'] },
      ]),
    ]);
    assert.deepEqual(scored(r), [
      'scored',
      6,
      '2 out of the last 3 releases have a total of 2 signed artifacts.',
    ]);
    assert.ok(r.check.details.includes('Info: provenance for release artifact: widget.intoto.jsonl'));
    assert.ok(
      !r.check.details.includes('Warn: release artifact v2 not signed'),
      'no signature warning with provenance',
    );
  });

  it('.sigstore.json, .asc and .minisig count as signatures; only the last 5 releases are read', async () => {
    const r = await runCheck('Signed-Releases', [
      gh.releases([
        { tag: 'v7', assets: ['a.tar.gz', 'a.tar.gz.sigstore.json'] },
        { tag: 'v6', assets: ['a.tar.gz', 'a.tar.gz.asc'] },
        { tag: 'v5', assets: [] },
        { tag: 'v4', assets: ['a.zip', 'a.zip.minisig'] },
        { tag: 'v3', assets: ['a.zip', 'a.zip.sign'] },
        { tag: 'v2', assets: ['a.zip'] },
        { tag: 'v1', assets: ['a.zip'] },
      ]),
    ]);
    // v5 has no assets: skipped but counted toward the 5; 4 releases, each signed -> 8
    assert.deepEqual(scored(r), [
      'scored',
      8,
      '4 out of the last 4 releases have a total of 4 signed artifacts.',
    ]);
  });

  it('none signed: 0; no release: inconclusive', async () => {
    const none = await runCheck('Signed-Releases', [
      gh.releases([{ tag: 'v1', assets: ['a.zip', 'a.zip.sha256'] }]),
    ]);
    assert.deepEqual(scored(none), [
      'scored',
      0,
      'Project has not signed or included provenance with any releases.',
    ]);
    const empty = await runCheck('Signed-Releases', [gh.releases([])]);
    assert.deepEqual(scored(empty), ['inconclusive', -1, 'no releases found']);
  });
});

describe('CII-Best-Practices from bestpractices.dev', () => {
  for (const [level, score, reason] of [
    ['gold', 10, 'badge detected: Gold'],
    ['silver', 7, 'badge detected: Silver'],
    ['passing', 5, 'badge detected: Passing'],
    ['in_progress', 2, 'badge detected: InProgress'],
    [null, 0, 'no effort to earn an OpenSSF best practices badge detected'],
  ] as const) {
    it(`${level ?? 'no project'}: ${score}`, async () => {
      const r = await runCheck('CII-Best-Practices', [gh.repository(), gh.badge(level)]);
      assert.deepEqual(scored(r), ['scored', score, reason]);
    });
  }
  it('an unknown badge level is an error, as in Scorecard', async () => {
    const r = await runCheck('CII-Best-Practices', [gh.repository(), gh.badge('platinum')]);
    assert.deepEqual(scored(r), ['error', -1, 'internal error: unsupported badge detected']);
  });
});

describe('Webhooks from the forge', () => {
  for (const [secrets, score, reason] of [
    [[true, true], 10, 'All 2 of the projects webhooks are configured with a secret'],
    [[true, false], 5, '1 out of the projects 2 webhooks are configured without a secret'],
    [[true, true, false], 6, '1 out of the projects 3 webhooks are configured without a secret'],
    [[false], 0, 'no hook(s) have a secret configured'],
    [[], 10, 'project does not have webhook'],
  ] as const) {
    it(`${JSON.stringify(secrets)}: ${score}`, async () => {
      const r = await runCheck('Webhooks', [gh.hooks([...secrets])]);
      assert.deepEqual(scored(r), ['scored', score, reason]);
    });
  }
  it('without a token: needs forge access, and no request is sent', async () => {
    const r = await runCheck('Webhooks', [gh.hooks([true])], { token: undefined });
    assert.equal(r.check.status, 'needs-forge');
    assert.match(
      r.check.reason,
      /^needs forge access: no token was given \(the webhook list needs a token with admin access/,
    );
    assert.deepEqual(r.requests, []);
  });
});
