/**
 * Test helper: files of OSSF Scorecard's own repository (its testdata), read at test time from a
 * mirror ($STERLING_SCORECARD_REPO, a clone or bare mirror, or this team's mirror folder). Never
 * copied into this repository: tests that need it are not registered when it is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.STERLING_SCORECARD_REPO, '/work/.mirror/ossf+scorecard/repo'].filter(
  (c): c is string => c !== undefined && c !== '',
);

export const SCORECARD_REPO = CANDIDATES.find((c) => existsSync(c));

/** A file at HEAD of the Scorecard repository. */
export function scorecardFile(path: string): string {
  if (!SCORECARD_REPO) throw new Error('ossf/scorecard not present');
  const gitDir = existsSync(`${SCORECARD_REPO}/.git`) ? `${SCORECARD_REPO}/.git` : SCORECARD_REPO;
  return execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:${path}`], {
    encoding: 'utf8',
    maxBuffer: 8 * 1024 * 1024,
  });
}
