/**
 * Forge facts in the mixed checks (Maintained, Code-Review, SAST) and in the OSPS Baseline, end to
 * end below the CLI: scan() against a real HTTP server on 127.0.0.1 replaying GitHub REST answers.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { ALICE, BOB, GITHUB, TestRepo } from '../../../test/helpers/git.js';
import { type Exchange, startReplayServer } from '../../../test/helpers/replay-server.js';
import { validateScanResult } from '../../../test/helpers/scan-schema.js';
import { tempDir, writeTree } from '../../../test/helpers/tmp.js';
import type { BaselineRequirementResult } from '../../core/model/baseline.js';
import type { CheckResult } from '../../core/model/posture.js';
import { scan } from '../../core/pipeline/scan.js';
import * as gh from './__fixtures__/github.js';
import * as act from './__fixtures__/github-activity.js';
import type { ForgeSettings } from './connect.js';

interface Run {
  check: CheckResult;
  requests: string[];
}

function settings(baseUrl: string, extra: Partial<ForgeSettings> = {}): ForgeSettings {
  return { apiUrl: baseUrl, repo: `${gh.OWNER}/${gh.REPO}`, token: 'ghp_test', ...extra };
}

async function runCheck(
  name: string,
  exchanges: Exchange[],
  dir: string = readmeOnly(),
  extra: Partial<ForgeSettings> = {},
): Promise<Run> {
  const server = await startReplayServer(exchanges);
  const forge = settings(server.baseUrl, extra);
  const r = await scan(dir, { posture: { checks: [name], forge }, extractors: [] });
  assert.deepEqual(validateScanResult(JSON.parse(JSON.stringify(r))), [], 'schema-valid ScanResult');
  if (r.posture.status !== 'ok') throw new Error('posture did not run');
  assert.equal(r.posture.sources.forge?.requests, server.requests.length, 'requests counted');
  return { check: r.posture.checks[0]!, requests: server.requests.map((q) => q.url) };
}

function readmeOnly(): string {
  const dir = tempDir();
  writeTree(dir, { 'README.md': 'widget\n' });
  return dir;
}

const scored = (r: Run) => [r.check.status, r.check.score, r.check.reason];
const finding = (r: Run, probe: string) => r.check.findings.find((f) => f.probe === probe)!;

describe('Maintained with forge facts (Scorecard: archived, created date, member issue activity)', () => {
  it('an archived repository scores 0, whatever its commits', async () => {
    const repo = new TestRepo().commits(5, { daysAgo: 1 });
    const r = await runCheck(
      'Maintained',
      [act.repositoryWith({ archived: true }), act.issues([])],
      repo.dir,
    );
    assert.deepEqual(scored(r), ['scored', 0, 'project is archived']);
    assert.equal(r.check.evidence, 'forge');
    assert.ok(r.check.details.includes('Warn: Repository is archived.'), r.check.details.join('\n'));
    assert.ok(r.check.details[0]!.startsWith('Info: computed as Scorecard does from the forge'));
  });

  it('issues opened or commented by owners, members and collaborators in 90 days count', async () => {
    const repo = new TestRepo().commits(3, { daysAgo: 1 });
    const r = await runCheck(
      'Maintained',
      [
        act.repositoryWith({ createdDaysAgo: 400 }),
        act.issues([
          { number: 1, association: 'MEMBER', createdDaysAgo: 10 },
          { number: 2, association: 'NONE', createdDaysAgo: 5, updatedDaysAgo: 2, comments: 1 },
          { number: 3, association: 'NONE', createdDaysAgo: 5, updatedDaysAgo: 3, comments: 1 },
          { number: 4, association: 'OWNER', createdDaysAgo: 200, updatedDaysAgo: 100, comments: 1 },
          { number: 5, association: 'NONE', createdDaysAgo: 20, updatedDaysAgo: 4, comments: 1 },
        ]),
        act.issueComments([
          { issue: 2, association: 'COLLABORATOR', daysAgo: 2 },
          { issue: 3, association: 'CONTRIBUTOR', daysAgo: 3 },
          // a member's comment on a pull request is not issue activity
          { issue: 5, association: 'MEMBER', daysAgo: 4, onPullRequest: true },
          { issue: 4, association: 'OWNER', daysAgo: 100 },
        ]),
      ],
      repo.dir,
    );
    // 3 commits + issues 1 and 2 = 5 of 12 -> 4
    assert.deepEqual(scored(r), ['scored', 4, '3 commit(s) and 2 issue activity found in the last 90 days']);
    assert.equal(
      finding(r, 'issueActivityByProjectMember').values?.numberOfIssuesUpdatedWithinThreshold,
      '2',
    );
    assert.equal(
      finding(r, 'createdRecently').values?.createdAt?.slice(0, 4),
      String(new Date().getFullYear() - 1),
    );
    const comments = r.requests.find((u) => u.includes('/issues/comments'));
    assert.ok(comments?.includes('since='), comments);
    assert.equal(r.check.evidence, 'forge');
  });

  it('comments are not asked for when no issue needs them', async () => {
    const repo = new TestRepo().commits(1, { daysAgo: 1 });
    const r = await runCheck(
      'Maintained',
      [act.repositoryWith({}), act.issues([{ number: 1, association: 'OWNER', createdDaysAgo: 3 }])],
      repo.dir,
    );
    assert.deepEqual(scored(r), ['scored', 1, '1 commit(s) and 1 issue activity found in the last 90 days']);
    assert.deepEqual(
      r.requests.map((u) => u.split('?')[0]),
      ['/repos/sterling-fixtures/widget', '/repos/sterling-fixtures/widget/issues'],
    );
  });

  it('the forge’s creation date beats an old first commit (a new mirror of old history)', async () => {
    const repo = new TestRepo().commits(2, { daysAgo: 800 });
    const r = await runCheck(
      'Maintained',
      [act.repositoryWith({ createdDaysAgo: 10 }), act.issues([])],
      repo.dir,
    );
    assert.deepEqual(scored(r), [
      'scored',
      0,
      'project was created within the last 90 days. Please review its contents carefully',
    ]);
  });

  it('a repository the forge does not find: scored from history alone, the reason kept', async () => {
    const repo = new TestRepo().commit({ daysAgo: 400 }).commits(12, { daysAgo: 1 });
    const r = await runCheck('Maintained', [act.issues([])], repo.dir);
    assert.deepEqual(scored(r), [
      'scored',
      10,
      '12 commit(s) and 0 issue activity found in the last 90 days',
    ]);
    assert.equal(r.check.evidence, 'forge', 'issue facts were read');
    const archived = finding(r, 'archived');
    assert.equal(archived.outcome, 'not-available');
    assert.match(archived.values?.why ?? '', /not found on the forge/);
  });

  it('offline: no request, evidence from git history as before', async () => {
    const repo = new TestRepo().commit({ daysAgo: 400 }).commits(3, { daysAgo: 1 });
    const r = await runCheck('Maintained', [act.repositoryWith({ archived: true })], repo.dir, {
      offline: true,
    });
    assert.deepEqual(r.requests, []);
    assert.equal(r.check.evidence, 'git-history');
    assert.deepEqual(scored(r), [
      'scored',
      2,
      '3 commit(s) found in the last 90 days; issue activity not seen (needs forge access)',
    ]);
  });
});

/** Four changesets: three squash merges made by GitHub and one direct commit, newest first. */
function squashHistory(): { dir: string; shas: string[] } {
  const repo = new TestRepo();
  repo.commit({ author: ALICE, daysAgo: 5 });
  for (let i = 0; i < 3; i++) repo.commit({ author: ALICE, committer: GITHUB, daysAgo: 4 - i });
  const shas = execFileSync('git', ['rev-list', '-n', '4', 'HEAD'], { cwd: repo.dir, encoding: 'utf8' })
    .trim()
    .split('\n');
  return { dir: repo.dir, shas };
}

