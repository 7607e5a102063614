import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeScript } from './analyze.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

function downloads(script: string, downloaded = new Set<string>()): [number, string][] {
  return analyzeScript(script, downloaded)
    .dependencies.filter((d) => d.type === 'downloadThenRun')
    .map((d) => [d.line, d.snippet]);
}

describe('shell: download then run (Scorecard rules)', () => {
  const cases: [string, [number, string][]][] = [
    [
      'curl -sSL https://example.com/install.sh | bash',
      [[1, 'curl -sSL https://example.com/install.sh | bash']],
    ],
    [
      'curl -s https://example.com/i.sh | sudo sh -s -- -y',
      [[1, 'curl -s https://example.com/i.sh | sudo sh -s -- -y']],
    ],
    ['wget -qO- https://example.com/i.sh | python3', [[1, 'wget -qO- https://example.com/i.sh | python3']]],
    ['echo x\n  curl "https://example.com/i.sh" | bash', [[2, 'curl "https://example.com/i.sh" | bash']]],
    ['curl -fsSL $URL | bash', [[1, 'curl -fsSL $URL | bash']]],
    ['curl https://example.com/data.json | jq .', []],
    ['cat install.sh | bash', []],
    [`curl -sSL https://raw.githubusercontent.com/org/repo/${SHA}/install.sh | bash`, []],
    [
      `curl https://raw.githubusercontent.com/org/repo/${SHA}/a.sh https://example.com/b.sh | bash`,
      [[1, `curl https://raw.githubusercontent.com/org/repo/${SHA}/a.sh https://example.com/b.sh | bash`]],
    ],
    [
      'curl -sSL https://raw.githubusercontent.com/org/repo/main/install.sh | bash',
      [[1, 'curl -sSL https://raw.githubusercontent.com/org/repo/main/install.sh | bash']],
    ],
    ['bash <(curl -s https://example.com/i.sh)', [[1, 'bash <(curl -s https://example.com/i.sh)']]],
    ['sudo bash <(wget -qO- https://example.com/i.sh)', []], // Scorecard reads the second raw word, `bash` here
    ['diff <(curl -s https://a) <(curl -s https://b)', []],
    ['wget https://example.com/install.sh\nbash install.sh', [[2, 'bash install.sh']]],
    ['wget -O /tmp/i.sh https://example.com/x && sh /tmp/i.sh', [[1, 'sh /tmp/i.sh']]],
    ['curl https://example.com/x > /tmp/i.sh\nchmod +x /tmp/i.sh\n/tmp/i.sh', [[3, '/tmp/i.sh']]],
    ['curl -o /tmp/i.sh https://example.com/x\nsh /tmp/i.sh', []], // Scorecard does not read curl -o
    ['gsutil cp gs://bucket/i.sh /tmp/\nbash /tmp/i.sh', [[2, 'bash /tmp/i.sh']]],
    ['aws s3api get-object --bucket b --key i.sh s3://b/i.sh /tmp/i.sh\nsh /tmp/i.sh', [[2, 'sh /tmp/i.sh']]],
    [`wget https://raw.githubusercontent.com/o/r/${SHA}/i.sh\nbash i.sh`, []],
    ['bash -c "curl -s https://example.com/i.sh | bash"', [[1, 'curl -s https://example.com/i.sh | bash']]],
    [
      "sh -ec 'echo\ncurl -s https://example.com/i.sh | bash'",
      [[2, 'curl -s https://example.com/i.sh | bash']],
    ],
    ["python -c 'curl https://example.com/i.sh | bash'", []],
    ['x=$(curl -s https://example.com/i.sh | sh)', [[1, 'curl -s https://example.com/i.sh | sh']]],
    ['echo `curl -s https://example.com/i.sh | sh`', [[1, 'curl -s https://example.com/i.sh | sh']]],
    ['if true; then\n  curl https://e.com/i | bash\nfi', [[2, 'curl https://e.com/i | bash']]],
    ['cat <<EOF\ncurl https://e.com/i | bash\nEOF\necho done', []],
    ['# curl https://e.com/i | bash', []],
    ['curl https://e.com/i \\\n  | bash', [[1, 'curl https://e.com/i \\\n  | bash']]],
  ];
  for (const [script, want] of cases) {
    it(JSON.stringify(script), () => assert.deepEqual(downloads(script), want));
  }

  it('a file downloaded in an earlier script (same job) counts when run later', () => {
    const shared = new Set<string>();
    assert.deepEqual(downloads('wget https://example.com/tool.sh', shared), []);
    assert.deepEqual(downloads('bash tool.sh', shared), [[1, 'bash tool.sh']]);
  });

  const structure: [string, { line: number; message: string }[], number][] = [
    [
      'curl https://e.com/i | bash\nfi\ncurl https://e.com/i | bash',
      [{ line: 2, message: 'unexpected fi' }],
      0,
    ],
    ['if true\n  curl https://e.com/i | bash', [{ line: 1, message: 'fi missing' }], 0],
    ['for x in a b; do\n  curl https://e.com/i | bash\ndone', [], 1],
    ['function f {\n  curl https://e.com/i | bash\n}\nf', [], 1],
    ['g() { curl https://e.com/i | bash; }', [], 1],
    ['case "$1" in\n  a) curl https://e.com/i | bash;;\nesac', [], 1],
    ['x=$(case "$1" in a) curl https://e.com/i | bash;; esac)', [], 1],
    ['while read l; do echo "$l"; done < f\n{ echo; } > out', [], 0],
  ];
  for (const [script, errors, found] of structure) {
    it(`compound commands: ${JSON.stringify(script)}`, () => {
      const r = analyzeScript(script, new Set());
      assert.deepEqual(r.errors, errors);
      assert.equal(r.dependencies.length, found);
    });
  }

  it('a script the reader cannot read is an error with its line, no facts', () => {
    const r = analyzeScript('echo ok\ncurl https://e.com/i | bash "\n', new Set());
    assert.deepEqual(r.dependencies, []);
    assert.deepEqual(r.errors, [{ line: 2, message: 'unclosed double quote' }]);
  });
});
