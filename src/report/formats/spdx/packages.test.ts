import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PackageSource } from '../../../core/model/package.js';
import { downloadLocation } from './packages.js';

describe('downloadLocation', () => {
  const c = 'a'.repeat(40);
  const table: [string, PackageSource, string][] = [
    ['registry', { kind: 'registry', url: 'https://registry.npmjs.org/' }, 'NOASSERTION'],
    ['tarball', { kind: 'tarball', url: 'https://h/x-1.tgz' }, 'https://h/x-1.tgz'],
    ['tarball without a URL', { kind: 'tarball' }, 'NOASSERTION'],
    ['file', { kind: 'file', url: '../x' }, 'NOASSERTION'],
    [
      'git+ssh with commit',
      { kind: 'git', url: 'git+ssh://git@h/x.git', commit: c },
      `git+ssh://git@h/x.git@${c}`,
    ],
    ['npm fragment becomes @', { kind: 'git', url: `git+https://h/x.git#${c}` }, `git+https://h/x.git@${c}`],
    ['https gains git+', { kind: 'git', url: 'https://h/x.git' }, 'git+https://h/x.git'],
    ['git://', { kind: 'git', url: 'git://h/x.git', commit: c }, `git://h/x.git@${c}`],
    [
      'github shorthand',
      { kind: 'git', url: 'github:acme/x', commit: c },
      `git+https://github.com/acme/x@${c}`,
    ],
    ['unknown form', { kind: 'git', url: 'acme/x' }, 'NOASSERTION'],
    ['no URL', { kind: 'git', commit: c }, 'NOASSERTION'],
  ];
  for (const [name, source, want] of table) it(name, () => assert.equal(downloadLocation(source), want));
});
