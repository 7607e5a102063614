import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ScanResult } from '../../../core/model/scan-result.js';
import { notRunResult, vulnResult } from '../__fixtures__/vulns.js';
import { fullResult, sampleTasks } from './__fixtures__/report.js';
import { executiveSummary } from './executive.js';

/** Words an executive would have to look up; the summary says what they mean instead. */
const JARGON = [
  'CVE',
  'CVSS',
  'SBOM',
  'GHSA',
  'OSV',
  'purl',
  'CWE',
  'transitive',
  'semver',
  'lockfile',
  'SARIF',
  'VEX',
  'OSPS',
  'SCA',
  'CI',
  'SHA',
  'probe',
  'ecosystem',
];

function states(): Array<[string, ScanResult]> {
  const clean = fullResult();
  if (clean.vulnerabilities.status === 'ok') {
    clean.vulnerabilities.findings = [];
    clean.vulnerabilities.counts = {
      ...clean.vulnerabilities.counts,
      critical: 0,
      high: 0,
      medium: 0,
      low: 0,
      unknown: 0,
      malicious: 0,
    };
  }
  const unscored = fullResult();
  if (unscored.posture.status === 'ok') unscored.posture.aggregateScore = -1;
  const empty = notRunResult();
  empty.inventory.packages = [];
  return [
    ['every section ran, with a malicious package', fullResult()],
    ['vulnerabilities only', vulnResult()],
    ['vulnerability matching not run', notRunResult()],
    ['no findings', clean],
    ['no check scored', unscored],
    ['no packages at all', empty],
  ];
}

describe('executive summary', () => {
  for (const [name, result] of states()) {
    for (const [withTasks, tasks] of [
      ['with tasks', sampleTasks()],
      ['without tasks', []],
    ] as const) {
      it(`${name}, ${withTasks}: at most five plain sentences`, () => {
        const sentences = executiveSummary(result, tasks);
        assert.ok(sentences.length >= 1 && sentences.length <= 5, `${sentences.length} sentences`);
        for (const s of sentences) {
          assert.match(s, /^[A-Z].*\.$/su, s);
          for (const word of JARGON)
            assert.doesNotMatch(s, new RegExp(`\\b${word}\\b`, 'i'), `"${word}" in: ${s}`);
        }
      });
    }
  }

  it('never says "none found" when matching did not run', () => {
    const text = executiveSummary(notRunResult(), []).join(' ');
    assert.match(text, /were not looked up/);
    assert.doesNotMatch(text, /None of them|0 known/);
  });

  it('counts open flaws, serious ones and fixable ones from the data', () => {
    // The sample: 4 open findings (one malicious), 2 suppressed; lodash is high; 2 open have a fix.
    const text = executiveSummary(vulnResult(), []).join(' ');
    assert.match(
      text,
      /We found 4 known security flaws in them; 1 of them is deliberately harmful; 1 is rated serious/,
    );
    assert.match(text, /2 can be removed by upgrading/);
    assert.match(text, /remove those packages today/);
  });

  it('says "none" rather than "0" when no flaw is rated serious', () => {
    const result = vulnResult();
    if (result.vulnerabilities.status !== 'ok') throw new Error('sample');
    result.vulnerabilities.counts = { ...result.vulnerabilities.counts, critical: 0, high: 0 };
    assert.match(executiveSummary(result, []).join(' '), /; none is rated serious \(critical or high\);/);
  });

  it('names the top three tasks with their effort, in rank order', () => {
    const last = executiveSummary(fullResult(), sampleTasks()).at(-1);
    assert.equal(
      last,
      'Start with: Upgrade lodash to 4.17.21 (about 10 minutes); Add a security policy (SECURITY.md) (about 15 minutes); Pin the build actions to exact commits (about 1.5 hours).',
    );
  });

  it('gives the score and the Baseline level', () => {
    const text = executiveSummary(fullResult(), []).join(' ');
    assert.match(text, /score 4\.3 out of 10/);
    assert.match(text, /does not yet meet level 1 of 3/);
  });
});
