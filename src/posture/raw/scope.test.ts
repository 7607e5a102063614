import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ELF, GO_FUZZ } from '../../../test/helpers/monorepo.js';
import { tempDir, writeTree } from '../../../test/helpers/tmp.js';
import { Workspace } from '../../workspace/workspace.js';
import { type RawFacts, rawFacts } from './collect.js';
import { collectFiles } from './files.js';

const SONAR = (url: string) =>
  `<project>\n<properties>\n<sonar.host.url>${url}</sonar.host.url>\n</properties>\n</project>\n`;

/** A monorepo whose packages differ: `a` has its own policy, license, fuzzer, binary and Dockerfile. */
const TREE: Record<string, string | Buffer> = {
  LICENSE: 'MIT License\n',
  'SECURITY.md': '# Security\nhttps://example.org/security\n',
  '.github/dependabot.yml': 'version: 2\nupdates: []\n',
  '.github/workflows/ci.yml':
    'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
  '.clusterfuzzlite/Dockerfile': 'FROM gcr.io/oss-fuzz-base/base-builder\n',
  'pom.xml': SONAR('https://sonar.example.org'),
  'root-tool': ELF,
  'packages/a/SECURITY.md': '# Security of a\n',
  'packages/a/COPYING': 'GPL\n',
  'packages/a/fuzz_test.go': GO_FUZZ,
  'packages/a/bin/tool': ELF,
  'packages/a/Dockerfile': 'FROM node:20\n',
  'packages/b/README.md': '# b\n',
  'packages/b/pom.xml': SONAR('https://sonar.b.example.org'),
};

type Fact = (raw: RawFacts) => unknown;
const FACTS: Record<string, Fact> = {
  securityPolicy: (r) => r.securityPolicy().files.map((f) => f.path),
  license: (r) => r.license().files.map((f) => f.path),
  binaryArtifacts: (r) => r.binaryArtifacts().files.map((f) => f.path),
  fuzzing: (r) => r.fuzzing().fuzzers.map((f) => `${f.name}${f.locations.map((l) => ` ${l.path}`).join('')}`),
  dependencyUpdateTools: (r) => r.dependencyUpdateTools().tools.map((t) => t.path),
  workflows: (r) => r.workflows().workflows.map((w) => w.path),
  pinningFiles: (r) => r.pinningFiles().files.map((f) => f.path),
  sonar: (r) => r.sonar().configs.map((c) => c.path),
};

/** [fact, subpath, expected]: what each file-based fact sees, with paths relative to the repository root. */
const ROWS: Array<[string, string | undefined, unknown]> = [
  ['securityPolicy', 'packages/a', ['packages/a/SECURITY.md']],
  ['securityPolicy', 'packages/b', ['SECURITY.md']],
  ['securityPolicy', undefined, ['SECURITY.md']],
  ['license', 'packages/a', ['packages/a/COPYING']],
  ['license', 'packages/b', ['LICENSE']],
  ['binaryArtifacts', 'packages/a', ['packages/a/bin/tool']],
  ['binaryArtifacts', 'packages/b', []],
  ['binaryArtifacts', undefined, ['packages/a/bin/tool', 'root-tool']],
  ['fuzzing', 'packages/a', ['ClusterFuzzLite', 'GoBuiltInFuzzer packages/a/fuzz_test.go']],
  ['fuzzing', 'packages/b', ['ClusterFuzzLite']],
  ['dependencyUpdateTools', 'packages/a', ['.github/dependabot.yml']],
  ['dependencyUpdateTools', 'packages/b', ['.github/dependabot.yml']],
  ['workflows', 'packages/b', ['.github/workflows/ci.yml']],
  ['pinningFiles', 'packages/a', ['packages/a/Dockerfile']],
  ['pinningFiles', 'packages/b', []],
  ['sonar', 'packages/a', ['pom.xml']],
  ['sonar', 'packages/b', ['pom.xml', 'packages/b/pom.xml']],
  ['sonar', undefined, ['packages/b/pom.xml', 'pom.xml']],
];

describe('raw facts under --subpath', () => {
  const dir = tempDir();
  writeTree(dir, TREE);
  const ws = Workspace.open(dir);
  const rawFor = async (subpath: string | undefined) =>
    rawFacts(ws, await collectFiles(ws, false, subpath), { available: false, reason: 'test tree' });

  for (const [fact, subpath, want] of ROWS) {
    it(`${fact} with ${subpath ? `--subpath ${subpath}` : 'no subpath'}: ${JSON.stringify(want)}`, async () => {
      assert.deepEqual(FACTS[fact]!(await rawFor(subpath)), want);
    });
  }

  it('keeps every file of the repository and adds the scope', async () => {
    const raw = await rawFor('packages/a');
    assert.equal(raw.files.paths.length, Object.keys(TREE).length);
    assert.deepEqual(
      raw.files.scope?.paths,
      [
        'packages/a/Dockerfile',
        'packages/a/COPYING',
        'packages/a/SECURITY.md',
        'packages/a/bin/tool',
        'packages/a/fuzz_test.go',
      ].sort(),
    );
    assert.deepEqual(raw.files.scope?.relative, [
      'COPYING',
      'Dockerfile',
      'SECURITY.md',
      'bin/tool',
      'fuzz_test.go',
    ]);
    assert.equal((await rawFor(undefined)).files.scope, undefined);
  });

  it('a walked subpath inside a folder skipped by default (vendor/) is still read', async () => {
    const vendored = tempDir();
    writeTree(vendored, { 'vendor/lib/fuzz_test.go': GO_FUZZ, LICENSE: 'MIT License\n' });
    const vws = Workspace.open(vendored);
    const raw = rawFacts(vws, await collectFiles(vws, false, 'vendor/lib'), {
      available: false,
      reason: 'test tree',
    });
    assert.deepEqual(raw.files.scope?.paths, ['vendor/lib/fuzz_test.go']);
    assert.deepEqual(FACTS.fuzzing!(raw), ['GoBuiltInFuzzer vendor/lib/fuzz_test.go']);
    assert.deepEqual(FACTS.license!(raw), ['LICENSE']);
  });
});
