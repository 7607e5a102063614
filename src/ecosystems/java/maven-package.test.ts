import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mavenPackage, PackageCollector } from './maven-package.js';

describe('java: mavenPackage', () => {
  it('builds ids and purls per the purl spec (jar is the default type)', () => {
    for (const [init, id, purl] of [
      [
        { groupId: 'org.apache.commons', artifactId: 'io', version: '1.3.4' },
        'Maven:org.apache.commons:io@1.3.4',
        'pkg:maven/org.apache.commons/io@1.3.4',
      ],
      [
        {
          groupId: 'net.sf.jacob-project',
          artifactId: 'jacob',
          version: '1.14.3',
          type: 'dll',
          classifier: 'x86',
        },
        'Maven:net.sf.jacob-project:jacob@1.14.3',
        'pkg:maven/net.sf.jacob-project/jacob@1.14.3?classifier=x86&type=dll',
      ],
      [
        { groupId: 'org.apache.xmlgraphics', artifactId: 'batik-anim', version: '1.9.1', type: 'jar' },
        'Maven:org.apache.xmlgraphics:batik-anim@1.9.1',
        'pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1',
      ],
      [
        { groupId: 'mygroup', artifactId: 'myartifact', version: '1.0.0 Final' },
        'Maven:mygroup:myartifact@1.0.0 Final',
        'pkg:maven/mygroup/myartifact@1.0.0%20Final',
      ],
    ] as const) {
      const p = mavenPackage(init);
      assert.equal(p.id, id);
      assert.equal(p.purl, purl);
      assert.equal(p.ecosystem, 'Maven');
    }
  });

  it('unresolved packages keep the range as version and get a purl without version', () => {
    const p = mavenPackage({ groupId: 'a', artifactId: 'b', version: '[1.0,2.0)', resolution: 'unresolved' });
    assert.equal(p.version, '[1.0,2.0)');
    assert.equal(p.purl, 'pkg:maven/a/b');
  });

  it('the collector merges repeated packages', () => {
    const c = new PackageCollector();
    c.add(
      mavenPackage({
        groupId: 'a',
        artifactId: 'b',
        version: '1',
        scopes: ['dev'],
        location: { path: 'x', line: 1 },
      }),
    );
    c.add(
      mavenPackage({
        groupId: 'a',
        artifactId: 'b',
        version: '1',
        scopes: ['prod'],
        direct: true,
        location: { path: 'x', line: 2 },
      }),
    );
    assert.equal(c.size, 1);
    const [p] = c.packages();
    assert.deepEqual(p?.scopes, ['prod', 'dev']);
    assert.equal(p?.direct, true);
    assert.deepEqual(
      p?.locations.map((l) => l.line),
      [1, 2],
    );
  });
});
