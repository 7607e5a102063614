import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, scanResult, vuln } from './__fixtures__/scan.js';
import { buildTasks } from './index.js';

describe('vulnerability tasks', () => {
  it('skips suppressed findings and findings without a fix, and says what stays open', () => {
    const result = scanResult({
      vulns: [
        vuln({ id: 'S-1', name: 'a', version: '1.0.0', fixedIn: '1.0.1', suppressed: true }),
        vuln({ id: 'N-1', name: 'b', version: '1.0.0' }),
        vuln({ id: 'F-1', name: 'c', version: '2.4.0', level: 'medium', fixedIn: '2.6.0' }),
        vuln({ id: 'N-2', name: 'c', version: '2.4.0', level: 'high' }),
      ],
    });
    const tasks = buildTasks(result);
    assert.deepEqual(
      tasks.map((t) => t.id),
      ['vuln/npm/c'],
    );
    assert.deepEqual(tasks[0]?.gain.vulnerabilitiesRemoved, { medium: 1 });
    assert.equal(tasks[0]?.steps.at(-1), 'Not fixed by this upgrade (no fixed version known): N-2 (high).');
  });

  it('picks the fix in version order, not text order', () => {
    const result = scanResult({
      vulns: [
        vuln({ id: 'A', name: 'x', version: '1.2.0', fixedIn: '1.10.0' }),
        vuln({ id: 'B', name: 'x', version: '1.2.0', fixedIn: '1.9.0' }),
      ],
    });
    assert.equal(buildTasks(result)[0]?.title, 'Upgrade x to 1.10.0');
  });

  it('a transitive package: no npm command; the step names the path from the direct dependency', () => {
    const result = scanResult({
      vulns: [
        vuln({
          id: 'T-1',
          name: 'ms',
          version: '0.7.0',
          fixedIn: '2.0.0',
          path: ['npm:debug@2.2.0', 'npm:ms@0.7.0'],
        }),
      ],
    });
    const [t] = buildTasks(result);
    assert.equal(t?.command, undefined);
    assert.equal(t?.title, 'Upgrade ms to 2.0.0 (pulled in by debug)');
    assert.match(
      t?.steps[0] ?? '',
      /^ms comes in through debug > ms: upgrade debug to a release that depends on ms 2\.0\.0 or later, or force it with "overrides"/,
    );
    // 0.x -> 2.x is major: 60 minutes, +10 for finding the parent; the why and steps say it may break.
    assert.equal(t?.effortMinutes, 70);
    assert.match(t?.why ?? '', /may break/);
    assert.match(t?.steps.join('\n') ?? '', /major upgrade .*may break/);
  });

  it('effort follows the size of the upgrade', () => {
    const result = scanResult({
      vulns: [
        vuln({ id: 'P', name: 'patch', version: '1.2.3', fixedIn: '1.2.4' }),
        vuln({ id: 'M', name: 'minor', version: '1.2.3', fixedIn: '1.3.0' }),
        vuln({ id: 'J', name: 'major', version: '1.2.3', fixedIn: '2.0.0' }),
      ],
    });
    const effort = Object.fromEntries(buildTasks(result).map((t) => [t.id, t.effortMinutes]));
    assert.deepEqual(effort, { 'vuln/npm/patch': 10, 'vuln/npm/minor': 20, 'vuln/npm/major': 60 });
  });

  it('packages only in test, example or fixture files rank below the same finding elsewhere', () => {
    const result = scanResult({
      vulns: [
        vuln({ id: 'T', name: 'aaa-test-only', version: '1.0.0', fixedIn: '1.0.1', tagged: true }),
        vuln({ id: 'U', name: 'zzz-shipped', version: '1.0.0', fixedIn: '1.0.1' }),
      ],
    });
    const tasks = buildTasks(result);
    assert.deepEqual(
      tasks.map((t) => [t.id, t.value]),
      [
        ['vuln/npm/zzz-shipped', 7.5],
        ['vuln/npm/aaa-test-only', 1.88],
      ],
    );
    assert.match(tasks[1]?.why ?? '', /Only test, example or fixture files use it/);
  });

  it('a malicious package is a removal task, above any upgrade', () => {
    const result = scanResult({
      vulns: [
        vuln({ id: 'MAL-1', name: 'evil', version: '1.0.0', malicious: true, level: 'unknown' }),
        vuln({ id: 'C', name: 'crit', version: '1.0.0', level: 'critical', fixedIn: '1.0.1' }),
      ],
    });
    const tasks = buildTasks(result);
    assert.deepEqual(
      tasks.map((t) => t.id),
      ['vuln/npm/crit', 'malicious/npm/evil'],
    );
    assert.equal(tasks[1]?.title, 'Remove evil (a known malicious package)');
    assert.equal(tasks[1]?.value, 15);
  });

  it('adds the Vulnerabilities check rise to the upgrade that lowers its count', () => {
    // Vulnerabilities (High) at 8 with 2 open findings, SAST (High) at 10: removing one -> 9, aggregate +0.5.
    const open = (id: string) => ({ probe: 'hasOSVVulnerabilities', outcome: 'true' as const, message: id });
    const result = scanResult({
      checks: [check('Vulnerabilities', 'High', 8, [open('A'), open('B')]), check('SAST', 'High', 10)],
      vulns: [
        vuln({ id: 'A', name: 'a', version: '1.0.0', level: 'low', fixedIn: '1.0.1' }),
        vuln({ id: 'B', name: 'b', version: '1.0.0', level: 'low' }),
      ],
    });
    const [t] = buildTasks(result);
    assert.equal(t?.gain.scorePoints, 0.5);
    assert.equal(t?.value, 2.5 + 5);
  });

  it('one lockfile gets the command; several lockfiles get one step each and no single command', () => {
    const result = scanResult({
      files: { 'a/package-lock.json': 'npm/package-lock', 'b/yarn.lock': 'npm/yarn-lock' },
      vulns: [
        vuln({ id: 'A', name: 'q', version: '1.0.0', fixedIn: '1.0.1', lockfile: 'a/package-lock.json' }),
        vuln({ id: 'B', name: 'q', version: '1.0.0', fixedIn: '1.0.1', lockfile: 'b/yarn.lock' }),
      ],
    });
    const [t] = buildTasks(result);
    assert.equal(t?.command, undefined);
    assert.deepEqual(t?.steps.slice(0, 2), [
      'In a (a/package-lock.json): run `npm install q@1.0.1`',
      'In b (b/yarn.lock): run `yarn add q@1.0.1`',
    ]);
  });
});
