/**
 * Sterling's scores on OpenSSF Scorecard's own end-to-end fixture repositories
 * (github.com/ossf-tests/scorecard-check-*), against the scores Scorecard's e2e/ tests expect.
 * The repositories are never committed here: a repository's case is registered only when a copy is
 * present, in $STERLING_SCORECARD_E2E/<name> (a clone or a bare mirror) or in this team's mirror folder.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../../test/helpers/tmp.js';
import { Workspace } from '../workspace/workspace.js';
import { runPosture } from './run.js';

function source(name: string): string | undefined {
  const env = process.env.STERLING_SCORECARD_E2E;
  const candidates = [...(env ? [join(env, name)] : []), join('/work/.mirror', `ossf-tests+${name}`, 'repo')];
  return candidates.find((c) => existsSync(c));
}

/**
 * [repository, check, Scorecard's expected score (e2e/<check>_test.go), and where its test counts them,
 * its expected numbers of Warn and Info detail lines]
 */
const CASES: Array<[string, string, number, [warn: number, info: number]?]> = [
  ['scorecard-check-security-policy-e2e', 'Security-Policy', 10],
  // Scorecard's GitHub client gets 10 (the forge's license API names the Apache-2.0 text), its local
  // mode 9; Sterling identifies the text offline (raw/license-text.ts), as the forge does.
  ['scorecard-check-license-e2e', 'License', 10],
  ['scorecard-check-binary-artifacts-e2e', 'Binary-Artifacts', 9],
  ['scorecard-check-binary-artifacts-e2e-4-binaries', 'Binary-Artifacts', 10],
  ['scorecard-check-fuzzing-golang', 'Fuzzing', 10],
  ['scorecard-check-fuzzing-cflite', 'Fuzzing', 10],
  ['scorecard-check-token-permissions-e2e', 'Token-Permissions', 0, [1, 3]],
  ['scorecard-check-dangerous-workflow-e2e', 'Dangerous-Workflow', 0, [1, 0]],
  ['scorecard-check-pinned-dependencies-e2e', 'Pinned-Dependencies', 2, [139, 5]],
  // Scorecard's e2e expects -1 through the GitHub client (the workflow never ran successfully);
  // its local mode assumes a run, as Sterling does offline: 10.
  ['scorecard-check-packaging-e2e', 'Packaging', 10],
];

describe("Scorecard's e2e fixture repositories", () => {
  for (const [repo, check, want, counts] of CASES) {
    const src = source(repo);
    if (!src) continue;
    it(`${repo}: ${check} = ${want}`, async () => {
      const dir = join(tempDir(), 'repo');
      execFileSync('git', ['clone', '-q', '--no-hardlinks', src, dir], { stdio: 'ignore' });
      const report = await runPosture(Workspace.open(dir), { checks: [check] });
      assert.equal(report.checks[0]?.name, check);
      assert.equal(report.checks[0]?.score, want, report.checks[0]?.details.join('\n'));
      if (counts) {
        const details = report.checks[0]?.details ?? [];
        const count = (level: string) => details.filter((d) => d.startsWith(`${level}:`)).length;
        assert.deepEqual([count('Warn'), count('Info')], counts, details.join('\n'));
      }
    });
  }
});
