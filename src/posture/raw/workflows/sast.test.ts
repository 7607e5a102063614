import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wf } from './__fixtures__/wf.js';
import { sastUses, sonarHostUrl } from './sast.js';

const w = (on: string, steps: string, extra = '') =>
  wf(`on: ${on}\njobs:\n  scan:\n    runs-on: ubuntu-latest\n${extra}    steps:\n${steps}`);

describe('workflows: SAST tools', () => {
  const cases: [string, string, [string, boolean, number][]][] = [
    [
      'CodeQL analyze',
      '      - uses: github/codeql-action/init@v3\n      - uses: github/codeql-action/analyze@v3\n',
      [['CodeQL', true, 7]],
    ],
    ['Snyk (prefix)', '      - uses: snyk/actions/node@master\n', [['Snyk', true, 6]]],
    ['Pysa', '      - uses: facebook/pysa-action@v1\n', [['Pysa', true, 6]]],
    ['Qodana', '      - uses: JetBrains/qodana-action@v2024.1\n', [['Qodana', true, 6]]],
    ['hadolint action', '      - uses: hadolint/hadolint-action@v3.1.0\n', [['Hadolint', true, 6]]],
    ['Semgrep action', '      - uses: semgrep/semgrep-action@v1\n', [['Semgrep', false, 6]]],
    [
      'Semgrep command',
      '      - run: |\n          pip install semgrep\n          semgrep scan --config auto\n',
      [['Semgrep', false, 8]],
    ],
    ['Bandit via pipx', '      - run: pipx run bandit -r src\n', [['Bandit', false, 6]]],
    ['gosec action', '      - uses: securego/gosec@v2\n', [['gosec', false, 6]]],
    ['Sonar', '      - uses: SonarSource/sonarqube-scan-action@v4\n', [['Sonar', false, 6]]],
    ['Semgrep docker step', '      - uses: docker://semgrep/semgrep:latest\n', [['Semgrep', false, 6]]],
    ['tests only', '      - run: npm test\n', []],
    ['codeql init alone is not analysis', '      - uses: github/codeql-action/init@v3\n', []],
  ];
  for (const [name, steps, want] of cases) {
    it(name, () =>
      assert.deepEqual(
        sastUses(w('push', steps)).map((u) => [u.tool, u.scorecard, u.line]),
        want,
      ),
    );
  }
  it('Semgrep in a job container', () => {
    const u = sastUses(
      w('push', '      - run: semgrep ci\n', '    container:\n      image: semgrep/semgrep\n'),
    );
    assert.deepEqual(
      u.map((x) => [x.tool, x.line]),
      [
        ['Semgrep', 6],
        ['Semgrep', 8],
      ],
    );
  });

  const triggers: [string, boolean, boolean][] = [
    ['[push, pull_request]', true, true],
    ['push', false, true],
    ['pull_request_target', true, false],
    ['merge_group', true, false],
    ['schedule', false, false],
  ];
  for (const [on, pr, push] of triggers) {
    it(`triggers ${on}: pull requests ${pr}, pushes ${push}`, () => {
      const [u] = sastUses(w(on, '      - uses: github/codeql-action/analyze@v3\n'));
      assert.deepEqual([u?.onPullRequest, u?.onPush], [pr, push]);
    });
  }
});

describe('pom.xml: sonar.host.url', () => {
  it('finds the URL and its line', () => {
    const pom =
      '<project>\n  <properties>\n    <sonar.host.url> https://sonarcloud.io </sonar.host.url>\n  </properties>\n</project>';
    assert.deepEqual(sonarHostUrl(pom), { url: 'https://sonarcloud.io', line: 3 });
  });
  it('none, empty or unclosed -> undefined', () => {
    assert.equal(sonarHostUrl('<project/>'), undefined);
    assert.equal(sonarHostUrl('<sonar.host.url></sonar.host.url>'), undefined);
    assert.equal(sonarHostUrl('<sonar.host.url>x'), undefined);
  });
});
