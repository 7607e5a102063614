import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

const LOCK = JSON.stringify({
  name: 'app',
  version: '1.0.0',
  lockfileVersion: 3,
  packages: {
    '': { name: 'app', version: '1.0.0', dependencies: { ms: '2.1.3' } },
    'node_modules/ms': { version: '2.1.3' },
  },
});

interface Json {
  vulnerabilities: { status: string; reason?: string; unchecked?: { reason: string }[] };
}

async function scanJson(files: Record<string, string>): Promise<Json> {
  const dir = tempDir();
  writeTree(dir, files);
  const r = await runCli([
    'scan',
    dir,
    '--offline',
    '--no-posture',
    '--db',
    join(tempDir(), 'none.sqlite'),
    '--format',
    'json',
  ]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Json;
}

describe('vulnerability data is asked only for ecosystems Sterling can match', () => {
  it('a Dockerfile and .tool-versions beside a lockfile: only npm data is missing', async () => {
    const j = await scanJson({
      'package-lock.json': LOCK,
      Dockerfile: 'FROM node:20.11.0\n',
      '.tool-versions': 'nodejs 20.11.0\n',
    });
    assert.equal(j.vulnerabilities.status, 'not-run');
    assert.match(j.vulnerabilities.reason ?? '', /no vulnerability database with npm data at /);
    assert.doesNotMatch(j.vulnerabilities.reason ?? '', /OCI|runtime/);
  });

  it('only container images: matching runs with no database and lists each package as unchecked', async () => {
    const j = await scanJson({ Dockerfile: 'FROM node:20.11.0\nFROM alpine:3.19\n' });
    assert.equal(j.vulnerabilities.status, 'ok');
    assert.deepEqual(
      j.vulnerabilities.unchecked?.map((u) => u.reason),
      ['unsupported-ecosystem', 'unsupported-ecosystem'],
    );
  });
});
