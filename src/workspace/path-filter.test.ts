import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileTag, taggedFolderNames } from './file-tags.js';
import { firstMatch, matchesPath, pathPattern } from './path-filter.js';

describe('path patterns (--include / --exclude)', () => {
  const cases: Array<[string, string, boolean]> = [
    // a name matches a file or folder at any depth
    ['vendor', 'vendor/x/go.mod', true],
    ['vendor', 'a/b/vendor/go.mod', true],
    ['vendor', 'vendors/go.mod', false],
    ['Cargo.lock', 'crates/a/Cargo.lock', true],
    ['*.lock', 'yarn.lock', true],
    ['*.lock', 'deep/dir/poetry.lock', true],
    ['*.lock', 'package-lock.json', false],
    // a path matches from the root, and covers what is under it
    ['services/api', 'services/api/package-lock.json', true],
    ['services/api', 'other/services/api/package-lock.json', false],
    ['./services/api/', 'services/api/go.mod', true],
    ['services\\api', 'services/api/go.mod', true],
    ['./package-lock.json', 'package-lock.json', true],
    ['./package-lock.json', 'examples/app/package-lock.json', false],
    ['/go.mod', 'go.mod', true],
    ['/go.mod', 'tools/go.mod', false],
    ['services/*/go.mod', 'services/billing/go.mod', true],
    ['services/*/go.mod', 'services/billing/sub/go.mod', false],
    ['**/examples/**', 'examples/app/package.json', true],
    ['**/examples/**', 'packages/ui/examples/demo/yarn.lock', true],
    ['**/examples/**', 'packages/ui/example/yarn.lock', false],
    ['packages/?i', 'packages/ui/package.json', true],
    ['packages/?i', 'packages/api/package.json', false],
  ];
  for (const [pattern, path, expected] of cases) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      const p = pathPattern(pattern);
      assert.ok(p);
      assert.equal(matchesPath(p, path), expected);
    });
  }

  it('drops patterns that name nothing, and reports which pattern matched', () => {
    assert.equal(pathPattern('./'), undefined);
    assert.equal(pathPattern('/'), undefined);
    const pats = ['docs', 'services/**'].map((t) => pathPattern(t)!);
    assert.equal(firstMatch(pats, 'services/a/go.mod')?.text, 'services/**');
    assert.equal(firstMatch(pats, 'lib/go.mod'), undefined);
  });

  it('stays fast on hostile patterns (no backtracking blow-up)', () => {
    const p = pathPattern(`${'*a'.repeat(200)}/**/${'*?'.repeat(200)}`)!;
    const path = `${'a'.repeat(5000)}/${'b/'.repeat(200)}c`;
    assert.equal(matchesPath(p, path), false);
    // A backtracking matcher would take minutes here and hit the test timeout.
  });
});

describe('file tags', () => {
  const cases: Array<[string, string | undefined]> = [
    ['package-lock.json', undefined],
    ['services/api/go.mod', undefined],
    ['test/package-lock.json', 'test'],
    ['tests/integration/requirements.txt', 'test'],
    ['packages/ui/__tests__/app/package.json', 'test'],
    ['test/fixtures/app/package-lock.json', 'fixture'],
    ['src/__fixtures__/yarn.lock', 'fixture'],
    ['internal/testdata/go.mod', 'fixture'],
    ['examples/demo-app/tests/go.mod', 'test'],
    ['Examples/Basic/Podfile.lock', 'example'],
    ['samples/web/package.json', 'example'],
    // the file name never counts, nor a folder whose name only contains a tag word
    ['requirements-test.txt', undefined],
    ['test', undefined],
    ['testing/go.mod', undefined],
    ['contest/go.mod', undefined],
  ];
  for (const [path, tag] of cases) {
    it(`${path} → ${tag ?? 'untagged'}`, () => assert.equal(fileTag(path), tag));
  }
  it('lists the folder names of each tag for the docs', () => {
    assert.ok(taggedFolderNames('fixture').includes('testdata'));
    assert.ok(taggedFolderNames('example').includes('examples'));
    assert.ok(!taggedFolderNames('test').includes('examples'));
  });
});
