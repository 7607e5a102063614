import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { SPDX23_SCHEMA, validateSpdx23 } from '../../../../test/helpers/schemas.js';
import { needsShared } from '../../../../test/helpers/shared.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import { npmPackage } from '../../../ecosystems/npm/package.js';
import { makePackage } from '../../../ecosystems/shared/package.js';
import {
  GIT_COMMIT,
  HOSTILE_NAME,
  largeResult,
  packages as P,
  projects,
  sampleResult,
  shuffled,
  TARBALL_URL,
} from '../cyclonedx/__fixtures__/scan-result.js';
import { spdxFormat } from './index.js';

interface SpdxPackage {
  SPDXID: string;
  name: string;
  versionInfo?: string;
  downloadLocation: string;
  checksums?: { algorithm: string; checksumValue: string }[];
  externalRefs?: { referenceCategory: string; referenceType: string; referenceLocator: string }[];
  annotations?: { annotationDate: string; annotationType: string; annotator: string; comment: string }[];
  primaryPackagePurpose: string;
}

interface SpdxDoc {
  spdxVersion: string;
  dataLicense: string;
  SPDXID: string;
  name: string;
  documentNamespace: string;
  creationInfo: { created: string; creators: string[] };
  packages: SpdxPackage[];
  relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[];
}

const schema = { skip: needsShared(...SPDX23_SCHEMA) };

function render(result: ScanResult = sampleResult()): SpdxDoc {
  return JSON.parse(spdxFormat.render(result)) as SpdxDoc;
}

/** The SPDXID expected for an id that collides with no other (sanitising re-implemented here). */
const sid = (id: string) => `SPDXRef-Package-${id.replace(/[^A-Za-z0-9.-]+/g, '-')}`;

function pkg(doc: SpdxDoc, id: string): SpdxPackage {
  const found = doc.packages.find((p) => p.SPDXID === sid(id));
  assert.ok(found, `package ${sid(id)}`);
  return found;
}

const hex = (alg: string, text: string) => createHash(alg).update(text).digest('hex');