describe('Code-Review with pull-request reviews (Scorecard: approved by someone other than the author)', () => {
  it('approved in review, merged by someone else, self-approved: 2 of 4 with the direct commit -> 5', async () => {
    const { dir, shas } = squashHistory();
    const r = await runCheck(
      'Code-Review',
      [
        act.repositoryWith({}),
        ...act.mergedPulls([
          {
            number: 3,
            author: 'alice',
            mergeSha: shas[0]!,
            reviews: [['alice', 'APPROVED']],
            mergedBy: 'alice',
          },
          {
            number: 2,
            author: 'alice',
            mergeSha: shas[1]!,
            reviews: [['bob', 'COMMENTED']],
            mergedBy: 'bob',
          },
          { number: 1, author: 'alice', mergeSha: shas[2]!, reviews: [['bob', 'APPROVED']] },
        ]),
      ],
      dir,
    );
    assert.deepEqual(scored(r), ['scored', 5, 'Found 2/4 approved changesets']);
    assert.equal(r.check.evidence, 'forge');
    const f = r.check.findings[0]!;
    assert.equal(f.values?.evidence, 'direct 1, pr-approved 1, pr-merged-by-other 1, pr-unreviewed 1');
    // the approved pull request's merger is not asked for
    assert.ok(!r.requests.includes('/repos/sterling-fixtures/widget/pulls/1'), r.requests.join('\n'));
    assert.ok(r.requests.includes('/repos/sterling-fixtures/widget/pulls/2'));
  });

  it('every changeset approved: 10; offline the same history has only its direct commit -> 0', async () => {
    const { dir, shas } = squashHistory();
    const all = await runCheck(
      'Code-Review',
      [
        act.repositoryWith({}),
        ...act.mergedPulls(
          shas.map((sha, n) => ({
            number: 10 + n,
            author: 'alice',
            mergeSha: sha,
            reviews: [['bob', 'APPROVED']],
          })),
        ),
      ],
      dir,
    );
    assert.deepEqual(scored(all), ['scored', 10, 'all changesets reviewed']);
    const offline = await runCheck('Code-Review', [], dir, { offline: true });
    assert.deepEqual(offline.requests, []);
    assert.equal(offline.check.evidence, 'git-history');
    assert.deepEqual(scored(offline), ['scored', 0, 'Found 0/1 approved changesets']);
  });

  it('the pull request list forbidden: history alone, and the reason is in the finding', async () => {
    const { dir } = squashHistory();
    const r = await runCheck(
      'Code-Review',
      [act.repositoryWith({}), gh.rateLimited(`${gh.REPO_PATH}/pulls`)],
      dir,
    );
    assert.equal(r.check.evidence, 'git-history');
    assert.deepEqual(scored(r), ['scored', 0, 'Found 0/1 approved changesets']);
  });
});

