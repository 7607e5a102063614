import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wf } from './__fixtures__/wf.js';
import { dangerousPatterns } from './dangerous.js';
import { isUntrustedContext, scanExpressions } from './expressions.js';

describe('workflows: untrusted context (Scorecard TestUntrustedContextVariables)', () => {
  const cases: [string, boolean][] = [
    ['github.action', false],
    ['github.head_ref', true],
    ['github.event.issue.title', true],
    ['github.event.pull_request.body', true],
    ['github.event.pull_request.number', false],
    ['github.event.commits[0].message', true],
    ['github.event.commits[0].id', false],
    ['github.event.commits[2].author.name', true],
    ['github.event.commits[2].author.email', true],
    ['github.event.pull_request.organization.blocked_user.name', true],
    ['github.event.pull_request.organization.blocked_user.email', true],
    ['github.event.discussion.body', true],
    ['github.event.discussion.title', true],
    ['toJSON(github.event)', true],
    ['toJSON(github)', true],
    ['toJSON(github.event.pull_request)', false],
    ['TOJSON(github.event)', true],
    ['toJSON( github.event )', true],
    ['toJSON(github.repository)', false],
    // more of Scorecard's list
    ['github.event.pages[0].page_name', true],
    ['github.event.head_commit.message', true],
    ['github.event.review_comment.body', true],
    ['github.event.pull_request.head.ref', true],
    ['github.event.pull_request.head.repo.default_branch', true],
    ['github.event.pull_request.head.sha', false],
    // a field name alone, outside github.event, is not flagged (Scorecard needs `github.event.`)
    ['steps.x.outputs.issue.title', false],
  ];
  for (const [expr, want] of cases)
    it(`${expr} -> ${want}`, () => assert.equal(isUntrustedContext(expr), want));
});

describe('workflows: expression scan', () => {
  it('finds expressions with their line, continues after `}}`', () => {
    const s = scanExpressions('a ${{ x }}\nb ${{ y }} ${{ z }}\n');
    assert.deepEqual(
      s.expressions.map((e) => [e.text, e.lineOffset]),
      [
        [' x ', 0],
        [' y ', 1],
        [' z ', 1],
      ],
    );
    assert.equal(s.unterminated, undefined);
  });
  it('reports an unclosed expression with its line', () => {
    assert.deepEqual(scanExpressions('ok\n${{ x').unterminated, { lineOffset: 1 });
  });
});

const PRT = (extra: string) => `on:
  pull_request_target:
jobs:
  build:
    name: Build
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
${extra}`;

describe('workflows: dangerous patterns (Scorecard testdata shapes)', () => {
  const cases: { name: string; text: string; want: [string, number, string][] }[] = [
    {
      name: 'untrusted checkout (pull_request_target, head ref)',
      text: PRT('        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n'),
      want: [['untrusted-checkout', 8, '${{ github.event.pull_request.head.sha }}']],
    },
    {
      name: 'untrusted checkout (workflow_run)',
      text: `on: workflow_run
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.workflow_run.head_branch }}
`,
      want: [['untrusted-checkout', 6, '${{ github.event.workflow_run.head_branch }}']],
    },
    { name: 'default checkout (no ref)', text: PRT(''), want: [] },
    {
      name: 'trusted checkout (base ref)',
      text: PRT('        with:\n          ref: ${{ github.base_ref }}\n'),
      want: [],
    },
    {
      name: 'safe trigger (pull_request) with head ref',
      text: PRT('        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n').replace(
        'pull_request_target',
        'pull_request',
      ),
      want: [],
    },
    {
      name: 'script injection',
      text: PRT('      - run: echo "${{ github.event.issue.title }}"\n'),
      want: [['script-injection', 9, 'github.event.issue.title']],
    },
    {
      name: 'multiple script injections, exact lines in a block',
      text: PRT(
        '      - run: |\n          echo "${{ github.event.issue.body }}"\n          echo ok\n          echo "${{ github.head_ref }}"\n',
      ),
      want: [
        ['script-injection', 10, 'github.event.issue.body'],
        ['script-injection', 12, 'github.head_ref'],
      ],
    },
    {
      name: 'trusted script expression',
      text: PRT('      - run: echo "${{ github.event.pull_request.number }}"\n'),
      want: [],
    },
    {
      name: 'toJSON of the event',
      text: PRT("      - run: echo '${{ toJSON(github.event) }}'\n"),
      want: [['script-injection', 9, 'toJSON(github.event)']],
    },
    {
      name: 'actions/github-script (Sterling addition)',
      text: PRT(
        '      - uses: actions/github-script@v7\n        with:\n          script: |\n            const t = "${{ github.event.comment.body }}"\n',
      ),
      want: [['script-injection', 12, 'github.event.comment.body']],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { patterns, problems } = dangerousPatterns(wf(c.text));
      assert.deepEqual(
        patterns.map((p) => [p.kind, p.line, p.snippet]),
        c.want,
      );
      assert.deepEqual(problems, []);
    });
  }
  it('names the job, and marks where an injection is', () => {
    const { patterns } = dangerousPatterns(wf(PRT('      - run: echo "${{ github.event.issue.title }}"\n')));
    assert.deepEqual(patterns[0]!.job, { id: 'build', name: 'Build' });
    assert.equal(patterns[0]!.source, 'run');
  });
  it('an unclosed expression is a problem with its line, not an abort', () => {
    const r = dangerousPatterns(
      wf(PRT('      - run: |\n          echo "${{ github.event.issue.title }}"\n          echo "${{ x\n')),
    );
    assert.equal(r.patterns.length, 1);
    assert.deepEqual(
      r.problems.map((p) => p.line),
      [11],
    );
  });
});
