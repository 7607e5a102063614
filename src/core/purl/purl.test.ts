import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PackageSource } from '../model/package.js';
import { buildPurl, canonicalPurl, encodePurlComponent, parsePurl, sourceQualifiers } from './purl.js';
import { parseVcsUrl, vcsUrl } from './vcs-url.js';

describe('encodePurlComponent', () => {
  const table: [string, string][] = [
    ['1.2.3-rc.1_a~b', '1.2.3-rc.1_a~b'],
    ['1:2.4.47-2+b1', '1:2.4.47-2%2Bb1'],
    ["a!b'c(d)e*f", 'a%21b%27c%28d%29e%2Af'],
    ['a b/c@d?e#f%g', 'a%20b%2Fc%40d%3Fe%23f%25g'],
    ['é', '%C3%A9'],
  ];
  for (const [text, want] of table)
    it(JSON.stringify(text), () => assert.equal(encodePurlComponent(text), want));
});

describe('buildPurl', () => {
  it('writes the canonical form: sorted qualifiers, `:` kept, `/` in values encoded', () => {
    assert.equal(
      buildPurl({
        type: 'deb',
        namespace: 'debian',
        name: 'attr',
        version: '1:2.4.47-2+b1',
        qualifiers: { distro: 'debian-12', arch: 'amd64', empty: '' },
      }),
      'pkg:deb/debian/attr@1:2.4.47-2%2Bb1?arch=amd64&distro=debian-12',
    );
    assert.equal(
      buildPurl({ type: 'golang', namespace: 'github.com/a', name: 'b', subpath: '/x//y/' }),
      'pkg:golang/github.com/a/b#x/y',
    );
  });
  it('applies the type normalisation of packageurl-js', () => {
    assert.equal(buildPurl({ type: 'PyPI', name: 'Django_Rest', version: '1' }), 'pkg:pypi/django-rest@1');
  });
  it('gives undefined, never throws, for parts that form no purl', () => {
    assert.equal(buildPurl({ type: 'npm', name: '' }), undefined);
    assert.equal(buildPurl({ type: '3x', name: 'a' }), undefined);
    assert.equal(buildPurl({ type: 'npm', name: 'a\uD800' }), undefined);
  });
});

describe('parsePurl + canonicalPurl', () => {
  it('reads a literal `+` as `+` in every component', () => {
    const p = parsePurl('pkg:generic/x@1+b?vcs_url=git+https://h/x.git#a+b');
    assert.deepEqual([p.version, p.qualifiers?.vcs_url, p.subpath], ['1+b', 'git+https://h/x.git', 'a+b']);
    assert.equal(canonicalPurl(p), 'pkg:generic/x@1%2Bb?vcs_url=git%2Bhttps:%2F%2Fh%2Fx.git#a%2Bb');
  });
  it('drops the version on request', () => {
    assert.equal(canonicalPurl(parsePurl('pkg:npm/a@%5E1.0?x=1'), { version: false }), 'pkg:npm/a?x=1');
  });
  it('throws on text that is not a purl', () => {
    assert.throws(() => parsePurl('npm/a@1'));
  });
});

describe('VCS URLs', () => {
  const c = 'a'.repeat(40);
  const table: [string, PackageSource, string | undefined][] = [
    ['https gains git+', { kind: 'git', url: 'https://h/x.git', commit: c }, `git+https://h/x.git@${c}`],
    ['git+ssh kept', { kind: 'git', url: 'git+ssh://git@h/x.git' }, 'git+ssh://git@h/x.git'],
    ['git:// kept', { kind: 'git', url: 'git://h/x.git', commit: c }, `git://h/x.git@${c}`],
    ['npm #commit becomes @', { kind: 'git', url: `git+https://h/x.git#${c}` }, `git+https://h/x.git@${c}`],
    ['scp style is ssh', { kind: 'git', url: 'git@github.com:o/r.git' }, 'git+ssh://git@github.com/o/r.git'],
    ['shorthand', { kind: 'git', url: 'gitlab:o/r' }, 'git+https://gitlab.com/o/r'],
    ['a ref that is not a name is dropped', { kind: 'git', url: 'https://h/x#semver:^1' }, 'git+https://h/x'],
    ['unknown form', { kind: 'git', url: 'o/r' }, undefined],
    ['no URL', { kind: 'git', commit: c }, undefined],
  ];
  for (const [name, source, want] of table) it(name, () => assert.equal(vcsUrl(source), want));

  it('parse back: repository and revision', () => {
    assert.deepEqual(parseVcsUrl(`git+https://h/x.git@${c}`), { url: 'git+https://h/x.git', commit: c });
    assert.deepEqual(parseVcsUrl('git+ssh://git@h/x.git'), { url: 'git+ssh://git@h/x.git' });
    assert.deepEqual(parseVcsUrl('git+ssh://git@h'), { url: 'git+ssh://git@h' });
    assert.deepEqual(parseVcsUrl(`https://h/x#${c}`), { url: 'https://h/x', commit: c });
  });

  it('sourceQualifiers: vcs_url for git, download_url for a tarball, nothing else', () => {
    assert.deepEqual(sourceQualifiers({ kind: 'git', url: 'https://h/x', commit: c }), {
      vcs_url: `git+https://h/x@${c}`,
    });
    assert.deepEqual(sourceQualifiers({ kind: 'tarball', url: 'https://h/x.tgz' }), {
      download_url: 'https://h/x.tgz',
    });
    assert.deepEqual(sourceQualifiers({ kind: 'file', url: '../x' }), {});
    assert.deepEqual(sourceQualifiers(undefined), {});
  });
});