describe('SAST with check runs on merged pull requests (Scorecard: sastToolRunsOnAllCommits)', () => {
  const CODEQL = {
    '.github/workflows/codeql.yml':
      'on: [push, pull_request]\njobs:\n  analyze:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: github/codeql-action/init@v3\n      - uses: github/codeql-action/analyze@v3\n',
  };
  const twoPulls = (second: string) => [
    act.repositoryWith({}),
    gh.pulls([
      { number: 1, sha: 'a'.repeat(40) },
      { number: 2, sha: 'b'.repeat(40) },
    ]),
    ...gh.ciResults('a'.repeat(40), [['github-code-scanning', 'success']]),
    ...gh.ciResults('b'.repeat(40), [[second, 'success']]),
  ];
  const tree = (files: Record<string, string>) => {
    const dir = tempDir();
    writeTree(dir, { 'README.md': 'widget\n', ...files });
    return dir;
  };

  it('CodeQL configured, run on 1 of 2 merged pull requests: (5 * 3 + 10 * 7) / 10 = 8', async () => {
    const r = await runCheck('SAST', twoPulls('github-actions'), tree(CODEQL));
    assert.deepEqual(scored(r), ['scored', 8, 'SAST tool detected but not run on all commits']);
    assert.equal(r.check.evidence, 'forge');
    assert.ok(r.check.details.includes('Warn: 1 commits out of 2 are checked with a SAST tool'));
  });

  it('no tool configured, SonarCloud on every pull request: 10; on one of two: 5', async () => {
    const all = await runCheck('SAST', twoPulls('sonarcloud'), tree({}));
    assert.deepEqual(scored(all), ['scored', 10, 'SAST tool is run on all commits']);
    const half = await runCheck('SAST', twoPulls('github-actions'), tree({}));
    assert.deepEqual(scored(half), [
      'scored',
      5,
      'SAST tool is not run on all commits -- score normalized to 5',
    ]);
  });

  it('offline: the workflow part alone, as before (CodeQL configured: 10)', async () => {
    const r = await runCheck('SAST', [], tree(CODEQL), { offline: true });
    assert.deepEqual(r.requests, []);
    assert.equal(r.check.evidence, 'local-files');
    assert.equal(r.check.score, 10);
    assert.match(r.check.reason, /needs the forge\)$/);
  });
});

