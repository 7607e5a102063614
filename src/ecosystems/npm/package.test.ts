import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  builtNpmPurl,
  classifySpec,
  compareLocations,
  locationOf,
  npmPackage,
  npmPurl,
  plainNpmPurl,
} from './package.js';

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
    assert.equal(git.purl, 'pkg:npm/x@1.0.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fo%2Fx.git%40abc');
    assert.equal(git.id, 'npm:x@1.0.0#git:abc');
    assert.equal(
      npmPurl('y', '2.0.0', { kind: 'tarball', url: 'https://h/y.tgz' }),
      'pkg:npm/y@2.0.0?download_url=https:%2F%2Fh%2Fy.tgz',
    );
  });
  it('records the alias a package is installed under', () => {
    assert.deepEqual(
      npmPackage({ name: 'string-width', version: '4.2.0', alias: 'string-width-cjs' }).aliases,
      ['string-width-cjs'],
    );
  });
});

describe('npm purls built on the fast path', () => {
  // Every ASCII character, and non-ASCII ones that encode, trim or change case.
  const odd = [...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c))].concat([
    '\u00e9',
    '\u00a0',
    '\u2028',
    '\ufeff',
    '\ud800',
    '\udc00',
    '\ud83d\ude00',
    '\u0130',
    '\u00df',
    '\u212a',
  ]);
  const names = [
    'lodash',
    'JSONStream',
    '@babel/core',
    '@Babel/Core',
    '@types/node',
    'a.b-c_d',
    "x!~*'()",
    '@/x',
  ];
  names.push(
    '',
    '@',
    '@x',
    '@x/',
    '@/',
    'a/b',
    '@a/b/c',
    '@@a/b',
    ' x',
    'x ',
    '@ a/b',
    '@a /b',
    '%40x',
    'a%2Fb',
  );
  for (const c of odd)
    names.push(c, `a${c}b`, `${c}x`, `x${c}`, `@s${c}/n`, `@${c}/n`, `@s/n${c}`, `@s/${c}`);
  const versions = [
    '',
    '1.0.0',
    '1.0.0-rc.1+build.5',
    'V1.0.0-Beta',
    '1:2',
    ' 1.0.0',
    '1.0.0 ',
    ' ',
    '%3A',
    '%2B',
  ];
  for (const c of odd) versions.push(c, `1.0.${c}`, `${c}1`);
  const pairs: Array<[string, string]> = [];
  for (const n of names) for (const v of ['', '1.0.0', '2.0.0-A+b:c', ' 1']) pairs.push([n, v]);
  for (const v of versions) for (const n of ['lodash', '@babel/core', 'Upper', '@S/N']) pairs.push([n, v]);

  it('equal what buildPurl builds, for plain and odd names and versions', () => {
    for (const [n, v] of pairs) {
      const expected = builtNpmPurl(n, v);
      assert.equal(npmPurl(n, v), expected, JSON.stringify([n, v]));
      assert.equal(npmPurl(n, v, { kind: 'registry' }), expected, JSON.stringify([n, v]));
      const plain = plainNpmPurl(n, v);
      if (plain !== undefined) assert.equal(plain, expected, JSON.stringify([n, v]));
    }
  });
  it('are built without buildPurl for ordinary registry names', () => {
    for (const [n, v] of [
      ['lodash', '4.17.21'],
      ['@babel/core', '7.24.0'],
      ['JSONStream', '1.3.5'],
      ['@Scope/Name', '1.0.0-Beta.1'],
      ['is-arrayish', ''],
    ] as const)
      assert.equal(plainNpmPurl(n, v), builtNpmPurl(n, v));
    assert.equal(plainNpmPurl('@babel/core', '7.0.0'), 'pkg:npm/%40babel/core@7.0.0');
    // purl spec: `+` is percent-encoded (packageurl-js kept it); such versions take the general path.
    assert.equal(plainNpmPurl('a', '1.0.0+build'), undefined);
    assert.equal(npmPurl('a', '1.0.0+build'), 'pkg:npm/a@1.0.0%2Bbuild');
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
