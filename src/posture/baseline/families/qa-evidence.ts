/** OSPS-QA evidence read from the checkout: committed binaries (QA-05.x) and tests run in CI (QA-06.x). */
import type { BaselineEvidence } from '../../../core/model/baseline.js';
import { ciRule } from '../helpers.js';
import type { BaselineInput } from '../input.js';
import { fail, fileEvidence, pass, review, type Verdict } from '../rule.js';

/** Binary types that are compiled executables or libraries (the rest are archives and packages). */
const EXECUTABLE_TYPES = new Set([
  'exe',
  'elf',
  'macho',
  'dex',
  'dey',
  'wasm',
  'class',
  'jar',
  'so',
  'dylib',
  'o',
  'a',
  'bundle',
  'lib',
  'dll',
  'drv',
  'efi',
  'ocx',
  'pyc',
  'pyo',
  'msi',
]);
/** Commands that run a test suite, looked for in CI configuration lines. */
const TEST_COMMANDS = [
  'npm test',
  'npm run test',
  'yarn test',
  'pnpm test',
  'go test',
  'pytest',
  'tox',
  'cargo test',
  'mvn test',
  'mvn verify',
  'gradle test',
  'gradlew test',
  'gradle check',
  'gradlew check',
  'make test',
  'make check',
  'ctest',
  'dotnet test',
  'bundle exec rake',
  'rspec',
  'phpunit',
  'mix test',
];
const MAX_CI_LINES = 5000;

export function binaries(i: BaselineInput, executablesOnly: boolean): Verdict {
  const all = i.raw.binaryArtifacts().files;
  const files = executablesOnly ? all.filter((f) => EXECUTABLE_TYPES.has(f.type)) : all;
  const what = executablesOnly ? 'generated executable' : 'binary';
  if (files.length === 0)
    return pass(`no ${what} files in the repository (test data aside)`, {
      kind: 'finding',
      ref: 'hasBinaryArtifacts',
    });
  const ev = files
    .slice(0, 10)
    .map((f): BaselineEvidence => ({ kind: 'finding', ref: `hasBinaryArtifacts: ${f.type}`, path: f.path }));
  return fail(`${files.length} ${what} file(s) are committed, e.g. ${files[0]!.path}`, ...ev);
}

export function testsInCi(i: BaselineInput): Verdict {
  const ci = i.docs().ci;
  if (ci.length === 0)
    return review('no CI configuration in the repository; CI elsewhere needs forge access');
  for (const path of ci) {
    const lines = (i.text(path) ?? '').split('\n', MAX_CI_LINES);
    const n = lines.findIndex((l) => TEST_COMMANDS.some((c) => l.includes(c)));
    if (n >= 0) return pass(`CI runs tests (${lines[n]!.trim().slice(0, 80)})`, fileEvidence(path, n + 1));
  }
  return ciRule(i);
}