describe('Security-Policy mentions private vulnerability reporting (no score change)', () => {
  const policy = () => {
    const dir = tempDir();
    writeTree(dir, { 'SECURITY.md': '# Security\n\nMail security@widget.example.\n' });
    return dir;
  };
  for (const [state, word] of [
    [true, 'enabled'],
    [false, 'disabled'],
  ] as const) {
    it(`PVR ${word}: one Info line, same score as offline`, async () => {
      const r = await runCheck('Security-Policy', [act.vulnerabilityReporting(state)], policy());
      const offline = await runCheck('Security-Policy', [], policy(), { offline: true });
      assert.equal(r.check.score, offline.check.score);
      assert.equal(r.check.evidence, 'local-files');
      const lines = r.check.details.filter((d) => d.includes('private vulnerability reporting'));
      assert.equal(lines.length, 1);
      assert.match(lines[0]!, new RegExp(`is ${word} on the forge`));
      assert.ok(!offline.check.details.some((d) => d.includes('private vulnerability reporting')));
    });
  }

  it('PVR answered 404: nothing said, nothing scored differently', async () => {
    const r = await runCheck('Security-Policy', [act.vulnerabilityReporting(404)], policy());
    assert.ok(!r.check.details.some((d) => d.includes('private vulnerability reporting')));
  });
});

