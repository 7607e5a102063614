/**
 * `--ref` and `--subpath` through the real CLI: the wording and exit code of every refusal
 * (hostile refs, unknown refs, subpath escapes), and the reports (terminal scope line, JSON
 * target fields, SBOM, SARIF locations relative to the repository root).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/model/scan-result.js';
import { importRecords, openDatabase } from '../../src/vuln/db/index.js';
import { runCli } from '../helpers/cli.js';
import { monorepoWithHistory } from '../helpers/monorepo.js';
import { osvJson } from '../helpers/osv.js';
import { validateScanResult } from '../helpers/scan-schema.js';
import { tempDir } from '../helpers/tmp.js';

describe('sterling --ref / --subpath', () => {
  const repo = monorepoWithHistory();
  const outside = tempDir();
  symlinkSync(outside, join(repo.dir, 'packages', 'out'));
  const plain = tempDir();
  writeFileSync(join(plain, 'bom.json'), '{}');

  const refusals: Array<[string, string[], number, RegExp]> = [
    [
      'a ref that is an option',
      ['--ref', '--upload-pack=touch pwned'],
      2,
      /^error: --ref "--upload-pack=touch pwned": a ref cannot start with "-"\nGive a branch, a tag or a commit/,
    ],
    ['-c', ['--ref', '-c'], 2, /^error: --ref -c: a ref cannot start with "-"/],
    [
      'a newline',
      ['--ref', 'v1\n--all'],
      2,
      /^error: --ref "v1\\n--all": a ref cannot contain control characters/,
    ],
    [
      'an unknown ref',
      ['--ref', 'v9'],
      2,
      /^error: --ref v9: no such branch, tag or commit in .*\nList what there is with `git branch -a` and `git tag`/,
    ],
    ['"../"', ['--subpath', '../'], 2, /^error: --subpath \.\.\/: must stay inside the target \(no "\.\."\)/],
    [
      'an absolute path',
      ['--subpath', '/etc'],
      2,
      /^error: --subpath \/etc: must be relative to the target's root, not absolute/,
    ],
    [
      'a link out',
      ['--subpath', 'packages/out'],
      2,
      /^error: --subpath packages\/out: packages\/out is a symbolic link that leads out of the target/,
    ],
    [
      'a missing folder',
      ['--subpath', 'packages/nope'],
      3,
      /^error: --subpath packages\/nope: no such folder in the target/,
    ],
    [
      'a folder only at another ref',
      ['--subpath', 'packages/old'],
      3,
      /no such folder in the target \(packages\/old does not exist\)/,
    ],
    ['a file', ['--subpath', 'LICENSE'], 3, /^error: --subpath LICENSE: LICENSE is not a folder/],
  ];
  // Every command takes both options (one shared definition): each refusal runs through another one.
  const commands = ['scan', 'posture', 'baseline', 'sbom'];
  refusals.forEach(([what, args, code, message], i) => {
    const command = commands[i % commands.length]!;
    it(`${command} refuses ${what} (exit ${code})`, async () => {
      const r = await runCli([command, repo.dir, ...args]);
      assert.equal(r.code, code, r.stderr);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
      assert.equal(existsSync(join(repo.dir, 'pwned')), false);
    });
  });

  it('refuses --ref on a folder that is not a git repository, and on an SBOM file', async () => {
    const r = await runCli(['scan', plain, '--ref', 'main']);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /^error: --ref: .* is not a git repository\nGive the top folder of a git work tree/,
    );
    const f = await runCli(['scan', join(plain, 'bom.json'), '--subpath', 'x']);
    assert.equal(f.code, 2);
    assert.match(
      f.stderr,
      /^error: --subpath: .*bom\.json is a file \(an SBOM\), not a folder or repository/,
    );
  });

  it('refuses --ref on a folder inside a repository, suggesting --subpath', async () => {
    const r = await runCli(['baseline', join(repo.dir, 'packages'), '--ref', 'v1']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /is a folder inside the git repository .*\n.*--ref <ref> --subpath packages\n$/);
  });

  it('says the commit, the ref and the subpath in the terminal report', async () => {
    const r = await runCli(['posture', repo.dir, '--ref', 'v1', '--subpath', 'packages/a']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      new RegExp(
        `^Sterling .* · sterling-history-\\w+/packages/a \\(.*\\)\\ncommit ${repo.v1} \\(--ref v1\\) · subpath packages/a \\(repository-level configuration from the root\\)\\n`,
      ),
    );
    assert.match(r.stdout, /10\/10 +Fuzzing +project is fuzzed/);
  });

  it('records ref, commit and subpath in schema-valid JSON (scan, posture, baseline)', async () => {
    for (const command of ['scan', 'posture', 'baseline']) {
      const r = await runCli([command, repo.dir, '--ref', 'v1', '--subpath', './packages/a/', '-f', 'json']);
      assert.equal(r.code, 0, r.stderr);
      const result = JSON.parse(r.stdout) as ScanResult;
      assert.deepEqual(validateScanResult(result), []);
      assert.deepEqual(
        { ref: result.target.ref, commit: result.target.commit, subpath: result.target.subpath },
        { ref: 'v1', commit: repo.v1, subpath: 'packages/a' },
      );
    }
  });

  it('says the ref and the subpath in the HTML report, escaped', async () => {
    const r = await runCli([
      'scan',
      repo.dir,
      '--ref',
      'v1',
      '--subpath',
      'packages/a',
      '-f',
      'html',
      '--no-vulns',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      new RegExp(
        `commit <span class="mono">${repo.v1}</span> · --ref <span class="mono">v1</span> · subpath <span class="mono">packages/a</span>`,
      ),
    );
  });

  it('writes the SBOM of a folder that exists only at the ref', async () => {
    const r = await runCli(['sbom', repo.dir, '--ref', 'v1', '--subpath', 'packages/old']);
    assert.equal(r.code, 0, r.stderr);
    const bom = JSON.parse(r.stdout) as { components: Array<{ name: string }> };
    const names = bom.components.map((c) => c.name);
    assert.ok(names.includes('is-odd'), names.join(', '));
    assert.equal(names.includes('left-pad'), false, 'nothing from outside the subpath');
  });

  describe('SARIF', () => {
    const work = tempDir();
    const db = join(work, 'osv.sqlite');
    before(async () => {
      const recs = join(work, 'recs');
      mkdirSync(recs);
      writeFileSync(join(recs, 'GHSA-test.json'), osvJson('GHSA-test', { packages: [['npm', 'left-pad']] }));
      const handle = openDatabase(db);
      try {
        await importRecords(handle, [recs]);
      } finally {
        handle.close();
      }
    });

    it('locates findings relative to the repository root, where the file is', async () => {
      const r = await runCli([
        'scan',
        repo.dir,
        '--subpath',
        'packages/a',
        '-f',
        'sarif',
        '--db',
        db,
        '--no-posture',
      ]);
      assert.equal(r.code, 0, r.stderr);
      const sarif = JSON.parse(r.stdout) as {
        runs: Array<{
          results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
        }>;
      };
      const uris = sarif.runs[0]!.results.flatMap((x) =>
        x.locations.map((l) => l.physicalLocation.artifactLocation.uri),
      );
      assert.deepEqual(uris, ['packages/a/package-lock.json']);
      assert.ok(existsSync(join(repo.dir, uris[0]!)));
    });
  });
});
