import assert from 'node:assert/strict';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir, writeTree } from '../../../../test/helpers/tmp.js';
import { rawAt, rawOf } from '../../__fixtures__/tree.js';
import { runProbe } from '../../probe.js';
import { hasUnverifiedBinaryArtifacts } from '../hasUnverifiedBinaryArtifacts/index.js';
import { hasBinaryArtifacts } from './index.js';

const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(100)]);
const MZ = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(60)]);
const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 1)]);
const WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 1, 2]);

async function binaries(files: Record<string, string | Buffer>): Promise<string[]> {
  const raw = await rawOf(files);
  return runProbe(hasBinaryArtifacts, raw)
    .filter((f) => f.outcome === 'true')
    .map((f) => f.location!.path);
}

describe('hasBinaryArtifacts', () => {
  const cases: Array<[string, Record<string, string | Buffer>, string[]]> = [
    ['no files', {}, []],
    ['an ELF binary by its magic, whatever its name', { 'bin/tool': ELF, 'README.md': '# hi' }, ['bin/tool']],
    ['a PE executable', { 'x.exe': MZ }, ['x.exe']],
    ['WebAssembly', { 'a.wasm': WASM }, ['a.wasm']],
    [
      'a JAR (zip content, .jar name)',
      { 'gradle/wrapper/gradle-wrapper.jar': ZIP },
      ['gradle/wrapper/gradle-wrapper.jar'],
    ],
    ['a zip without a binary extension is not counted', { 'data.zip': ZIP }, []],
    [
      'a text file with a binary extension is not counted (Scorecard e2e "dummy.dll")',
      { 'dummy.dll': 'non-empty\n' },
      [],
    ],
    ['empty files are skipped', { 'empty.exe': '' }, []],
    [
      'test data folders are skipped',
      { 'testdata/a.so': ELF, 'src/test/b.class': ZIP, 'a/testdata/c': ELF },
      [],
    ],
    [
      'a text file starting with MZ counts (content decides, as in Scorecard)',
      { 'notes.txt': 'MZ is a prefix' },
      ['notes.txt'],
    ],
  ];
  for (const [name, files, want] of cases)
    it(name, async () => assert.deepEqual(await binaries(files), want));

  it('says "no binary artifacts" with a false finding when there are none', async () => {
    const [f] = runProbe(hasBinaryArtifacts, await rawOf({ 'a.txt': 'x' }));
    assert.deepEqual([f?.outcome, f?.remediation], ['false', undefined]);
  });

  it('reads only the head of huge files and never follows links out of the tree', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.so'), ELF);
    const dir = tempDir();
    writeTree(dir, { 'big.bin': Buffer.alloc(8 * 1024 * 1024, 0x41), 'lib/real.so': ELF });
    symlinkSync(join(outside, 'secret.so'), join(dir, 'escape.so'));
    symlinkSync(join(dir, 'lib', 'real.so'), join(dir, 'inside.so'));
    const found = runProbe(hasBinaryArtifacts, await rawAt(dir)).map((f) => f.location?.path);
    assert.deepEqual(found, ['inside.so', 'lib/real.so']);
  });
});

describe('hasUnverifiedBinaryArtifacts', () => {
  it('a Gradle wrapper stays unverified offline, and names the validating workflow', async () => {
    const raw = await rawOf({
      'gradle/wrapper/gradle-wrapper.jar': ZIP,
      '.github/workflows/gradle.yml':
        'jobs:\n  v:\n    steps:\n      - uses: gradle/actions/wrapper-validation@v4\n',
    });
    const [f] = runProbe(hasUnverifiedBinaryArtifacts, raw);
    assert.equal(f?.outcome, 'true');
    assert.equal(f?.values?.validationWorkflow, '.github/workflows/gradle.yml');
    assert.match(f?.message ?? '', /needs forge access/);
  });
});
