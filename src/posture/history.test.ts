import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ALICE, BOB, DEPENDABOT, GITHUB, TestRepo, type Who } from '../../test/helpers/git.js';
import { tempDir } from '../../test/helpers/tmp.js';
import type { CheckResult } from '../core/model/posture.js';
import { Workspace } from '../workspace/workspace.js';
import { collectActivity } from './raw/activity.js';
import { collectGitHistory } from './raw/git.js';
import { runPosture } from './run.js';

const CAROL: Who = ['Carol', 'carol@gmail.com'];
const DAVE: Who = ['Dave', 'dave@dev.initech.co.uk'];
const EVE: Who = ['Eve', 'eve@umbrella.com'];

async function checksOf(dir: string, ...names: string[]): Promise<Record<string, CheckResult>> {
  const report = await runPosture(Workspace.open(dir), { checks: names });
  return Object.fromEntries(report.checks.map((c) => [c.name, c]));
}

const scoreOf = (c: CheckResult | undefined) => [c?.score, c?.status, c?.reason];

describe('Maintained from git history', () => {
  it('one commit a week or more in 90 days scores 10; fewer proportionally (integer division by 12); none 0', async () => {
    const active = new TestRepo().commit({ daysAgo: 400 }).commits(15, { daysAgo: 1 });
    const some = new TestRepo().commit({ daysAgo: 400 }).commits(5, { daysAgo: 10 });
    const stale = new TestRepo().commits(20, { daysAgo: 100 });
    const m = async (r: TestRepo) => (await checksOf(r.dir, 'Maintained')).Maintained;
    assert.deepEqual(scoreOf(await m(active)), [
      10,
      'scored',
      '15 commit(s) found in the last 90 days; issue activity not seen (needs forge access)',
    ]);
    // 5 * 10 / 12 = 4.17 -> 4
    assert.deepEqual((await m(some))?.score, 4);
    assert.deepEqual(scoreOf(await m(stale)), [
      0,
      'scored',
      '0 commit(s) found in the last 90 days; issue activity not seen (needs forge access)',
    ]);
  });

  it('counts among the last 30 commits only (Scorecard’s commit depth)', async () => {
    // 40 recent commits, but only 30 are looked at: still 10; the reason says 30.
    const r = new TestRepo().commit({ daysAgo: 300 }).commits(40, { daysAgo: 1 });
    const c = (await checksOf(r.dir, 'Maintained')).Maintained;
    assert.match(c?.reason ?? '', /^30 commit\(s\)/);
  });

  it('a repository whose first commit is within 90 days scores 0, as Scorecard does for a new repository', async () => {
    const r = new TestRepo().commits(20, { daysAgo: 2 });
    const c = (await checksOf(r.dir, 'Maintained')).Maintained;
    assert.deepEqual(scoreOf(c), [
      0,
      'scored',
      'project was created within the last 90 days. Please review its contents carefully',
    ]);
    assert.ok(c?.details.some((d) => d.startsWith('Warn: Repository was created within the last 90 days')));
  });

  it('says how it was computed and what it cannot see (issue activity, archived flag)', async () => {
    const r = new TestRepo().commit({ daysAgo: 200 }).commit({ daysAgo: 1 });
    const c = (await checksOf(r.dir, 'Maintained')).Maintained;
    assert.equal(c?.evidence, 'git-history');
    assert.match(c?.details[0] ?? '', /^Info: computed from git history: .*issue activity.*archived flag/);
    assert.ok(c?.details.includes('Info: needs forge access: whether the repository is archived'));
    assert.ok(c?.details.includes('Info: needs forge access: issue activity by project members'));
  });
});