describe('OSPS Baseline from forge facts', () => {
  async function baseline(exchanges: Exchange[], extra: Partial<ForgeSettings> = {}) {
    const server = await startReplayServer(exchanges);
    const r = await scan(readmeOnly(), {
      baseline: { forgeSettings: settings(server.baseUrl, extra) },
      extractors: [],
    });
    if (r.baseline.status !== 'ok') throw new Error('baseline did not run');
    const byId = new Map<string, BaselineRequirementResult>(r.baseline.requirements.map((q) => [q.id, q]));
    return { byId, requests: server.requests.map((q) => q.url) };
  }
  const status = (m: Map<string, BaselineRequirementResult>, ids: string[]) =>
    Object.fromEntries(ids.map((id) => [id, m.get(id)!.status]));
  const IDS = [
    'OSPS-AC-03.01',
    'OSPS-AC-03.02',
    'OSPS-QA-01.01',
    'OSPS-QA-03.01',
    'OSPS-QA-07.01',
    'OSPS-VM-03.01',
  ];

  it('admin token, protected main, PVR on, public: the settings requirements pass', async () => {
    const { byId, requests } = await baseline([
      act.repositoryWith({}),
      gh.releases([
        {
          tag: 'v1.2.0',
          assets: ['widget-1.2.0.tar.gz', 'widget-1.2.0.tar.gz.sig', 'widget-1.2.0.spdx.json'],
        },
      ]),
      gh.branch('main', true),
      gh.rules('main', []),
      gh.protection('main', 'full'),
      act.vulnerabilityReporting(true),
    ]);
    assert.deepEqual(status(byId, [...IDS, 'OSPS-BR-02.02', 'OSPS-BR-06.01', 'OSPS-QA-02.02']), {
      'OSPS-AC-03.01': 'pass',
      'OSPS-AC-03.02': 'pass',
      'OSPS-QA-01.01': 'pass',
      'OSPS-QA-03.01': 'pass',
      'OSPS-QA-07.01': 'pass',
      'OSPS-VM-03.01': 'pass',
      'OSPS-BR-02.02': 'pass',
      'OSPS-BR-06.01': 'pass',
      'OSPS-QA-02.02': 'pass',
    });
    assert.deepEqual(byId.get('OSPS-VM-03.01')!.evidence, [
      {
        kind: 'forge',
        ref: 'privateVulnerabilityReporting: GET /repos/sterling-fixtures/widget/private-vulnerability-reporting',
      },
    ]);
    assert.equal(byId.get('OSPS-AC-01.01')!.status, 'needs-review', 'MFA is not readable: never guessed');
    assert.ok(requests.length <= 7, requests.join('\n'));
  });

  it('unprotected main, PVR off, unsigned release without version in its asset names: fail', async () => {
    const { byId } = await baseline([
      act.repositoryWith({}),
      gh.releases([{ tag: 'v2.0.0', assets: ['widget.tar.gz'] }]),
      gh.branch('main', false),
      gh.rules('main', []),
      gh.protection('main', 'none'),
      act.vulnerabilityReporting(false),
    ]);
    assert.deepEqual(status(byId, [...IDS, 'OSPS-BR-02.02', 'OSPS-BR-06.01']), {
      'OSPS-AC-03.01': 'fail',
      'OSPS-AC-03.02': 'fail',
      'OSPS-QA-01.01': 'pass',
      'OSPS-QA-03.01': 'fail',
      'OSPS-QA-07.01': 'fail',
      'OSPS-VM-03.01': 'fail',
      'OSPS-BR-02.02': 'fail',
      'OSPS-BR-06.01': 'fail',
    });
  });

  it('no token and a protected branch: hidden settings and a 404 for PVR stay needs-review', async () => {
    const { byId, requests } = await baseline(
      [
        act.repositoryWith({}),
        gh.releases([]),
        gh.branch('main', true),
        gh.rules('main', [{ type: 'deletion' }]),
        act.vulnerabilityReporting(404),
      ],
      { token: undefined },
    );
    assert.deepEqual(status(byId, IDS), {
      'OSPS-AC-03.01': 'needs-review',
      'OSPS-AC-03.02': 'pass',
      'OSPS-QA-01.01': 'pass',
      'OSPS-QA-03.01': 'needs-review',
      'OSPS-QA-07.01': 'needs-review',
      'OSPS-VM-03.01': 'needs-review',
    });
    assert.ok(!requests.some((u) => u.endsWith('/protection')), 'classic protection needs a token');
  });

  it('published advisories: one published passes VM-04.01; none published needs review, never fails', async () => {
    const base = [act.repositoryWith({}), gh.releases([]), gh.branch('main', false)];
    const one = await baseline([...base, act.publishedAdvisories(['GHSA-abcd-efgh-ijkl'])]);
    const vm = one.byId.get('OSPS-VM-04.01')!;
    assert.equal(vm.status, 'pass');
    assert.deepEqual(vm.evidence, [
      {
        kind: 'forge',
        ref: 'publishedAdvisories: GET /repos/sterling-fixtures/widget/security-advisories?state=published (GHSA-abcd-efgh-ijkl)',
      },
    ]);
    const none = (await baseline([...base, act.publishedAdvisories([])])).byId.get('OSPS-VM-04.01')!;
    assert.equal(none.status, 'needs-review');
    assert.match(none.reason, /no security advisory is published on the forge/);
    const unread = (await baseline(base)).byId.get('OSPS-VM-04.01')!;
    assert.equal(unread.status, 'needs-review');
    assert.doesNotMatch(unread.reason, /no security advisory is published/);
  });

  it('offline: zero requests, every forge requirement needs review', async () => {
    const { byId, requests } = await baseline([act.repositoryWith({})], { offline: true });
    assert.deepEqual(requests, []);
    assert.deepEqual(
      Object.values(status(byId, IDS)).filter((s) => s !== 'needs-review'),
      [],
    );
  });
});
