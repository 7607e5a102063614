/**
 * `--ref` and `--subpath` through the scan pipeline, on a real monorepo whose tag v1 and HEAD
 * differ in files and in history (test/helpers/monorepo.ts): the files, the posture facts read from
 * history (Maintained, Code-Review, Contributors) and the report's scope all follow the options.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monorepoWithHistory } from '../../../test/helpers/monorepo.js';
import { validateScanResult } from '../../../test/helpers/scan-schema.js';
import { InputError } from '../errors/index.js';
import type { CheckResult } from '../model/posture.js';
import type { ScanResult } from '../model/scan-result.js';
import { scan } from './scan.js';

interface Row {
  ref?: string;
  subpath?: string;
  commit: 'v1' | 'head';
  name: string;
  files: string[];
  fuzzing: number;
  /** Code-Review's changesets read (first-parent commits that touch the subpath). */
  changesets: string;
  organizations: string[];
  /** Maintained: commits within 90 days. */
  recent: string;
  policy: string;
}

const ROWS: Row[] = [
  {
    ref: 'v1',
    subpath: 'packages/a',
    commit: 'v1',
    name: 'a',
    files: ['packages/a/package-lock.json'],
    fuzzing: 10,
    changesets: '6',
    organizations: ['acme.io'],
    recent: '0',
    policy: 'packages/a/SECURITY.md',
  },
  {
    subpath: 'packages/a',
    commit: 'head',
    name: 'a',
    files: ['packages/a/package-lock.json'],
    fuzzing: 0,
    changesets: '13',
    organizations: ['acme.io', 'globex.com'],
    recent: '7',
    policy: 'packages/a/SECURITY.md',
  },
  {
    subpath: 'packages/b',
    commit: 'head',
    name: '/packages/b',
    files: [],
    fuzzing: 0,
    changesets: '1',
    organizations: [],
    recent: '0',
    policy: 'SECURITY.md',
  },
  {
    ref: 'v1',
    subpath: 'packages/old',
    commit: 'v1',
    name: 'old',
    files: ['packages/old/package-lock.json'],
    fuzzing: 0,
    changesets: '1',
    organizations: [],
    recent: '0',
    policy: 'SECURITY.md',
  },
  {
    ref: 'HEAD~7',
    commit: 'v1',
    name: '',
    files: ['packages/a/package-lock.json', 'packages/old/package-lock.json'],
    fuzzing: 10,
    changesets: '6',
    organizations: ['acme.io'],
    recent: '0',
    policy: 'SECURITY.md',
  },
];

function check(result: ScanResult, name: string): CheckResult {
  if (result.posture.status !== 'ok') throw new Error('posture did not run');
  const c = result.posture.checks.find((x) => x.name === name);
  if (!c) throw new Error(`no ${name}`);
  return c;
}

const value = (c: CheckResult, probe: string, key: string) =>
  c.findings.find((f) => f.probe === probe)?.values?.[key];

describe('scan --ref / --subpath', () => {
  const repo = monorepoWithHistory();
  const status = () => repo.git({}, 'status', '--porcelain=v1') + repo.git({}, 'for-each-ref');
  const before = status();

  for (const row of ROWS) {
    it(`${row.ref ? `--ref ${row.ref}` : 'the work tree'}${row.subpath ? ` --subpath ${row.subpath}` : ''}`, async () => {
      const result = await scan(repo.dir, {
        ...(row.ref ? { ref: row.ref } : {}),
        ...(row.subpath ? { subpath: row.subpath } : {}),
        posture: {},
        baseline: {},
        reproducible: true,
      });
      assert.deepEqual(validateScanResult(JSON.parse(JSON.stringify(result))), []);
      const sha = row.commit === 'v1' ? repo.v1 : repo.head;
      assert.equal(result.target.ref, row.ref);
      assert.equal(result.target.commit, row.ref ? sha : undefined);
      assert.equal(result.target.subpath, row.subpath);
      assert.ok(result.target.name.endsWith(row.name), `${result.target.name} ends with ${row.name}`);
      assert.deepEqual(
        result.inventory.files.map((f) => f.path),
        row.files,
      );
      if (result.posture.status !== 'ok') throw new Error('posture did not run');
      assert.equal(result.posture.sources.commit, sha, 'history is read at the ref');
      assert.equal(result.posture.sources.subpath, row.subpath);
      assert.equal(check(result, 'Fuzzing').score, row.fuzzing);
      const review = check(result, 'Code-Review');
      assert.equal(value(review, 'codeApproved', 'totalChangesets'), row.changesets);
      const orgs = check(result, 'Contributors')
        .findings.flatMap((f) => f.values?.organization ?? [])
        .sort();
      assert.deepEqual(orgs, row.organizations);
      assert.equal(
        value(check(result, 'Maintained'), 'hasRecentCommits', 'commitsWithinThreshold'),
        row.recent,
      );
      const policy = check(result, 'Security-Policy').findings.find(
        (f) => f.probe === 'securityPolicyPresent',
      );
      assert.equal(policy?.location?.path, row.policy);
      // Repository-level configuration still comes from the root.
      assert.equal(check(result, 'Dependency-Update-Tool').score, 10);
      assert.equal(result.baseline.status, 'ok');
      assert.equal(status(), before, 'the work tree, index and refs are untouched');
    });
  }

  it('a subpath that exists only at the ref is missing from the work tree', async () => {
    await assert.rejects(
      scan(repo.dir, { subpath: 'packages/old' }),
      (err: unknown) =>
        err instanceof InputError && /--subpath packages\/old: no such folder/.test(err.message),
    );
  });

  it('a git URL at a ref, scoped to a subpath', async () => {
    const result = await scan(`file://${repo.dir}`, {
      allowFileProtocol: true,
      ref: 'v1',
      subpath: 'packages/old',
      reproducible: true,
    });
    assert.equal(result.target.kind, 'git');
    assert.equal(result.target.commit, repo.v1);
    assert.deepEqual(
      result.inventory.files.map((f) => f.path),
      ['packages/old/package-lock.json'],
    );
  });
});
