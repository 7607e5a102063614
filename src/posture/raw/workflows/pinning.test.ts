import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wf } from './__fixtures__/wf.js';
import { isActionPinned, redactExpressions, workflowPinning } from './pinning.js';

const SHA = '5a4ac9002d0be2fb38bd78e4b4dbde5606d7042f';
const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('workflows: action pinning (Scorecard isActionDependencyPinned)', () => {
  const cases: [string, boolean][] = [
    [`actions/checkout@${SHA}`, true],
    [`actions/checkout@${SHA.toUpperCase()}`, true],
    ['actions/checkout@v4', false],
    ['actions/checkout@main', false],
    [`actions/checkout@${SHA.slice(0, 39)}`, false],
    ['github/codeql-action/analyze@v3', false],
    [`docker://alpine@${DIGEST}`, true],
    ['docker://alpine:3.19', false],
    [`docker://alpine@sha256:${'a'.repeat(63)}`, false],
    ['../sibling/action', true],
  ];
  for (const [uses, want] of cases) it(`${uses} -> ${want}`, () => assert.equal(isActionPinned(uses), want));
});

describe('workflows: pinning facts', () => {
  it('uses in steps and reusable workflow calls, local actions skipped, with name/ref/line/job', () => {
    const w = wf(`on: push
jobs:
  call:
    uses: org/repo/.github/workflows/r.yml@v1
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA} # v4
      - uses: ./.github/actions/local
      - uses: actions/setup-node@v4
      - uses: docker://alpine@${DIGEST}
`);
    const r = workflowPinning(w);
    assert.deepEqual(
      r.dependencies.map((d) => [d.type, d.pinned, d.line, d.name, d.pinnedAt, d.job]),
      [
        ['GitHubAction', false, 4, 'org/repo/.github/workflows/r.yml', 'v1', 'call'],
        ['GitHubAction', true, 8, 'actions/checkout', SHA, 'build'],
        ['GitHubAction', false, 10, 'actions/setup-node', 'v4', 'build'],
        ['GitHubAction', true, 11, 'docker://alpine', DIGEST, 'build'],
      ],
    );
  });

  it('an aliased uses counts at each use (Scorecard: actionlint drops the alias)', () => {
    const w = wf(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: &up actions/upload-artifact@v4
  b:
    runs-on: ubuntu-latest
    steps:
      - uses: *up
`);
    assert.equal(workflowPinning(w).dependencies.filter((d) => !d.pinned).length, 2);
  });

  it('run steps: exact file lines, taint shared across the steps of a job (wget-across-steps shape)', () => {
    const w = wf(`on: push
jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ secrets.GITHUB_TOKEN }}" | docker login x -u y --password-stdin
      - run: wget http://something -O /tmp/exe && /tmp/exe
        shell: bash
      - run: /tmp/exe
      - run: |
          echo one
          npm install
  other:
    runs-on: ubuntu-latest
    steps:
      - run: /tmp/exe
`);
    const r = workflowPinning(w);
    assert.deepEqual(
      r.dependencies.map((d) => [d.type, d.line, d.snippet, d.job]),
      [
        ['downloadThenRun', 7, '/tmp/exe', 'push'],
        ['downloadThenRun', 9, '/tmp/exe', 'push'],
        ['npmCommand', 12, 'npm install', 'push'],
      ],
    );
  });

  const shellCases: [string, string, number][] = [
    ['runs-on: ubuntu-latest', '', 1],
    ['runs-on: windows-latest', '', 0],
    ['runs-on: windows-latest', '        shell: bash\n', 1],
    ['runs-on: windows-latest\n    defaults:\n      run:\n        shell: bash', '', 1],
    ['runs-on: ubuntu-latest', '        shell: pwsh\n', 0],
    ['runs-on: ubuntu-latest', "        if: runner.os == 'Windows'\n", 0],
    ['runs-on: ubuntu-latest', "        if: ${{ startsWith(runner.os, 'windows') }}\n", 0],
    [
      'runs-on: ${{ matrix.os }}\n    strategy:\n      matrix:\n        os: [windows-2022, windows-2019]',
      '',
      0,
    ],
    [
      'runs-on: ${{ matrix.os }}\n    strategy:\n      matrix:\n        os: [windows-2022, ubuntu-22.04]',
      '',
      1,
    ],
    [
      'runs-on: ${{ matrix.os }}\n    strategy:\n      matrix:\n        include:\n          - os: "windows-2022"',
      '',
      0,
    ],
  ];
  for (const [runsOn, stepExtra, want] of shellCases) {
    it(`shell choice: ${runsOn.split('\n').join(' ')} ${stepExtra.trim()} -> ${want} fact(s)`, () => {
      const w = wf(
        `on: push\njobs:\n  a:\n    ${runsOn}\n    steps:\n      - run: curl https://e.com/i | bash\n${stepExtra}`,
      );
      assert.equal(workflowPinning(w).dependencies.length, want);
    });
  }

  it('a job whose OS cannot be told is a problem; its actions still count (unknown-os shape)', () => {
    const w = wf(`on: push
jobs:
  a:
    runs-on: \${{ matrix.os }}
    steps:
      - uses: actions/checkout@v4
      - run: curl https://e.com/i | bash
  b:
    runs-on: ubuntu-latest
    steps:
      - run: curl https://e.com/i | bash
`);
    const r = workflowPinning(w);
    assert.deepEqual(
      r.dependencies.map((d) => [d.type, d.line]),
      [
        ['GitHubAction', 6],
        ['downloadThenRun', 11],
      ],
    );
    assert.deepEqual(
      r.problems.map((p) => [p.line, p.code]),
      [[7, 'invalid-entry']],
    );
  });

  it('expressions are redacted before shell reading (Scorecard {{…}})', () => {
    assert.equal(
      redactExpressions('echo ${{ a }} ${{b}} {{{ c }}'),
      'echo $GITHUB_REDACTED_VAR $GITHUB_REDACTED_VAR {GITHUB_REDACTED_VAR',
    );
    assert.equal(redactExpressions('no {{ close'), 'no {{ close');
  });

  it('an unreadable run script is a problem naming its line, not a throw', () => {
    const w = wf(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo ok\n          echo "open\n',
    );
    const r = workflowPinning(w);
    assert.deepEqual(r.dependencies, []);
    assert.deepEqual(
      r.problems.map((p) => [p.line, p.message]),
      [[8, 'run script not read: unclosed double quote']],
    );
  });
});
