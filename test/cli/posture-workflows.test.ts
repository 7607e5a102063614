/**
 * The workflow checks end to end through `sterling posture --format scorecard-json`, on the workflow
 * layer's realistic fixture repository (src/posture/raw/workflows/__fixtures__/repo): CI on Linux and
 * Windows, CodeQL, an npm + GHCR release, a dangerous pull_request_target bot, a workflow that is not
 * valid YAML, a Dockerfile and an install script. Not a git work tree: the folder is walked.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { validateScanResult } from '../helpers/scan-schema.js';
import { repoPath } from '../helpers/shared.js';

const REPO = repoPath('src/posture/raw/workflows/__fixtures__/repo');
const BROKEN =
  'Warn: workflow not read: invalid-yaml: A block sequence may not be used as an implicit map key: .github/workflows/broken.yml:8';

type Check = { name: string; score: number; reason: string; details: string[] };

describe('sterling posture on the workflow fixture repository', () => {
  it('scores the workflow checks as Scorecard v5 would, with file:line details', async () => {
    const r = await runCli(['posture', REPO, '-f', 'scorecard-json'], {
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { score: number; checks: Check[] };
    const check = (name: string) => doc.checks.find((c) => c.name === name)!;
    assert.deepEqual(
      ['Dangerous-Workflow', 'Packaging', 'Pinned-Dependencies', 'SAST', 'Token-Permissions'].map((n) => [
        n,
        check(n).score,
        check(n).reason,
      ]),
      [
        ['Dangerous-Workflow', 0, 'dangerous workflow patterns detected'],
        ['Packaging', 10, 'packaging workflow detected (from the workflow files; runs not checked)'],
        ['Pinned-Dependencies', 3, 'dependency not pinned by hash detected -- score normalized to 3'],
        [
          'SAST',
          10,
          'SAST tool detected: CodeQL (from the workflow files; whether it ran on merged pull requests needs the forge)',
        ],
        ['Token-Permissions', 0, 'detected GitHub workflow tokens with excessive permissions'],
      ],
    );
    assert.equal(doc.score, 3.2);
    assert.deepEqual(check('Dangerous-Workflow').details, [
      BROKEN,
      'Warn: script injection with untrusted input "github.event.pull_request.title": .github/workflows/pr-comment.yml:19',
      'Warn: script injection with untrusted input "github.head_ref": .github/workflows/pr-comment.yml:20',
      'Warn: script injection with untrusted input "github.event.comment.body": .github/workflows/pr-comment.yml:24',
      'Warn: untrusted code checkout "${{ github.event.pull_request.head.sha }}": .github/workflows/pr-comment.yml:13',
    ]);
    assert.deepEqual(
      check('Pinned-Dependencies').details.filter((d) => d.startsWith('Info:   ')),
      [
        'Info:   5 out of  10 GitHub-owned GitHubAction dependencies pinned',
        'Info:   0 out of   2 third-party GitHubAction dependencies pinned',
        'Info:   1 out of   2 containerImage dependencies pinned',
        'Info:   0 out of   3 downloadThenRun dependencies pinned',
        'Info:   0 out of   1 goCommand dependencies pinned',
        'Info:   2 out of   2 npmCommand dependencies pinned',
        'Info:   1 out of   1 pipCommand dependencies pinned',
      ],
    );
    assert.ok(
      check('Pinned-Dependencies').details.includes(
        'Warn: downloadThenRun not pinned by hash: scripts/install.sh:7',
      ),
    );
    assert.ok(
      check('Token-Permissions').details.includes(
        'Warn: no topLevel permission defined: .github/workflows/pr-comment.yml',
      ),
    );
    assert.deepEqual(check('SAST').details, [
      BROKEN,
      'Info: SAST configuration detected: CodeQL: .github/workflows/codeql.yml:23',
      'Warn: needs forge access: the checks that ran on merged pull requests are kept by the forge',
    ]);
  });

  it('--format json is a schema-valid ScanResult whose findings carry file:line and the remediation', async () => {
    const r = await runCli(['posture', REPO, '-f', 'json'], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(validateScanResult(doc), []);
    const dw = doc.posture.checks.find((c: { name: string }) => c.name === 'Dangerous-Workflow');
    const checkout = dw.findings.find(
      (f: { probe: string; outcome: string }) =>
        f.probe === 'hasDangerousWorkflowUntrustedCheckout' && f.outcome === 'true',
    );
    assert.deepEqual(checkout.location, { path: '.github/workflows/pr-comment.yml', line: 13 });
    assert.equal(checkout.remediation.effort, 'medium');
  });
});
