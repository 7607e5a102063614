import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WF_PATH, wf } from './__fixtures__/wf.js';
import { hasCommands, isScorecardWorkflowPath, parseWorkflow } from './parse.js';

const FULL = `name: CI
on:
  push:
    branches: [main]
  pull_request_target:
    types: [opened, synchronize]
  workflow_run:
    workflows: [build]
permissions:
  contents: read
  pull-requests: write
env:
  A: "1.10"
jobs:
  test:
    name: Test
    runs-on: [self-hosted, linux]
    container:
      image: node:20@sha256:aaaa
    services:
      db: postgres:16
      cache:
        image: redis:7
    permissions: write-all
    defaults:
      run:
        shell: bash
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
        include:
          - os: macos-14
    steps:
      - id: co
        uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - name: Build
        if: github.event_name == 'push'
        shell: sh
        env:
          X: y
        run: |
          make
          make test
      - run: echo one line
      - uses: ./.github/actions/local
      - uses: docker://ghcr.io/o/img:1.2@sha256:bbbb
      - uses: github/codeql-action/init@v3
  call:
    uses: octo/reusable/.github/workflows/build.yml@main
    with:
      x: "1"
`;

describe('workflows: parse', () => {
  const w = wf(FULL);
  it('reads name, triggers with filters and lines', () => {
    assert.deepEqual(w.name, { value: 'CI', line: 1 });
    assert.deepEqual(w.triggers, [
      { event: 'push', line: 3, filters: { branches: ['main'] } },
      { event: 'pull_request_target', line: 5, filters: { types: ['opened', 'synchronize'] } },
      { event: 'workflow_run', line: 7, filters: { workflows: ['build'] } },
    ]);
  });
  it('keeps `on:` a key and scalars strings (YAML 1.2, failsafe)', () => {
    assert.equal(w.triggers.length, 3);
    assert.equal(w.env.get('A')?.value, '1.10');
  });
  it('reads top-level and job permissions', () => {
    assert.deepEqual(w.permissions, {
      kind: 'map',
      line: 9,
      scopes: [
        { scope: 'contents', level: 'read', line: 10 },
        { scope: 'pull-requests', level: 'write', line: 11 },
      ],
    });
    assert.deepEqual(w.jobs[0]!.permissions, { kind: 'all', value: 'write-all', line: 24 });
    assert.deepEqual(w.jobs[1]!.permissions, { kind: 'absent' });
  });
  it('reads a job: runs-on, container, services, shell, matrix OS', () => {
    const j = w.jobs[0]!;
    assert.equal(j.id, 'test');
    assert.equal(j.line, 15);
    assert.deepEqual(j.name, { value: 'Test', line: 16 });
    assert.deepEqual(
      j.runsOn.map((l) => l.value),
      ['self-hosted', 'linux'],
    );
    assert.deepEqual(j.container, { value: 'node:20@sha256:aaaa', line: 19 });
    assert.deepEqual(j.services, [
      { id: 'db', image: { value: 'postgres:16', line: 21 } },
      { id: 'cache', image: { value: 'redis:7', line: 23 } },
    ]);
    assert.deepEqual(j.defaultShell, { value: 'bash', line: 27 });
    assert.deepEqual(
      j.matrixOs.map((o) => o.value),
      ['ubuntu-latest', 'windows-latest', 'macos-14'],
    );
  });
  it('reads steps: uses split, run with its content line, shell, if, env, with', () => {
    const s = w.jobs[0]!.steps;
    assert.equal(s.length, 6);
    assert.equal(s[0]!.line, 34);
    assert.deepEqual(s[0]!.id, { value: 'co', line: 34 });
    assert.deepEqual(s[0]!.uses?.ref, {
      kind: 'action',
      owner: 'actions',
      repo: 'checkout',
      path: '',
      ref: 'v4',
    });
    assert.equal(s[0]!.uses?.line, 35);
    assert.equal(s[0]!.with.get('fetch-depth')?.value, '0');
    assert.deepEqual(s[1]!.run, { value: 'make\nmake test\n', line: 43, contentLine: 44 });
    assert.equal(s[1]!.shell?.value, 'sh');
    assert.equal(s[1]!.if?.line, 39);
    assert.equal(s[1]!.env.get('X')?.value, 'y');
    assert.deepEqual(s[2]!.run, { value: 'echo one line', line: 46, contentLine: 46 });
    assert.deepEqual(s[3]!.uses?.ref, { kind: 'local', path: './.github/actions/local' });
    assert.deepEqual(s[4]!.uses?.ref, {
      kind: 'docker',
      image: 'ghcr.io/o/img',
      tag: '1.2',
      digest: 'sha256:bbbb',
    });
    assert.deepEqual(s[5]!.uses?.ref, {
      kind: 'action',
      owner: 'github',
      repo: 'codeql-action',
      path: 'init',
      ref: 'v3',
    });
  });
  it('reads a reusable workflow call', () => {
    const j = w.jobs[1]!;
    assert.equal(j.uses?.line, 51);
    assert.deepEqual(j.uses?.ref, {
      kind: 'action',
      owner: 'octo',
      repo: 'reusable',
      path: '.github/workflows/build.yml',
      ref: 'main',
    });
    assert.equal(j.with.get('x')?.value, '1');
  });

  const triggerCases: [string, string[]][] = [
    ['on: push\njobs: {}', ['push']],
    ['on: [push, pull_request]\njobs: {}', ['push', 'pull_request']],
    ['on:\n  issue_comment:\n  workflow_dispatch:\njobs: {}', ['issue_comment', 'workflow_dispatch']],
  ];
  for (const [text, events] of triggerCases) {
    it(`triggers of ${JSON.stringify(text.split('\n')[0])}`, () => {
      assert.deepEqual(
        wf(text).triggers.map((t) => t.event),
        events,
      );
    });
  }

  const permissionCases: [string, unknown][] = [
    ['permissions: read-all', { kind: 'all', value: 'read-all', line: 1 }],
    ['permissions: {}', { kind: 'map', line: 1, scopes: [] }],
    ['permissions:', { kind: 'map', line: 1, scopes: [] }],
    ['x: 1', { kind: 'absent' }],
  ];
  for (const [text, want] of permissionCases) {
    it(`top-level ${text}`, () => assert.deepEqual(wf(`${text}\non: push\njobs: {}`).permissions, want));
  }

  it('expands anchors and aliases', () => {
    const w2 = wf(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps: &steps
      - uses: actions/checkout@v4
  b:
    runs-on: ubuntu-latest
    steps: *steps
`);
    assert.equal(w2.jobs[1]!.steps[0]!.uses?.value, 'actions/checkout@v4');
  });

  it('skips a bad job or step with a problem naming its line', () => {
    const r = parseWorkflow(
      WF_PATH,
      'on: push\njobs:\n  a: 3\n  b:\n    steps:\n      - just a string\n      - run: ok\n',
    );
    assert.ok(r.ok);
    assert.deepEqual(
      r.problems.map((p) => [p.line, p.code]),
      [
        [3, 'invalid-entry'],
        [6, 'invalid-entry'],
      ],
    );
    assert.equal(r.workflow.jobs.length, 1);
    assert.equal(r.workflow.jobs[0]!.steps[0]!.run?.value, 'ok');
  });

  it('a repeated key is a problem naming its line; the first value is used (as Scorecard reads on)', () => {
    const r = parseWorkflow(WF_PATH, 'name: A\non: push\nname: B\njobs: {}\n');
    assert.ok(r.ok);
    assert.equal(r.workflow.name?.value, 'A');
    assert.deepEqual(
      r.problems.map((p) => [p.line, p.code]),
      [[3, 'invalid-entry']],
    );
  });

  const bad: [string, string, number | undefined][] = [
    ['on: [push\njobs:', 'invalid-yaml', 2],
    ['- just\n- a list\n', 'not-a-workflow', 1],
    ['', 'not-a-workflow', 1],
    ['# only a comment\n', 'not-a-workflow', 1],
  ];
  for (const [text, code, line] of bad) {
    it(`${JSON.stringify(text)} -> ${code}, never a throw`, () => {
      const r = parseWorkflow(WF_PATH, text);
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.problem.code, code);
      assert.equal(r.problem.line, line);
      assert.equal(r.problem.path, WF_PATH);
    });
  }

  const commands: [string, boolean][] = [
    ['', false],
    ['# c\n\n   # d\n', false],
    ['# c\non: push', true],
  ];
  for (const [text, want] of commands) {
    it(`hasCommands(${JSON.stringify(text)}) = ${want}`, () => assert.equal(hasCommands(text), want));
  }

  const paths: [string, boolean][] = [
    ['.github/workflows/ci.yml', true],
    ['.GitHub/Workflows/CI.YAML', true],
    ['.github/workflows/sub/ci.yml', false],
    ['sub/.github/workflows/ci.yml', false],
    ['.github/workflows/ci.json', false],
  ];
  for (const [p, want] of paths)
    it(`isScorecardWorkflowPath(${p}) = ${want}`, () => assert.equal(isScorecardWorkflowPath(p), want));
});
