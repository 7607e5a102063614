import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PackageSource } from '../../../core/model/package.js';
import { redactUrl } from '../url.js';
import { sourceFromResolved } from './source.js';

/** sourceFromResolved for an http(s) tarball URL as written without the npmjs shortcut. */
function reference(url: string, name: string, integrity?: string): PackageSource {
  const clean = redactUrl(url);
  let i = clean.indexOf(`/${name}/-/`);
  if (i < 0 && name.includes('/')) {
    i = clean.toLowerCase().indexOf(`/${name.replace('/', '%2f').toLowerCase()}/-/`);
  }
  const base = i > 0 ? clean.slice(0, i) : undefined;
  let source: PackageSource;
  if (base === undefined) source = { kind: 'tarball', url: clean };
  else if (base === 'https://registry.npmjs.org' || base === 'https://registry.yarnpkg.com') {
    source = { kind: 'registry' };
  } else source = { kind: 'registry', url: base };
  if (integrity) source.integrity = integrity;
  return source;
}

describe('sourceFromResolved', () => {
  it('npmjs tarball URLs give what the general registry check gives', () => {
    const names = ['a', 'lodash', '@s/a', '@s%2fa', '', '-', '/', 'a/b', '@s/a/b', 'registry.npmjs.org'];
    names.push(
      'registry.npmjs.org/',
      'registry.npmjs.org/x',
      '/registry.npmjs.org',
      'registry.npmjs.org/-/x',
    );
    names.push('registry.npmjs.org/registry.npmjs.org/-', 'a/-', '-/a', 'x/-/y', '@registry.npmjs.org/x');
    const urls = (name: string) => [
      `https://registry.npmjs.org/${name}/-/${name}-1.0.0.tgz`,
      `https://registry.npmjs.org/${name}/-/x.tgz`,
      `https://registry.npmjs.org/${name}/-`,
      `https://registry.npmjs.org/${name}`,
      `https://registry.npmjs.org/x/${name}/-/y.tgz`,
      `https://registry.npmjs.org/${name}${name}/-/y.tgz`,
      `https://registry.npmjs.org/@s/${name}/-/y.tgz`,
      `https://token@registry.npmjs.org/${name}/-/y.tgz`,
      `https://registry.npmjs.org.evil/${name}/-/y.tgz`,
      `https://registry.yarnpkg.com/${name}/-/y.tgz`,
    ];
    for (const name of names) {
      for (const url of urls(name)) {
        for (const integrity of [undefined, 'sha512-x']) {
          assert.deepEqual(
            sourceFromResolved(url, name, '.', integrity),
            reference(url, name, integrity),
            `${url} ${name}`,
          );
        }
      }
    }
  });
});
