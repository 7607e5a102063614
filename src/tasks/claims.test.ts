/**
 * The gains a task claims are real: on a project without policy files, follow the steps of the
 * file-adding tasks (write what they say), scan again, and every claimed Baseline requirement now
 * passes, every claimed posture check reaches 10, and the tasks are gone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tempDir, writeTree } from '../../test/helpers/tmp.js';
import type { ScanResult } from '../core/model/scan-result.js';
import { scan } from '../core/pipeline/scan.js';
import { buildTasks } from './index.js';

const MIT = `MIT License

Copyright (c) 2026 The Authors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`;

/** What the steps of each file task say to write. */
const FOLLOWED: Record<string, Record<string, string>> = {
  'policy/SECURITY.md': {
    'SECURITY.md': `# Security policy

## Reporting a vulnerability

Please report vulnerabilities privately to security@example.org, or through https://github.com/acme/app/security/advisories/new.
We acknowledge reports within 14 days, fix confirmed vulnerabilities, and disclose them in a security advisory once a release is out.

## Supported Versions

Only the latest release gets security fixes; an older release stops getting them when the next one is published.
`,
  },
  'policy/LICENSE': {
    LICENSE: MIT,
    'package.json': '{ "name": "app", "version": "1.0.0", "license": "MIT" }\n',
  },
  'policy/dependency-updates': {
    '.github/dependabot.yml':
      'version: 2\nupdates:\n  - package-ecosystem: "npm"\n    directory: "/"\n    schedule:\n      interval: "weekly"\n',
  },
  'policy/CONTRIBUTING.md': {
    'CONTRIBUTING.md': `# Contributing

## Reporting bugs

Open an issue with the version, what you did, what you expected and what happened.

## Building from source

Run npm ci, then npm run build.

## Running the tests

Run npm test. Every change needs a test.

## Sending changes

Open a pull request; a maintainer reviews it.
`,
  },
  'baseline/OSPS-BR-04.01': { 'CHANGELOG.md': '# Changelog\n\n## 1.0.0\n\n- First release.\n' },
  'baseline/OSPS-GV-01.01': {
    'MAINTAINERS.md': '# Maintainers\n\n- Ada (@ada): releases, repository admin\n',
  },
  'baseline/OSPS-GV-01.02': {
    'GOVERNANCE.md':
      '# Governance\n\nMaintainers decide by consensus; a contributor becomes a maintainer after ten merged changes.\n',
  },
};

async function scanned(dir: string): Promise<ScanResult> {
  return scan(dir, { posture: { forge: { offline: true } }, baseline: {} });
}

describe('task claims, checked by doing the tasks', () => {
  it('every file task, once done, meets what it claimed', async () => {
    const dir = tempDir();
    writeTree(dir, { 'package.json': '{ "name": "app", "version": "1.0.0" }\n', 'README.md': '# app\n' });
    const before = buildTasks(await scanned(dir));
    const claimed = before.filter((t) => t.id in FOLLOWED);
    assert.deepEqual(
      claimed.map((t) => t.id).sort(),
      Object.keys(FOLLOWED).sort(),
      'each listed change is a task here',
    );
    for (const t of claimed) writeTree(dir, FOLLOWED[t.id]!);
    const result = await scanned(dir);
    const after = new Set(buildTasks(result).map((t) => t.id));
    assert.ok(result.baseline.status === 'ok' && result.posture.status === 'ok');
    const status = new Map(result.baseline.requirements.map((r) => [r.id, r.status]));
    for (const t of claimed) {
      assert.ok(!after.has(t.id), `${t.id} is done`);
      for (const id of t.gain.baselineRequirements ?? [])
        assert.equal(status.get(id), 'pass', `${t.id} meets ${id}`);
      for (const name of t.refs.filter((r) => /^[A-Z][A-Za-z]+(-[A-Z][A-Za-z]+)*$/.test(r))) {
        const c = result.posture.checks.find((x) => x.name === name);
        if (c) assert.ok(c.score >= 9, `${t.id}: ${name} scores ${c.score}`);
      }
    }
  });
});
