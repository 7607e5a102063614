import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makePackage, makeProject, packageId } from './package.js';

describe('makePackage', () => {
  const cases: Array<[string, Parameters<typeof makePackage>[0], string, string | undefined]> = [
    [
      'PyPI registry package',
      { ecosystem: 'PyPI', name: 'Django', purlName: 'django', version: '4.2.1', purlType: 'pypi' },
      'PyPI:Django@4.2.1',
      'pkg:pypi/django@4.2.1',
    ],
    [
      'Go module with a namespace',
      {
        ecosystem: 'Go',
        name: 'golang.org/x/text',
        purlNamespace: 'golang.org/x',
        purlName: 'text',
        version: 'v0.3.7',
        purlType: 'golang',
      },
      'Go:golang.org/x/text@v0.3.7',
      'pkg:golang/golang.org/x/text@v0.3.7',
    ],
    [
      'Maven group:artifact',
      {
        ecosystem: 'Maven',
        name: 'org.apache.logging.log4j:log4j-core',
        purlNamespace: 'org.apache.logging.log4j',
        purlName: 'log4j-core',
        version: '2.14.1',
        purlType: 'maven',
      },
      'Maven:org.apache.logging.log4j:log4j-core@2.14.1',
      'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
    ],
    [
      'unresolved range: no version in the purl',
      { ecosystem: 'PyPI', name: 'flask', version: '>=2', purlType: 'pypi', resolution: 'unresolved' },
      'PyPI:flask@>=2',
      'pkg:pypi/flask',
    ],
    [
      'git source',
      {
        ecosystem: 'crates.io',
        name: 'foo',
        version: '0.1.0',
        purlType: 'cargo',
        source: { kind: 'git', url: 'https://github.com/a/foo', commit: 'abc' },
      },
      'crates.io:foo@0.1.0#git:abc',
      'pkg:cargo/foo@0.1.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fa%2Ffoo%40abc',
    ],
  ];
  for (const [name, init, id, purl] of cases) {
    it(name, () => {
      const p = makePackage(init);
      assert.equal(p.id, id);
      assert.equal(p.purl, purl);
      assert.equal(p.ecosystem, init.ecosystem);
    });
  }
  it('ids follow the npm convention', () => {
    assert.equal(packageId('npm', 'ms', '2.1.3'), 'npm:ms@2.1.3');
  });
  it('makeProject names a project after its folder when it has no name', () => {
    const p = makeProject({
      ecosystem: 'Go',
      folder: 'services/api',
      location: { path: 'services/api/go.mod' },
    });
    assert.deepEqual([p.id, p.name, p.path], ['Go:services/api', 'api', 'services/api']);
    assert.equal(
      makeProject({ ecosystem: 'PyPI', folder: '.', name: 'app', location: { path: 'x' } }).name,
      'app',
    );
  });
});