describe('Code-Review from git history', () => {
  it('merges by someone else, Gerrit, Phabricator and Reviewed-by count; own merges and direct commits do not', async () => {
    const r = new TestRepo()
      .commit({ daysAgo: 30 })
      .mergeBranch('pr1', BOB, ALICE, 'Merge pull request #1 from bob/pr1')
      .mergeBranch('pr2', ALICE, ALICE, 'Merge pull request #2 from alice/pr2')
      .commit({ message: 'fix\n\nReviewed-by: Bob <bob@globex.com>\n' })
      .commit({ message: 'fix\n\nReviewed-by: Alice <ALICE@acme.io>\n' })
      .commit({
        message:
          'gerrit\n\nChange-Id: I123\nReviewed-on: https://review.example/c/1\nReviewed-by: Bob <b@x>\n',
      })
      .commit({
        message:
          'phab\n\nSummary: x\n\nDifferential Revision: https://reviews.llvm.org/D12345\nReviewers: bob\n',
      })
      .commit({ message: 'piper\n\nPiperOrigin-RevId: 123456\n' })
      .commit({ author: BOB, committer: GITHUB, message: 'Squashed (#9)' });
    const c = (await checksOf(r.dir, 'Code-Review'))['Code-Review'];
    // Reviewed: merge, Reviewed-by (Bob), Gerrit, Phabricator, Piper = 5; not: root, own merge,
    // self Reviewed-by = 3; the forge's squash merge is left out. 5 * 10 / 8 = 6.25 -> 6.
    assert.deepEqual(scoreOf(c), [6, 'scored', 'Found 5/8 approved changesets']);
    assert.ok(
      c?.details.includes(
        'Info: changesets by review evidence: direct 2, forge-merge 1, gerrit 1, merge 1, phabricator 1, piper 1, reviewed-by 1, self-merge 1',
      ),
      c?.details.join('\n'),
    );
    assert.ok(c?.details.some((d) => d.includes('1 changeset(s) left out')));
  });

  it('proportional score uses integer division (2 of 3 -> 6, not 7)', async () => {
    const r = new TestRepo()
      .commit({ daysAgo: 5 })
      .mergeBranch('a', BOB, ALICE, 'Merge pull request #1 from bob/a')
      .mergeBranch('b', ALICE, BOB, 'Merge pull request #2 from alice/b');
    const c = (await checksOf(r.dir, 'Code-Review'))['Code-Review'];
    assert.deepEqual(scoreOf(c), [6, 'scored', 'Found 2/3 approved changesets']);
  });

  it('all reviewed -> 10; only the last 30 first-parent changesets are read', async () => {
    // Five unreviewed commits, then 30 reviewed ones: the unreviewed ones are outside the window.
    const r = new TestRepo()
      .commits(5, { daysAgo: 50 })
      .commits(30, { message: 'change\n\nReviewed-by: Bob <bob@globex.com>\n', daysAgo: 1 });
    const c = (await checksOf(r.dir, 'Code-Review'))['Code-Review'];
    assert.deepEqual(scoreOf(c), [10, 'scored', 'all changesets reviewed']);
    assert.equal(c?.findings[0]?.values?.totalChangesets, '30');
  });

  it('bots as Scorecard: reviewed bot changesets are skipped, unreviewed ones count but are not human activity', async () => {
    const withBots = new TestRepo()
      .commit({ daysAgo: 5 })
      .mergeBranch('dep1', DEPENDABOT, ALICE, 'Merge pull request #3 from dependabot/npm')
      .commit({ author: DEPENDABOT })
      .mergeBranch('pr', BOB, ALICE, 'Merge pull request #4 from bob/pr');
    // Counted: root (no), bot direct commit (no), Bob's merge (yes); the reviewed bot merge skipped.
    assert.deepEqual(scoreOf((await checksOf(withBots.dir, 'Code-Review'))['Code-Review']), [
      3,
      'scored',
      'Found 1/3 approved changesets',
    ]);
    // Scorecard: unreviewed bot changesets still count, so only bot commits score 0 ...
    const onlyBots = new TestRepo().commits(3, { author: DEPENDABOT });
    assert.deepEqual(scoreOf((await checksOf(onlyBots.dir, 'Code-Review'))['Code-Review']), [
      0,
      'scored',
      'Found 0/3 approved changesets',
    ]);
    // ... and only reviewed bot changesets leave no human activity: inconclusive.
    const reviewedBots = new TestRepo()
      .commit({
        author: DEPENDABOT,
        message: 'x\n\nReviewed-on: https://r/1\nReviewed-by: Alice <alice@acme.io>\n',
      })
      .mergeBranch('dep2', DEPENDABOT, ALICE, 'Merge pull request #5 from dependabot/pip');
    assert.deepEqual(scoreOf((await checksOf(reviewedBots.dir, 'Code-Review'))['Code-Review']), [
      -1,
      'inconclusive',
      'Found no human activity in the last 2 changesets',
    ]);
  });

  it('only forge squash merges: the reviews are on the forge (needs-forge, not 0)', async () => {
    const r = new TestRepo().commits(3, { author: BOB, committer: GITHUB });
    const c = (await checksOf(r.dir, 'Code-Review'))['Code-Review'];
    assert.equal(c?.status, 'needs-forge');
    assert.equal(c?.score, -1);
  });
});

