import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePurl, purlMatches } from './purl.js';

/** [general (statement / ignore), specific (package found), matches] */
const CASES: Array<[string, string, boolean]> = [
  ['pkg:npm/lodash@4.17.20', 'pkg:npm/lodash@4.17.20', true],
  ['pkg:npm/lodash', 'pkg:npm/lodash@4.17.20', true],
  ['pkg:npm/lodash@4.17.20', 'pkg:npm/lodash@4.17.21', false],
  ['pkg:npm/lodash@4.17.20', 'pkg:npm/lodash', false],
  ['pkg:npm/lodash', 'pkg:npm/lodash-es@4.17.20', false],
  ['pkg:npm/lodash', 'pkg:pypi/lodash@4.17.20', false],
  ['pkg:npm/%40babel/core', 'pkg:npm/%40babel/core@7.24.0', true],
  ['pkg:npm/@babel/core@7.24.0', 'pkg:npm/%40babel/core@7.24.0', true],
  ['pkg:npm/%40babel/core', 'pkg:npm/%40other/core@7.24.0', false],
  ['pkg:NPM/lodash', 'pkg:npm/lodash@1.0.0', true],
  ['pkg:pypi/Django_Rest', 'pkg:pypi/django-rest@3.0', true],
  [
    'pkg:maven/org.apache.logging.log4j/log4j-core',
    'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
    true,
  ],
  [
    'pkg:maven/org.apache.logging.log4j/log4j-core',
    'pkg:maven/org.apache.logging.log4j/log4j-api@2.14.1',
    false,
  ],
  ['pkg:golang/github.com/gin-gonic/gin@v1.9.0', 'pkg:golang/github.com/gin-gonic/gin@v1.9.0', true],
  ['pkg:golang/github.com/gin-gonic/gin@1.9.0', 'pkg:golang/github.com/gin-gonic/gin@v1.9.0', false],
  // qualifiers: every one on the general purl must be on the specific one; more on the specific are fine
  ['pkg:apk/wolfi/git@2.39.0-r1?arch=x86_64', 'pkg:apk/wolfi/git@2.39.0-r1?arch=x86_64', true],
  ['pkg:apk/wolfi/git@2.39.0-r1', 'pkg:apk/wolfi/git@2.39.0-r1?arch=x86_64', true],
  ['pkg:apk/wolfi/git@2.39.0-r1?arch=armv7', 'pkg:apk/wolfi/git@2.39.0-r1?arch=x86_64', false],
  ['pkg:apk/wolfi/git@2.39.0-r1?arch=x86_64', 'pkg:apk/wolfi/git@2.39.0-r1', false],
  ['pkg:apk/wolfi/git?arch=x86_64', 'pkg:apk/wolfi/git@2.39.0-r1?distro=3.18&arch=x86_64', true],
  ['pkg:github/org/repo#sub/dir', 'pkg:github/org/repo@1.0#sub/dir', true],
  ['pkg:github/org/repo#sub/dir', 'pkg:github/org/repo@1.0#other', false],
  // `+` literal or percent-encoded (`%2B`, the purl spec's canonical form) is the same character,
  // in a version and in a qualifier value (not a form-encoded space)
  ['pkg:deb/debian/attr@1:2.4.47-2+b1', 'pkg:deb/debian/attr@1:2.4.47-2%2Bb1?arch=amd64', true],
  ['pkg:deb/debian/attr@1:2.4.47-2%2Bb1', 'pkg:deb/debian/attr@1:2.4.47-2+b1?arch=amd64', true],
  ['pkg:deb/debian/attr@1:2.4.47-2%2Bb1', 'pkg:deb/debian/attr@1:2.4.47-2%20b1', false],
  ['pkg:npm/x?vcs_url=git+https://h/x.git', 'pkg:npm/x@1?vcs_url=git%2Bhttps:%2F%2Fh%2Fx.git', true],
  ['pkg:npm/x?vcs_url=git%2Bhttps://h/x.git', 'pkg:npm/x@1?vcs_url=git%20https://h/x.git', false],
  // not purls, or broken ones: no match, no exception
  ['lodash', 'pkg:npm/lodash@1.0.0', false],
  ['pkg:npm/lodash', 'lodash@1.0.0', false],
  ['pkg:', 'pkg:npm/lodash@1.0.0', false],
  ['pkg:npm/lodash', 'pkg:npm/', false],
];

describe('purlMatches (general purl against the package found)', () => {
  for (const [general, specific, want] of CASES) {
    it(`${general} ${want ? 'matches' : 'does not match'} ${specific}`, () =>
      assert.equal(purlMatches(general, specific), want));
  }
});

describe('parsePurl', () => {
  it('normalizes per type', () => {
    assert.deepEqual(parsePurl('pkg:npm/%40Scope/Foo@1.0.0?b=2&a=1'), {
      type: 'npm',
      namespace: '@scope',
      name: 'foo',
      version: '1.0.0',
      qualifiers: { a: '1', b: '2' },
      subpath: '',
    });
  });
  it('returns undefined for text that is not a purl', () => {
    assert.equal(parsePurl('https://example.com/x'), undefined);
    assert.equal(parsePurl('pkg:%%%'), undefined);
  });
});
