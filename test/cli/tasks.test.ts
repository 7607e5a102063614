/**
 * `sterling tasks` end to end through the CLI: the vulnerable npm fixture with a real database of the
 * Node.js security WG advisories (../shared), --budget, --limit, the JSON document against
 * schema/tasks.schema.json, sections that did not run, and bad input.
 */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { TasksDocument } from '../../src/report/formats/tasks/json.js';
import { runCli } from '../helpers/cli.js';
import { validateTasksDocument } from '../helpers/scan-schema.js';
import { needsShared } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';
import { NSWG, vulnerableApp } from '../helpers/vulnerable-app.js';

describe('sterling tasks', { skip: needsShared(...NSWG) }, () => {
  const work = tempDir();
  const db = join(work, 'osv.sqlite');
  const app = join(work, 'app');
  before(async () => {
    await vulnerableApp(app, db);
  });

  async function json(args: string[]) {
    const r = await runCli(['tasks', app, '--format', 'json', '--db', db, ...args]);
    return { ...r, doc: JSON.parse(r.stdout || '{}') as TasksDocument };
  }

  it('--budget 30m: a schema-valid ranked list within 30 minutes, with steps for each task', async () => {
    const all = await json([]);
    assert.equal(all.code, 0, all.stderr);
    assert.deepEqual(validateTasksDocument(all.doc), []);
    const r = await json(['--budget', '30m']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(validateTasksDocument(r.doc), []);
    assert.equal(r.doc.budgetMinutes, 30);
    assert.ok(r.doc.tasks.length > 0);
    const effort = r.doc.tasks.reduce((n, t) => n + t.effortMinutes, 0);
    assert.ok(effort <= 30, `effort ${effort}`);
    assert.equal(r.doc.totalEffortMinutes, effort);
    for (const t of r.doc.tasks) assert.ok(t.steps.length > 0, t.id);
    const rate = r.doc.tasks.map((t) => t.value / t.effortMinutes);
    assert.deepEqual(
      rate,
      [...rate].sort((a, b) => b - a),
      'ranked by value per minute',
    );
    // Every listed task is one of the unbudgeted list, and the budget leaves some out here.
    const ids = new Set(all.doc.tasks.map((t) => t.id));
    for (const t of r.doc.tasks) assert.ok(ids.has(t.id), t.id);
    assert.ok(all.doc.tasks.length > r.doc.tasks.length);
    // The vulnerability tasks upgrade to the fix of every advisory, with the npm command.
    const lodash = all.doc.tasks.find((t) => t.id === 'vuln/npm/lodash');
    assert.equal(lodash?.command, 'npm install lodash@4.17.11');
  });

  it('the table lists rank, effort, gain, title and numbered steps', async () => {
    const r = await runCli(['tasks', app, '--db', db, '--budget', '1h', '--limit', '2']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^2 of \d+ tasks fitting 1 h, \d+ min in all, best value per minute first$/m);
    assert.match(r.stdout, /^#\s+effort\s+gain\s+task$/m);
    assert.match(r.stdout, /^1\s+\d+ min\s+.*\S$/m);
    assert.match(r.stdout, /^\s+why: /m);
    assert.match(r.stdout, /^\s+1\. /m);
    assert.doesNotMatch(r.stdout, /^3\s+\d+ min/m);
  });

  it('says plainly when nothing fits, and which sections did not run', async () => {
    const r = await runCli(['tasks', app, '--no-vulns', '--budget', '1']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /No task fits in 1 min: the quickest, ".+", takes \d+ min\./);
    assert.match(r.stdout, /Not checked: vulnerabilities: /);
  });

  it('never fails on findings, even with a failOn in sterling.yaml', async () => {
    writeFileSync(join(app, 'sterling.yaml'), 'version: 1\nvulnerabilities:\n  failOn: low\n');
    try {
      const scan = await runCli(['scan', app, '--db', db]);
      assert.equal(scan.code, 1, 'scan fails on the same findings');
      const r = await json([]);
      assert.equal(r.code, 0, r.stderr);
      assert.doesNotMatch(r.stderr, /Failed:/);
    } finally {
      rmSync(join(app, 'sterling.yaml'));
    }
  });

  for (const [args, pattern] of [
    [['--budget', '2d'], /--budget: "2d" is not a duration/],
    [['--budget', '0'], /--budget: 0 is outside/],
    [['--limit', 'x'], /--limit: "x" is not a number of tasks/],
    [['--fail-on', 'high'], /unknown option '--fail-on'/],
  ] as const) {
    it(`refuses ${args.join(' ')} with a usage error (exit 2)`, async () => {
      const r = await runCli(['tasks', app, '--no-vulns', ...args]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, pattern);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    });
  }
});
