import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rawOf } from '../../__fixtures__/tree.js';
import { runProbe } from '../../probe.js';
import { fuzzed } from './index.js';

async function fuzzers(files: Record<string, string>): Promise<string[]> {
  return runProbe(fuzzed, await rawOf(files))
    .filter((f) => f.outcome === 'true')
    .map(
      (f) =>
        `${f.values?.tool}${f.location ? ` ${f.location.path}${f.location.line ? `:${f.location.line}` : ''}` : ''}`,
    );
}

/** Built so that this file does not itself look like a fast-check test to a posture scan. */
const FC = ['fast', 'check'].join('-');
const GO_FUZZ = 'package x\n\nimport "testing"\n\nfunc FuzzReverse(f *testing.F) {\n}\n';

describe('fuzzed', () => {
  const cases: Array<[string, Record<string, string>, string[]]> = [
    ['nothing', { 'main.go': 'package main' }, []],
    ['Go native fuzzing', { 'reverse_test.go': GO_FUZZ }, ['GoBuiltInFuzzer reverse_test.go:5']],
    ['Go fuzz func outside a _test.go file does not count', { 'reverse.go': GO_FUZZ }, []],
    [
      'ClusterFuzzLite with a command',
      { '.clusterfuzzlite/Dockerfile': '# base\nFROM gcr.io/oss-fuzz-base/base-builder\n' },
      ['ClusterFuzzLite'],
    ],
    ['ClusterFuzzLite with comments only', { '.clusterfuzzlite/Dockerfile': '# nothing\n\n' }, []],
    [
      'OSS-Fuzz project folder in the tree',
      { 'oss-fuzz/project.yaml': 'language: c', 'oss-fuzz/build.sh': '', 'oss-fuzz/Dockerfile': '' },
      ['OSSFuzz oss-fuzz/project.yaml'],
    ],
    ['a lone project.yaml is not OSS-Fuzz', { 'project.yaml': 'x: 1' }, []],
    [
      'libFuzzer in C',
      { 'fuzz/parse.c': 'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) {' },
      ['CLibFuzzer fuzz/parse.c:1'],
    ],
    [
      'cargo-fuzz target',
      { 'fuzz/fuzz_targets/a.rs': '#![no_main]\nuse libfuzzer_sys::fuzz_target;' },
      ['RustCargoFuzzer fuzz/fuzz_targets/a.rs:2'],
    ],
    [
      'cargo-fuzz manifest',
      { 'fuzz/Cargo.toml': '[package.metadata]\ncargo-fuzz = true\n' },
      ['RustCargoFuzzer fuzz/Cargo.toml:2'],
    ],
    ['atheris', { 'fuzz.py': 'import atheris\n' }, ['PythonAtherisFuzzer fuzz.py:1']],
    [
      'Hypothesis',
      { 'tests/test_a.py': 'from hypothesis import given\n' },
      ['PythonHypothesis tests/test_a.py:1'],
    ],
    [
      'Jazzer',
      { 'Fuzz.java': 'import com.code_intelligence.jazzer.api.FuzzedDataProvider;' },
      ['JavaJazzerFuzzer Fuzz.java:1'],
    ],
    [
      'fast-check in TypeScript',
      { 'a.test.ts': `import fc from '${FC}';` },
      ['TypeScriptPropertyBasedTesting a.test.ts:1'],
    ],
    [
      'fast-check in an .mjs file',
      { 'a.test.mjs': `import fc from '${FC}';` },
      ['JavaScriptPropertyBasedTesting a.test.mjs:1'],
    ],
    ['test data folders are skipped', { 'testdata/fuzz_test.go': GO_FUZZ }, []],
  ];
  for (const [name, files, want] of cases) it(name, async () => assert.deepEqual(await fuzzers(files), want));

  it('marks what Scorecard v5 would not see (scorecard=false)', async () => {
    const jazzer = (text: string) =>
      rawOf({ 'F.java': text }).then((raw) => runProbe(fuzzed, raw).map((f) => f.values?.scorecard));
    assert.deepEqual(await jazzer('import com.code_intelligence.jazzer.junit.FuzzTest;'), ['false']);
    assert.deepEqual(await jazzer('import com.code_intelligence.jazzer.api.FuzzedDataProvider;'), ['true']);
  });

  it('says when candidate files could not be read', async () => {
    const raw = await rawOf({ 'big_test.go': `${GO_FUZZ}${'x'.repeat(4096)}` }, { maxFileSize: 1024 });
    const [f] = runProbe(fuzzed, raw);
    assert.deepEqual(
      [f?.outcome, f?.message],
      ['false', 'no fuzzer integrations found (1 candidate file(s) could not be read)'],
    );
  });

  it('keeps at most 100 locations per fuzzer on hostile input', async () => {
    const many = 'LLVMFuzzerTestOneInput\n'.repeat(10_000);
    assert.equal((await fuzzers({ 'a.c': many })).length, 100);
  });
});
