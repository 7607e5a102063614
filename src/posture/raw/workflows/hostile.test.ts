import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WF_PATH, wf } from './__fixtures__/wf.js';
import { dangerousPatterns } from './dangerous.js';
import { dockerfilePinning } from './dockerfile-pinning.js';
import { scanExpressions } from './expressions.js';
import { shellScriptPinning } from './files-pinning.js';
import { parseWorkflow } from './parse.js';
import { workflowPinning } from './pinning.js';
import { analyzeScript } from './shell/analyze.js';
import { parseShell } from './shell/tokenize.js';
import { WORKFLOW_LIMITS } from './yaml-tree.js';

function problemCode(text: string): string | undefined {
  const r = parseWorkflow(WF_PATH, text);
  return r.ok ? undefined : r.problem.code;
}

describe('workflows: hostile input', () => {
  it('a file over the size limit is refused before parsing', () => {
    const text = `on: push\n# ${'x'.repeat(WORKFLOW_LIMITS.maxChars)}\n`;
    assert.equal(problemCode(text), 'too-large');
  });

  it('a billion-laughs alias bomb is refused by the alias guard', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    assert.equal(problemCode(lines.join('\n')), 'too-many-aliases');
  });

  it('aliases under the guard still cannot expand past the node budget', () => {
    // 8 levels x 10 aliases: 80 aliases (< 100) expanding to 10^8 nodes
    const lines = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `l${i}: &l${i} [${Array(10)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    assert.equal(problemCode(lines.join('\n')), 'too-many-nodes');
  });

  it('deep nesting is refused with a problem, not a stack overflow', () => {
    const depth = 5000;
    const text = `on: push\nx: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    const code = problemCode(text);
    assert.ok(code === 'too-deep' || code === 'invalid-yaml', String(code));
  });

  it('a block nested past the depth limit is too-deep', () => {
    let text = 'on: push\njobs:\n';
    for (let i = 0; i < WORKFLOW_LIMITS.maxDepth + 5; i++) text += `${'  '.repeat(i + 1)}k${i}:\n`;
    text += `${'  '.repeat(WORKFLOW_LIMITS.maxDepth + 6)}v\n`;
    assert.equal(problemCode(text), 'too-deep');
  });

  it('thousands of ${{ in a script: linear scan, every expression found', () => {
    const n = 20_000;
    const script = '${{ github.event.issue.title }} '.repeat(n);
    const scan = scanExpressions(script);
    assert.equal(scan.expressions.length, 10_000);
    assert.equal(scan.truncated, true);
    const open = scanExpressions('${{ '.repeat(100_000));
    assert.deepEqual(open.expressions.length, 0);
    assert.deepEqual(open.unterminated, { lineOffset: 0 });
  });

  it('a workflow with a huge injected script is analysed quickly and reports problems, not throws', () => {
    const body = Array.from({ length: 5000 }, () => '    echo "${{ github.event.comment.body }}" | sh').join(
      '\n',
    );
    const w = wf(
      `on: issue_comment\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n${body.replaceAll('    ', '          ')}\n`,
    );
    const found = dangerousPatterns(w);
    assert.equal(found.patterns.length, 5000);
    assert.equal(found.patterns[4999]!.line, 7 + 4999);
    workflowPinning(w);
  });

  it('shell: deep $( nesting and unclosed quotes are errors with a line', () => {
    const deep = `${'echo $('.repeat(50)}x${')'.repeat(50)}`;
    assert.match(parseShell(deep).error?.message ?? '', /nested deeper/);
    assert.deepEqual(parseShell('echo ok\necho "never closed\n').error, {
      line: 2,
      message: 'unclosed double quote',
    });
    assert.deepEqual(parseShell("echo 'x").error, { line: 1, message: 'unclosed single quote' });
    assert.equal(parseShell('echo $(ls').error?.message, 'unclosed (');
  });

  it('shell: a script with 200k words stops at the word cap', () => {
    const r = parseShell('a '.repeat(200_000));
    assert.match(r.error?.message ?? '', /more than 100000 words/);
    const a = analyzeScript('a '.repeat(200_000), new Set());
    assert.equal(a.dependencies.length, 0);
    assert.equal(a.errors.length, 1);
  });

  it('shell: 20k downloads then 20k runs stay linear', () => {
    const n = 20_000;
    const script = `${Array.from({ length: n }, (_, i) => `wget https://e.com/f${i}`).join('\n')}\n${Array.from({ length: n }, (_, i) => `./f${i}`).join('\n')}`;
    const r = analyzeScript(script, new Set());
    assert.equal(r.dependencies.length, 10_000); // files past MAX_DOWNLOADED are not tracked
  });

  it('Dockerfiles and shell scripts over the size limit are one too-large problem', () => {
    const big = `FROM x\n# ${'x'.repeat(WORKFLOW_LIMITS.maxChars)}`;
    assert.deepEqual(
      dockerfilePinning('Dockerfile', big).problems.map((p) => p.code),
      ['too-large'],
    );
    assert.deepEqual(
      shellScriptPinning('a.sh', big).problems.map((p) => p.code),
      ['too-large'],
    );
  });

  it('keys and words named like Object.prototype members are data, not lookups', () => {
    const w = wf('on:\n  push:\n    __proto__: [a]\n    constructor: [b]\njobs: {}\n');
    const filters = w.triggers[0]!.filters;
    assert.deepEqual(Object.keys(filters), ['__proto__', 'constructor']);
    assert.equal(Object.getPrototypeOf(filters), Object.prototype);
    for (const word of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const r = analyzeScript(`${word}\ncurl https://e.com/i | bash`, new Set());
      assert.deepEqual(r.errors, [], word);
      assert.equal(r.dependencies.length, 1, word);
    }
  });

  it('shell: sh -c nesting stops at the depth limit', () => {
    let script = 'curl https://x | sh';
    for (let i = 0; i < 20; i++) script = `sh -c ${JSON.stringify(script)}`;
    const a = analyzeScript(script, new Set());
    assert.equal(a.dependencies.length, 0); // too deep to reach; nothing invented
  });
});