describe('spdx format', () => {
  it('is a schema-valid SPDX 2.3 document', schema, () => {
    assert.deepEqual(validateSpdx23(render()), []);
  });

  it('fills the document header from the result', () => {
    const doc = render();
    assert.equal(doc.spdxVersion, 'SPDX-2.3');
    assert.equal(doc.dataLicense, 'CC0-1.0');
    assert.equal(doc.SPDXID, 'SPDXRef-DOCUMENT');
    assert.equal(doc.name, 'demo-app');
    assert.deepEqual(doc.creationInfo, {
      created: '2024-05-06T07:08:09Z',
      creators: ['Tool: sterling-0.1.0'],
    });
    assert.match(doc.documentNamespace, /^https:\/\/[^#\s]+\/demo-app-[0-9a-f]{64}$/);
  });

  it('has one package per Package and per Project, with valid unique SPDXIDs', () => {
    const doc = render();
    const ids = doc.packages.map((p) => p.SPDXID);
    const want = [...Object.values(P).map((p) => p.id), ...Object.values(projects).map((p) => p.id)].map(sid);
    assert.deepEqual(ids, [...want].sort());
    for (const id of ids) assert.match(id, /^SPDXRef-[A-Za-z0-9.-]+$/);
    assert.equal(sid(P.util.id), 'SPDXRef-Package-npm-scope-util-2.0.0');
    assert.equal(pkg(doc, P.hostile.id).SPDXID, 'SPDXRef-Package-npm-evil-31mred-1.0.0');
    assert.equal(pkg(doc, P.hostile.id).name, HOSTILE_NAME);
  });

  it('writes the exact relationships, dev-only direct edges as DEV_DEPENDENCY_OF', () => {
    const doc = render();
    const root = projects.root.id;
    const lib = projects.lib.id;
    const web = projects.web.id;
    const edge = (from: string, type: string, to: string) => `${from} ${type} ${to}`;
    const want = [
      `SPDXRef-DOCUMENT DESCRIBES ${sid(root)}`,
      edge(sid(root), 'CONTAINS', sid(lib)),
      edge(sid(root), 'CONTAINS', sid(web)),
      ...[P.leftPad, P.util, P.lodash, P.gitdep, P.tarpkg, P.local, P.fsevents, P.react].map((p) =>
        edge(sid(root), 'DEPENDS_ON', sid(p.id)),
      ),
      edge(sid(P.typescript.id), 'DEV_DEPENDENCY_OF', sid(root)),
      edge(sid(lib), 'DEPENDS_ON', sid(P.semver.id)),
      edge(sid(web), 'DEPENDS_ON', sid(lib)),
      edge(sid(web), 'DEPENDS_ON', sid(P.leftPad.id)),
      edge(sid(P.typescript.id), 'DEV_DEPENDENCY_OF', sid(web)),
      edge(sid(P.util.id), 'DEPENDS_ON', sid(P.lodash.id)),
      edge(sid(P.typescript.id), 'DEPENDS_ON', sid(P.devChild.id)),
      edge(sid(P.tarpkg.id), 'DEPENDS_ON', sid(P.hostile.id)),
    ];
    const got = doc.relationships.map((r) => edge(r.spdxElementId, r.relationshipType, r.relatedSpdxElement));
    assert.deepEqual([...got].sort(), [...want].sort());
    const key = (r: SpdxDoc['relationships'][number]) =>
      [r.spdxElementId, r.relationshipType, r.relatedSpdxElement].join('\u0000');
    const keys = doc.relationships.map(key);
    assert.deepEqual(
      keys,
      [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });

  it('decodes integrity into checksums', () => {
    const doc = render();
    assert.deepEqual(pkg(doc, P.leftPad.id).checksums, [
      { algorithm: 'SHA512', checksumValue: hex('sha512', 'left-pad') },
    ]);
    assert.deepEqual(pkg(doc, P.util.id).checksums, [
      { algorithm: 'SHA1', checksumValue: hex('sha1', 'util') },
      { algorithm: 'SHA512', checksumValue: hex('sha512', 'util') },
    ]);
    assert.deepEqual(pkg(doc, P.lodash.id).checksums, [
      { algorithm: 'SHA256', checksumValue: hex('sha256', 'lodash') },
    ]);
    assert.equal(pkg(doc, P.tarpkg.id).checksums, undefined);
  });

  it('sets download locations, purls and versions', () => {
    const doc = render();
    assert.equal(
      pkg(doc, P.gitdep.id).downloadLocation,
      `git+ssh://git@github.com/acme/gitdep.git@${GIT_COMMIT}`,
    );
    assert.equal(pkg(doc, P.tarpkg.id).downloadLocation, TARBALL_URL);
    assert.equal(pkg(doc, P.leftPad.id).downloadLocation, 'NOASSERTION');
    assert.equal(pkg(doc, P.local.id).downloadLocation, 'NOASSERTION');
    for (const p of Object.values(P)) {
      if (!p.purl || p === P.semver) continue;
      assert.deepEqual(pkg(doc, p.id).externalRefs, [
        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: p.purl },
      ]);
    }
    const semver = pkg(doc, P.semver.id);
    assert.equal(semver.versionInfo, undefined);
    assert.equal(semver.externalRefs?.[0]?.referenceLocator, 'pkg:npm/semver');
    assert.equal(pkg(doc, P.leftPad.id).versionInfo, '1.3.0');
  });

  it('describes projects as applications, or libraries when depended on', () => {
    const doc = render();
    const root = pkg(doc, projects.root.id);
    assert.equal(root.name, 'demo-app');
    assert.equal(root.versionInfo, '1.0.0');
    assert.equal(root.primaryPackagePurpose, 'APPLICATION');
    assert.equal(pkg(doc, projects.lib.id).primaryPackagePurpose, 'LIBRARY');
    assert.equal(pkg(doc, projects.web.id).primaryPackagePurpose, 'APPLICATION');
    assert.equal(pkg(doc, P.leftPad.id).primaryPackagePurpose, 'LIBRARY');
  });

  it('renders byte-identical output twice and for the same inventory in another order', () => {
    const first = spdxFormat.render(sampleResult());
    assert.equal(spdxFormat.render(sampleResult()), first);
    assert.equal(spdxFormat.render(shuffled(sampleResult())), first);
    const changed = sampleResult();
    changed.inventory.packages[0]!.version = '9.9.9';
    assert.notEqual(render(changed).documentNamespace, render().documentNamespace);
  });

  it('gives ids that sanitise alike distinct hashed SPDXIDs, independent of order', schema, () => {
    const result = sampleResult();
    const a = npmPackage({ name: 'dup', version: '1.0.0', source: { kind: 'file', url: 'x y' } });
    const b = npmPackage({ name: 'dup', version: '1.0.0', source: { kind: 'file', url: 'x/y' } });
    result.inventory.packages.push(a, b);
    const doc = render(result);
    const dup = doc.packages.filter((p) => p.name === 'dup').map((p) => p.SPDXID);
    assert.equal(new Set(dup).size, 2);
    for (const id of dup) assert.match(id, /^SPDXRef-Package-npm-dup-1\.0\.0-file-x-y-[0-9a-f]{8}$/);
    assert.deepEqual(validateSpdx23(doc), []);
    result.inventory.packages.reverse();
    assert.deepEqual(
      render(result)
        .packages.filter((p) => p.name === 'dup')
        .map((p) => p.SPDXID),
      dup,
    );
  });

  it('describes a synthetic root when the inventory has no project', schema, () => {
    const result = sampleResult();
    result.inventory.projects = [];
    const doc = render(result);
    assert.deepEqual(validateSpdx23(doc), []);
    const root = doc.packages.find((p) => p.SPDXID === 'SPDXRef-Root');
    assert.equal(root?.name, 'demo-app');
    const fromRoot = doc.relationships.filter((r) => r.spdxElementId === 'SPDXRef-Root');
    assert.ok(
      fromRoot.some((r) => r.relationshipType === 'DEPENDS_ON' && r.relatedSpdxElement === sid(P.leftPad.id)),
    );
    assert.ok(
      doc.relationships.some(
        (r) =>
          r.spdxElementId === sid(P.typescript.id) &&
          r.relationshipType === 'DEV_DEPENDENCY_OF' &&
          r.relatedSpdxElement === 'SPDXRef-Root',
      ),
    );
  });

  it('keeps a namespace valid for a target name with control characters and lone surrogates', () => {
    const result = sampleResult();
    result.target.name = `bad#name\u0000\ud800 x`;
    const doc = render(result);
    assert.equal(doc.name, result.target.name);
    assert.ok(
      [...doc.documentNamespace].every((ch) => ch > ' ' && ch !== '#'),
      doc.documentNamespace,
    );
  });

  it('annotates what a purl cannot say: ecosystem, local source, a git URL vcs_url rewrites', schema, () => {
    const result = sampleResult();
    const runtime = makePackage({
      ecosystem: 'runtime:node',
      name: 'node',
      version: '20.11.0',
      purlType: 'generic',
    });
    const https = npmPackage({
      name: 'h',
      version: '1.0.0',
      source: { kind: 'git', url: 'https://h/x.git' },
    });
    result.inventory.packages.push(runtime, https);
    const doc = render(result);
    assert.deepEqual(validateSpdx23(doc), []);
    const notes = (id: string) =>
      (pkg(doc, id).annotations ?? []).map((a) => [
        a.annotationDate,
        a.annotationType,
        a.annotator,
        a.comment,
      ]);
    const by = ['2024-05-06T07:08:09Z', 'OTHER', 'Tool: sterling-0.1.0'];
    assert.deepEqual(notes(runtime.id), [[...by, '{"sterling:ecosystem":"runtime:node"}']]);
    assert.deepEqual(notes(P.local.id), [
      [...by, '{"sterling:source":"file","sterling:source-url":"../local"}'],
    ]);
    assert.deepEqual(notes(https.id), [
      [...by, '{"sterling:source":"git","sterling:source-url":"https://h/x.git"}'],
    ]);
    // The purl gives the rest back: a registry package has none, a git URL in VCS form only its kind.
    assert.deepEqual(notes(P.leftPad.id), []);
    assert.deepEqual(notes(P.gitdep.id), [[...by, '{"sterling:source":"git"}']]);
    assert.deepEqual(notes(projects.lib.id), [[...by, '{"sterling:ecosystem":"npm"}']]);
  });

  it('renders and validates 10k packages', schema, () => {
    const doc = render(largeResult(10_000));
    assert.equal(doc.packages.length, 10_001);
    assert.deepEqual(validateSpdx23(doc), []);
  });
});
