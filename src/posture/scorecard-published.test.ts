/**
 * Sterling's file-based checks on real public repositories at the commit OpenSSF Scorecard scored,
 * against Scorecard's published scores (__fixtures__/scorecard-published.ts: where each result was
 * found, and why Sterling deliberately differs where it does). The repositories are never committed
 * here: a repository's cases are registered only when a copy holding the commit is present, in
 * $STERLING_SCORECARD_PUBLISHED/<owner>+<name> (a clone or a bare mirror) or this team's mirror folder.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../../test/helpers/tmp.js';
import { Workspace } from '../workspace/workspace.js';
import { FILE_CHECKS, PUBLISHED, type PublishedResult } from './__fixtures__/scorecard-published.js';
import { runPosture } from './run.js';

function source(result: PublishedResult): string | undefined {
  const name = result.repo.replace('/', '+');
  const env = process.env.STERLING_SCORECARD_PUBLISHED;
  const candidates = [...(env ? [join(env, name)] : []), join('/work/.mirror', name, 'repo')];
  return candidates.find((c) => existsSync(c) && hasCommit(c, result.commit));
}

function hasCommit(src: string, commit: string): boolean {
  const gitDir = existsSync(join(src, '.git')) ? join(src, '.git') : src;
  return spawnSync('git', ['--git-dir', gitDir, 'cat-file', '-e', `${commit}^{commit}`]).status === 0;
}

/**
 * A work tree at the commit. A mirror may lack a few large media blobs (git then leaves those files
 * out and exits non-zero); none of them is a file a posture check reads, and HEAD must be the commit.
 */
function checkout(src: string, commit: string): string {
  const dir = join(tempDir(), 'repo');
  execFileSync('git', ['clone', '-q', '--no-checkout', '--no-hardlinks', src, dir], { stdio: 'ignore' });
  spawnSync('git', ['-C', dir, '-c', 'advice.detachedHead=false', 'checkout', '-q', commit], {
    stdio: 'ignore',
  });
  const head = execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  assert.equal(head, commit, `checkout of ${commit} failed`);
  return dir;
}

const warnCount = (details: readonly string[]) => details.filter((d) => d.startsWith('Warn:')).length;

describe("Scorecard's published results on real repositories", () => {
  for (const result of PUBLISHED) {
    const src = source(result);
    if (!src) continue;
    it(`${result.repo}@${result.commit.slice(0, 12)} (Scorecard ${result.scorecardVersion})`, async () => {
      const dir = checkout(src, result.commit);
      const notFailing = result.notFailing ?? [];
      const wanted = FILE_CHECKS.filter((c) => result.scores[c] !== undefined || notFailing.includes(c));
      const report = await runPosture(Workspace.open(dir), { checks: [...wanted] });
      const got = new Map(report.checks.map((c) => [c.name, c]));
      for (const check of notFailing) {
        const c = got.get(check);
        assert.ok(c?.score === 10 || c?.score === -1, `${check} (no SARIF alert): ${c?.score}`);
      }
      for (const check of wanted.filter((c) => !notFailing.includes(c))) {
        const diff = result.differences?.[check];
        const want = diff ? diff.sterling : result.scores[check];
        const c = got.get(check);
        assert.equal(c?.score, want, `${check}: ${c?.details.join('\n')}`);
        const warn = diff?.warn ?? result.warn?.[check];
        if (warn !== undefined) assert.equal(warnCount(c?.details ?? []), warn, `${check} Warn lines`);
      }
    });
  }
});

describe('the published-results fixture', () => {
  for (const result of PUBLISHED) {
    it(`${result.repo}: a full commit, scores in range, every difference explained`, () => {
      assert.match(result.commit, /^[0-9a-f]{40}$/);
      assert.ok(result.source.length > 0 && result.scorecardVersion.startsWith('v'));
      for (const score of Object.values(result.scores)) assert.ok(score >= -1 && score <= 10);
      for (const [check, diff] of Object.entries(result.differences ?? {})) {
        assert.notEqual(diff.sterling, result.scores[check as keyof typeof result.scores], check);
        assert.ok(diff.reason.length > 20, check);
      }
    });
  }
});
