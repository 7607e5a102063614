/**
 * Scorecard's Token-Permissions table (checks/permissions_test.go at ossf/scorecard 40c1e35): its
 * testdata workflows, read from the Scorecard repository at test time, through Sterling's probes and
 * check; expected score and numbers of Warn and Info lines as Scorecard's test states them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SCORECARD_REPO, scorecardFile } from '../__fixtures__/scorecard-repo.js';
import { rawOf } from '../__fixtures__/tree.js';
import { evaluatePosture } from '../run.js';
import { tokenPermissionsCheck } from './token-permissions.js';

const W = '.github/workflows/github-workflow-permissions-';

/** [Scorecard's test name, files (under checks/testdata/), score, Warn lines, Info lines] */
const ROWS: Array<[string, string[], number, number, number]> = [
  ['run workflow codeql write test', [`${W}run-codeql-write.yaml`], 10, 0, 2],
  ['run workflow no codeql write test', [`${W}run-no-codeql-write.yaml`], 10, 1, 1],
  ['run workflow write test', [`${W}run-writes-2.yaml`], 10, 3, 2],
  ['run package workflow write test', [`${W}run-package-workflow-write.yaml`], 10, 0, 2],
  ['run package write test', [`${W}run-package-write.yaml`], 10, 1, 1],
  ['run writes test', [`${W}run-writes.yaml`], 10, 0, 2],
  ['write all test', [`${W}writeall.yaml`], 0, 1, 0],
  ['read all test', [`${W}readall.yaml`], 10, 0, 2],
  ['no permission test', [`${W}absent.yaml`], 0, 1, 1],
  ['writes test', [`${W}writes.yaml`], 10, 0, 2],
  ['reads test', [`${W}reads.yaml`], 10, 0, 11],
  ['nones test', [`${W}nones.yaml`], 10, 0, 11],
  ['none test', [`${W}none.yaml`], 10, 0, 2],
  ['status/checks write', [`${W}status-checks.yaml`], 9, 2, 3],
  ['sec-events/deployments write', [`${W}secevent-deployments.yaml`], 8, 2, 4],
  ['contents write', [`${W}contents.yaml`], 0, 1, 3],
  ['actions write', [`${W}actions.yaml`], 0, 1, 3],
  ['packages write', [`${W}packages.yaml`], 0, 1, 2],
  ['Non-yaml file', ['script.sh'], -1, 0, 0],
  ['package workflow contents write', [`${W}contents-writes-no-release.yaml`], 10, 1, 1],
  ['release workflow contents write', [`${W}contents-writes-release.yaml`], 10, 0, 2],
  [
    'release workflow contents write (mvn release)',
    [`${W}contents-writes-release-mvn-release.yaml`],
    10,
    0,
    2,
  ],
  ['semantic-release with npx', [`${W}contents-writes-release-semantic-release.yaml`], 10, 0, 2],
  ['semantic-release with yarn', [`${W}contents-writes-release-semantic-release-yarn.yaml`], 10, 0, 2],
  [
    'semantic-release with pnpm and dlx',
    [`${W}contents-writes-release-semantic-release-pnpm.yaml`],
    10,
    0,
    2,
  ],
  ['package workflow write', [`${W}packages-writes.yaml`], 10, 0, 2],
  ['penalize job-level read without top level permissions', [`${W}jobs-only.yaml`], 9, 1, 4],
  ['security-events write, codeql comment', [`${W}run-write-codeql-comment.yaml`], 10, 1, 1],
  ['security-events write, known actions', [`${W}secevent-known-actions.yaml`], 10, 0, 2],
  ['two files mix run-level and top-level', [`${W}top-level-only.yaml`, `${W}run-level-only.yaml`], 9, 1, 3],
  ['two files mix run-level and absent', [`${W}run-level-only.yaml`, `${W}absent.yaml`], 0, 2, 2],
  ['two files mix top-level and absent', [`${W}top-level-only.yaml`, `${W}absent.yaml`], 0, 1, 2],
  ['read permission with GitHub pages write', [`${W}gh-pages.yaml`], 10, 0, 2],
  ["don't penalize job-level writes", [`${W}run-multiple-writes.yaml`], 10, 7, 1],
];

// Registered only where Scorecard's repository is present (never a skipped test).
const describeWithScorecard = SCORECARD_REPO ? describe : () => undefined;

describeWithScorecard("Token-Permissions on Scorecard's testdata (checks/permissions_test.go)", () => {
  for (const [name, files, score, warn, info] of ROWS) {
    it(`${name}: ${score}`, async () => {
      const tree = Object.fromEntries(files.map((f) => [f, scorecardFile(`checks/testdata/${f}`)]));
      const [r] = evaluatePosture(await rawOf(tree), [tokenPermissionsCheck]).checks;
      const count = (level: string) => r!.details.filter((d) => d.startsWith(`${level}:`)).length;
      assert.deepEqual([r!.score, count('Warn'), count('Info')], [score, warn, info], r!.details.join('\n'));
    });
  }
});
