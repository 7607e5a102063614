import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifySpec, compareLocations, locationOf, npmPackage, npmPurl } from './package.js';

describe('classifySpec', () => {
  const cases: Array<[string, string]> = [
    ['^1.2.3', 'semver'],
    ['~2.1.0', 'semver'],
    ['>=1 <2 || 3.x', 'semver'],
    ['latest', 'semver'],
    ['npm:string-width@^4', 'alias'],
    ['workspace:*', 'workspace'],
    ['file:../lib', 'file'],
    ['./vendor/x.tgz', 'file'],
    ['~/src/lib', 'file'],
    ['link:../x', 'link'],
    ['portal:../x', 'link'],
    ['git+ssh://git@github.com/o/r.git#abc', 'git'],
    ['github:o/r#v1', 'git'],
    ['o/r', 'git'],
    ['o/r#semver:^1', 'git'],
    ['https://github.com/o/r', 'git'],
    ['https://example.com/o/r.git', 'git'],
    ['https://registry.example.com/x/-/x-1.0.0.tgz', 'tarball'],
    ['https://codeload.github.com/o/r/tar.gz/abc', 'tarball'],
  ];
  for (const [spec, kind] of cases) it(`${spec} is ${kind}`, () => assert.equal(classifySpec(spec), kind));
});

describe('npm purls and ids', () => {
  it('encodes scoped names and keeps registry ids short', () => {
    const p = npmPackage({ name: '@babel/core', version: '7.0.0' });
    assert.equal(p.purl, 'pkg:npm/%40babel/core@7.0.0');
    assert.equal(p.id, 'npm:@babel/core@7.0.0');
  });
  it('puts git and tarball sources in qualifiers and in the id', () => {
    const git = npmPackage({
      name: 'x',
      version: '1.0.0',
      source: { kind: 'git', url: 'git+https://github.com/o/x.git', commit: 'abc' },
    });
    assert.equal(git.purl, 'pkg:npm/x@1.0.0?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fo%2Fx.git%23abc');
    assert.equal(git.id, 'npm:x@1.0.0#git:abc');
    assert.equal(
      npmPurl('y', '2.0.0', { kind: 'tarball', url: 'https://h/y.tgz' }),
      'pkg:npm/y@2.0.0?download_url=https%3A%2F%2Fh%2Fy.tgz',
    );
  });
  it('records the alias a package is installed under', () => {
    assert.deepEqual(
      npmPackage({ name: 'string-width', version: '4.2.0', alias: 'string-width-cjs' }).aliases,
      ['string-width-cjs'],
    );
  });
});

describe('locations', () => {
  it('locationOf keeps a known line only', () => {
    assert.deepEqual(
      [locationOf('a.lock', 3), locationOf('a.lock', 0), locationOf('a.lock', undefined)],
      [{ path: 'a.lock', line: 3 }, { path: 'a.lock' }, { path: 'a.lock' }],
    );
  });
  it('compareLocations orders by path, then line, an unknown line first', () => {
    const sorted = [
      { path: 'b.lock', line: 1 },
      { path: 'a.lock', line: 9 },
      { path: 'a.lock' },
      { path: 'a.lock', line: 2 },
    ].sort(compareLocations);
    assert.deepEqual(sorted, [
      { path: 'a.lock' },
      { path: 'a.lock', line: 2 },
      { path: 'a.lock', line: 9 },
      { path: 'b.lock', line: 1 },
    ]);
  });
});
