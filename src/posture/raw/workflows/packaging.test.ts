import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wf } from './__fixtures__/wf.js';
import { runPatternMatches } from './job-matcher.js';
import { packagingJobs } from './packaging.js';

const job = (steps: string) =>
  `on: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

/** [case, steps, Scorecard's verdict, the label of the first match of either kind] */
const CASES: [string, string, boolean, string | undefined][] = [
  [
    'npm to npmjs.org',
    "      - uses: actions/setup-node@v4\n        with:\n          registry-url: 'https://registry.npmjs.org'\n      - run: npm publish --provenance\n",
    true,
    'node publishing workflow using npm',
  ],
  [
    'npm to GitHub Packages (Scorecard: no; Sterling addition: yes)',
    "      - uses: actions/setup-node@v4\n        with:\n          registry-url: 'https://npm.pkg.github.com'\n      - run: npm publish\n",
    false,
    'node publishing workflow using npm (any setup)',
  ],
  [
    'maven',
    '      - uses: actions/setup-java@v4\n      - run: mvn -B deploy\n',
    true,
    'java publishing workflow using maven',
  ],
  [
    'maven, multi-line',
    '      - uses: actions/setup-java@v4\n      - run: |\n          mvn \\\n            clean deploy\n',
    true,
    'java publishing workflow using maven',
  ],
  [
    'gradle',
    '      - uses: actions/setup-java@v4\n      - run: ./gradlew publish\n',
    true,
    'java publishing workflow using gradle',
  ],
  ['sbt', '      - run: sbt ci-release\n', true, 'Scala publishing workflow using sbt-ci-release'],
  ['gem', '      - run: gem push *.gem\n', true, 'ruby publishing workflow using gem'],
  ['nuget', '      - run: dotnet nuget push out/*.nupkg\n', true, 'nuget publishing workflow'],
  ['docker push', '      - run: docker push ghcr.io/o/i:1\n', true, 'docker publishing workflow'],
  ['docker action', '      - uses: docker/build-push-action@v6\n', true, 'docker publishing workflow'],
  [
    'pypi action',
    '      - uses: pypa/gh-action-pypi-publish@release/v1\n',
    true,
    'python publishing workflow using pypi',
  ],
  ['pypi setup only', '      - uses: actions/setup-python@v5\n', false, undefined],
  [
    'goreleaser action',
    '      - uses: goreleaser/goreleaser-action@v6\n',
    true,
    'golang publishing workflow',
  ],
  ['cargo', '      - run: cargo publish --locked\n', true, 'rust publishing workflow using cargo'],
  ['ko needs both setups', '      - uses: ko-build/setup-ko@v0.6\n', false, undefined],
  [
    'ko',
    '      - uses: imjasonh/setup-ko@v0.6\n      - uses: ko-build/setup-ko@v0.6\n',
    true,
    'container publishing workflow using ko',
  ],
  [
    'semantic-release',
    '      - run: npx semantic-release\n',
    true,
    'publishing workflow using semantic-release',
  ],
  [
    'elixir',
    '      - uses: erlef/setup-elixir@v1\n      - run: mix hex.publish --yes\n',
    true,
    'publishing workflow using elixir',
  ],
  [
    'twine (Sterling addition)',
    '      - run: twine upload dist/*\n',
    false,
    'python publishing workflow using twine, poetry, uv, flit or hatch',
  ],
  ['tests only', '      - run: npm test\n', false, undefined],
  [
    'publish on another line than npm',
    '      - run: |\n          npm run build\n          ./publish.sh\n',
    false,
    undefined,
  ],
];

describe('workflows: packaging jobs (Scorecard IsPackagingWorkflow + additions)', () => {
  for (const [name, steps, scorecard, label] of CASES) {
    it(name, () => {
      const m = packagingJobs(wf(job(steps)));
      assert.equal(
        m.some((x) => x.scorecard),
        scorecard,
      );
      assert.equal(m[0]?.label, label);
      if (m[0]) assert.deepEqual([m[0].job, m[0].line], ['publish', 3]);
    });
  }
  it('a reusable workflow call matches by name', () => {
    const m = packagingJobs(wf('on: push\njobs:\n  rel:\n    uses: goreleaser/goreleaser-action@v6\n'));
    assert.equal(m[0]?.label, 'golang publishing workflow');
  });
});

describe('workflows: run patterns (`a.*b`, `.` any character but newline)', () => {
  const cases: [string, string, boolean][] = [
    ['npm publish', 'npm.*publish', true],
    ['npm\npublish', 'npm.*publish', false],
    ['mix hex.publish', '.*hex.publish.*', true],
    ['mix hex:publish', '.*hex.publish.*', true],
    ['mix hexpublish', '.*hex.publish.*', false],
    ['publish npm', 'npm.*publish', false],
  ];
  for (const [text, pattern, want] of cases)
    it(`${JSON.stringify(text)} ~ ${pattern} = ${want}`, () =>
      assert.equal(runPatternMatches(text, pattern), want));
});
