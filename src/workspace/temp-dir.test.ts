import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { repoPath } from '../../test/helpers/shared.js';
import { liveTempDirs, makeTempDir } from './temp-dir.js';

/** Runs a child that makes temporary folders, prints their paths, then waits to be signalled. */
function childWithTempDirs(
  count: number,
  signal: NodeJS.Signals,
): Promise<{ paths: string[]; signal: string | null }> {
  const module = pathToFileURL(repoPath('src', 'workspace', 'temp-dir.ts')).href;
  const script = `
    const { makeTempDir } = await import(${JSON.stringify(module)});
    const paths = [];
    for (let i = 0; i < ${count}; i++) paths.push((await makeTempDir('sterling-sig-test-')).path);
    process.stdout.write(JSON.stringify(paths) + '\\n');
    setInterval(() => {}, 1000);
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let paths: string[] = [];
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.endsWith('\n') && paths.length === 0) {
        paths = JSON.parse(out) as string[];
        for (const p of paths) assert.ok(existsSync(p), `${p} exists while the child runs`);
        child.kill(signal);
      }
    });
    child.on('error', reject);
    child.on('close', (_code, sig) => resolve({ paths, signal: sig }));
  });
}

describe('makeTempDir', () => {
  it('removes the folder on remove(), twice without harm, and stops tracking it', async () => {
    const before = liveTempDirs();
    const dir = await makeTempDir('sterling-test-');
    assert.ok(existsSync(dir.path));
    assert.equal(liveTempDirs(), before + 1);
    await dir.remove();
    await dir.remove();
    assert.equal(existsSync(dir.path), false);
    assert.equal(liveTempDirs(), before);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`removes every live folder when the process gets ${signal}, then dies of that signal`, async () => {
      const r = await childWithTempDirs(2, signal);
      assert.equal(r.paths.length, 2);
      assert.equal(r.signal, signal);
      for (const p of r.paths) assert.equal(existsSync(p), false, `${p} removed`);
    });
  }
});