describe('Contributors from git history', () => {
  it('organisation domains of authors with 5+ commits; free mail and bots left out; more than 3 -> 10', async () => {
    const r = new TestRepo();
    for (const who of [ALICE, BOB, CAROL, DAVE]) r.commits(5, { author: who, daysAgo: 3 });
    r.commits(4, { author: EVE }).commits(10, { author: DEPENDABOT });
    const c = (await checksOf(r.dir, 'Contributors')).Contributors;
    // acme.io, globex.com, initech.co.uk = 3 -> 10 * 3 / 3 = 10
    assert.deepEqual(scoreOf(c), [10, 'scored', 'project has 3 contributing companies or organizations']);
    assert.ok(c?.details.includes('Info: found contributions from: acme.io, globex.com, initech.co.uk'));
    assert.match(c?.details[0] ?? '', /^Info: approximated from git history/);
  });

  it('two organisations -> 6 (integer division); none -> 0', async () => {
    const two = new TestRepo().commits(5, { author: ALICE }).commits(5, { author: BOB });
    assert.deepEqual(scoreOf((await checksOf(two.dir, 'Contributors')).Contributors), [
      6,
      'scored',
      'project has 2 contributing companies or organizations',
    ]);
    const none = new TestRepo().commits(6, { author: CAROL });
    assert.equal((await checksOf(none.dir, 'Contributors')).Contributors?.score, 0);
  });
});

describe('history that is missing or partial', () => {
  it('a folder that is not a git repository: every history check is inconclusive and says why', async () => {
    const checks = await checksOf(tempDir(), 'Maintained', 'Code-Review', 'Contributors');
    for (const name of ['Maintained', 'Code-Review', 'Contributors']) {
      assert.deepEqual(scoreOf(checks[name]), [
        -1,
        'inconclusive',
        'no git history: the target is not the top folder of a git repository',
      ]);
    }
  });

  it('a repository without commits says so', async () => {
    const r = new TestRepo();
    const c = (await checksOf(r.dir, 'Code-Review'))['Code-Review'];
    assert.deepEqual(scoreOf(c), [-1, 'inconclusive', 'no git history: the git repository has no commits']);
  });

  it('a shallow clone is partial evidence: inconclusive unless what is present already gives the top score', async () => {
    const src = new TestRepo().commits(20, { daysAgo: 200 }).commits(20, { daysAgo: 1 });
    const shallow = (depth: number) => {
      const dir = join(tempDir(), 'clone');
      execFileSync('git', ['clone', '-q', `--depth=${depth}`, `file://${src.dir}`, dir], { stdio: 'ignore' });
      return dir;
    };
    const d3 = shallow(3);
    const report = await runPosture(Workspace.open(d3), {
      checks: ['Maintained', 'Code-Review', 'Contributors'],
    });
    assert.match(report.sources.gitNote ?? '', /shallow clone/);
    const byName = Object.fromEntries(report.checks.map((c) => [c.name, c]));
    for (const name of ['Maintained', 'Code-Review', 'Contributors']) {
      assert.equal(byName[name]?.status, 'inconclusive', name);
      assert.match(byName[name]?.reason ?? '', /shallow clone: only 3 .*git fetch --unshallow/, name);
    }
    // 15 recent commits present: Maintained is 10 whatever the rest of the history holds.
    const m = (await checksOf(shallow(15), 'Maintained')).Maintained;
    assert.deepEqual([m?.score, m?.status], [10, 'scored']);
  });

  it('the first commit: from the history read, from the roots when every commit read is recent, or not needed', async () => {
    const DAY = 24 * 60 * 60 * 1000;
    const age = (iso: string | undefined) => Math.round((Date.now() - Date.parse(iso ?? '')) / DAY);
    const r = new TestRepo().commit({ daysAgo: 400 }).commits(3, { daysAgo: 200 }).commits(4, { daysAgo: 1 });
    const all = await collectGitHistory(r.dir);
    assert.ok(all.available && !all.truncated);
    assert.equal(age(all.firstCommitDate), 400);
    // The last 3 commits are all recent: the root commit is read.
    const busy = await collectGitHistory(r.dir, 3);
    assert.ok(busy.available && busy.truncated);
    assert.equal(age(busy.firstCommitDate), 400);
    // The last 6 reach back 201 days (commits 200 and 201 days old): the roots are not walked.
    const old = await collectGitHistory(r.dir, 6);
    assert.ok(old.available && old.truncated);
    assert.equal(old.firstCommitDate, undefined);
    assert.equal(age(old.oldestReadDate), 201);
    const a = collectActivity(old);
    assert.ok(a.available && a.createdRecently === false);
  });
});
