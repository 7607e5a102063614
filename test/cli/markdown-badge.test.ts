/**
 * `scan --format markdown` (with `--compare`), the table's colour switches, and `sterling badge`,
 * end to end through the CLI. The comparison runs on real findings: the Node.js security WG
 * advisories (../shared) against the vulnerable npm fixture.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import type { ScanResult } from '../../src/core/model/scan-result.js';
import { runCli } from '../helpers/cli.js';
import { needsShared, repoPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';
import { NSWG, vulnerableApp } from '../helpers/vulnerable-app.js';

const APP = repoPath('test', 'fixtures', 'npm-app');
const ESC = '\u001b';

describe('sterling scan --format markdown --compare', { skip: needsShared(...NSWG) }, () => {
  const work = tempDir();
  const db = join(work, 'osv.sqlite');
  const app = join(work, 'app');
  before(async () => {
    await vulnerableApp(app, db);
  });

  it('marks findings new and changed against an earlier JSON result, and lists the fixed', async () => {
    const first = await runCli(['scan', app, '-f', 'json', '--db', db, '--no-posture']);
    assert.equal(first.code, 0, first.stderr);
    const earlier = JSON.parse(first.stdout) as ScanResult;
    if (earlier.vulnerabilities.status !== 'ok') throw new Error('no findings');
    const [dropped, changed] = earlier.vulnerabilities.findings.filter((f) => !f.suppressed);
    assert.ok(dropped && changed, 'the fixture has two open findings');
    earlier.vulnerabilities.findings = earlier.vulnerabilities.findings.filter((f) => f !== dropped);
    changed.severity = { level: changed.severity.level === 'low' ? 'critical' : 'low', source: 'label' };
    earlier.vulnerabilities.findings.push({
      ...changed,
      key: 'GHSA-gone:x',
      id: 'GHSA-gone',
      aliases: ['GHSA-gone'],
    });
    const prev = join(work, 'previous.json');
    writeFileSync(prev, JSON.stringify(earlier));

    const r = await runCli(['scan', app, '-f', 'markdown', '--db', db, '--no-posture', '--compare', prev]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^## Sterling: `/);
    assert.match(r.stdout, /: \*\*1 new\*\*, 1 changed, 1 fixed, \d+ unchanged\./);
    const newRow = r.stdout.split('\n').find((l) => l.startsWith('| **new** |')) ?? '';
    assert.ok(newRow.includes(`[${dropped.id}]`), newRow);
    assert.match(r.stdout, /\| changed: was (low|critical) \|/);
    assert.match(r.stdout, /- \[GHSA-gone\]\(https:\/\/osv\.dev\/vulnerability\/GHSA-gone\)/);
  });
});

describe('sterling scan --compare: a bad earlier result', () => {
  const work = tempDir();
  const cases: Array<[string, string | undefined, RegExp]> = [
    ['a missing file', undefined, /error: cannot read .*missing\.json: ENOENT/],
    ['not JSON', '{', /error: .*bad\.json: not JSON/],
    [
      'JSON of something else',
      '{"bomFormat":"CycloneDX"}',
      /error: .*bad\.json: not a Sterling scan result: schemaVersion/,
    ],
  ];
  for (const [name, content, message] of cases) {
    it(`exits 3 before scanning, with a clear message: ${name}`, async () => {
      const file = join(work, content === undefined ? 'missing.json' : 'bad.json');
      if (content !== undefined) writeFileSync(file, content);
      const r = await runCli(['scan', APP, '-f', 'markdown', '--compare', file]);
      assert.equal(r.code, 3);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /sterling scan --format json/);
      assert.ok(!r.stderr.includes('    at '), 'no stack trace');
      assert.equal(r.stdout, '');
    });
  }
});

describe('sterling scan: colour switches for the table', () => {
  const cases: Array<[string, Record<string, string>, boolean]> = [
    ['FORCE_COLOR colours a pipe', { FORCE_COLOR: '1' }, true],
    ['NO_COLOR wins over FORCE_COLOR', { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
  ];
  for (const [name, env, coloured] of cases) {
    it(name, async () => {
      const r = await runCli(['scan', APP, '--no-posture'], { env });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout.includes(ESC), coloured);
      assert.match(r.stdout, /Inventory/);
    });
  }
});

describe('sterling badge --from', () => {
  const work = tempDir();
  it('writes an SVG badge from a JSON result without scanning; grey "unknown" when posture did not run', async () => {
    const json = await runCli(['scan', APP, '-f', 'json', '--no-posture']);
    assert.equal(json.code, 0, json.stderr);
    const file = join(work, 'result.json');
    writeFileSync(file, json.stdout);
    const out = join(work, 'badge.svg');
    const r = await runCli(['badge', '--from', file, '--kind', 'score', '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    const svg = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      readFileSync(out, 'utf8'),
    ).svg;
    assert.equal(svg.title, 'security posture: unknown');
    assert.equal(svg.g[0].rect[1].fill, '#9f9f9f');

    const doc = JSON.parse(json.stdout);
    doc.posture = { status: 'ok', aggregateScore: 8.46 };
    writeFileSync(file, JSON.stringify(doc));
    const scored = await runCli(['badge', '--from', file]);
    assert.equal(scored.code, 0, scored.stderr);
    assert.match(scored.stdout, /<title>security posture: 8\.5\/10<\/title>/);
  });
  it('refuses a file that is not a result, naming it', async () => {
    const file = join(work, 'not.json');
    writeFileSync(file, '{"posture":{}}');
    const r = await runCli(['badge', '--from', file, '--kind', 'baseline']);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /not\.json: not a Sterling scan result/);
  });
});
