import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { validateCycloneDx } from '../../../../test/helpers/schemas.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import {
  GIT_COMMIT,
  GIT_URL,
  HOSTILE_NAME,
  largeResult,
  packages as P,
  projects,
  sampleResult,
  shuffled,
  TARBALL_URL,
} from './__fixtures__/scan-result.js';
import { cyclonedxFormat } from './index.js';

interface Component {
  type: string;
  'bom-ref': string;
  group?: string;
  name: string;
  version?: string;
  scope?: string;
  hashes?: { alg: string; content: string }[];
  purl?: string;
  externalReferences?: { type: string; url: string }[];
  properties?: { name: string; value: string }[];
}

interface Bom {
  serialNumber: string;
  metadata: { timestamp: string; component: Component; tools: { components: Component[] } };
  components: Component[];
  dependencies: { ref: string; dependsOn: string[] }[];
}

function render(result: ScanResult = sampleResult()): Bom {
  return JSON.parse(cyclonedxFormat.render(result)) as Bom;
}

function component(bom: Bom, ref: string): Component {
  const c = bom.components.find((x) => x['bom-ref'] === ref);
  assert.ok(c, `component ${ref}`);
  return c;
}

function props(c: Component, name: string): string[] {
  return (c.properties ?? []).filter((p) => p.name === name).map((p) => p.value);
}

const hex = (alg: string, text: string) => createHash(alg).update(text).digest('hex');

describe('cyclonedx format', () => {
  it('is a schema-valid CycloneDX 1.6 BOM', () => {
    assert.deepEqual(validateCycloneDx(render(), '1.6'), []);
  });

  it('describes the scanned project and the tool in metadata', () => {
    const bom = render();
    assert.equal(bom.metadata.timestamp, '2024-05-06T07:08:09.123Z');
    assert.deepEqual(bom.metadata.tools.components, [
      { type: 'application', name: 'sterling', version: '0.1.0' },
    ]);
    const root = bom.metadata.component;
    assert.equal(root['bom-ref'], 'npm:.');
    assert.equal(root.type, 'application');
    assert.equal(root.name, 'demo-app');
    assert.equal(root.version, '1.0.0');
  });

  it('has one component per package and per workspace member', () => {
    const refs = render().components.map((c) => c['bom-ref']);
    const want = [...Object.values(P).map((p) => p.id), projects.lib.id, projects.web.id].sort();
    assert.deepEqual(refs, want);
  });

  it('splits npm scopes into group and name and keeps purls', () => {
    const bom = render();
    const util = component(bom, P.util.id);
    assert.equal(util.group, '@scope');
    assert.equal(util.name, 'util');
    assert.equal(util.purl, 'pkg:npm/%40scope/util@2.0.0');
    for (const p of Object.values(P))
      if (p.purl && p !== P.semver) assert.equal(component(bom, p.id).purl, p.purl);
  });

  it('maps scopes to required / excluded / optional', () => {
    const bom = render();
    const table: [string, string][] = [
      [P.leftPad.id, 'required'],
      [P.typescript.id, 'excluded'],
      [P.devChild.id, 'excluded'],
      [P.fsevents.id, 'optional'],
      [P.react.id, 'optional'],
    ];
    for (const [ref, scope] of table) assert.equal(component(bom, ref).scope, scope, ref);
    assert.deepEqual(props(component(bom, P.typescript.id), 'cdx:npm:package:development'), ['true']);
  });

  it('decodes integrity into hex hashes and skips unknown or malformed ones', () => {
    const bom = render();
    assert.deepEqual(component(bom, P.leftPad.id).hashes, [
      { alg: 'SHA-512', content: hex('sha512', 'left-pad') },
    ]);
    assert.deepEqual(component(bom, P.util.id).hashes, [
      { alg: 'SHA-1', content: hex('sha1', 'util') },
      { alg: 'SHA-512', content: hex('sha512', 'util') },
    ]);
    assert.deepEqual(component(bom, P.lodash.id).hashes, [
      { alg: 'SHA-256', content: hex('sha256', 'lodash') },
    ]);
    assert.equal(component(bom, P.tarpkg.id).hashes, undefined);
  });

  it('links git and tarball sources', () => {
    const bom = render();
    assert.deepEqual(component(bom, P.gitdep.id).externalReferences, [
      { type: 'vcs', url: `${GIT_URL}#${GIT_COMMIT}` },
    ]);
    assert.deepEqual(component(bom, P.tarpkg.id).externalReferences, [
      { type: 'distribution', url: TARBALL_URL },
    ]);
    assert.deepEqual(props(component(bom, P.local.id), 'sterling:source'), ['file']);
    assert.deepEqual(props(component(bom, P.local.id), 'sterling:source-url'), ['../local']);
  });

  it('records Sterling facts as sterling: properties', () => {
    const bom = render();
    const leftPad = component(bom, P.leftPad.id);
    assert.deepEqual(props(leftPad, 'sterling:direct'), ['true']);
    assert.deepEqual(props(leftPad, 'sterling:scopes'), ['prod']);
    assert.deepEqual(props(leftPad, 'sterling:location'), ['package-lock.json:12']);
    assert.deepEqual(props(component(bom, P.lodash.id), 'sterling:alias'), ['my-lodash']);
    assert.deepEqual(props(component(bom, P.devChild.id), 'sterling:direct'), ['false']);
  });

  it('publishes an unresolved package without a version, its range as a property', () => {
    const semver = component(render(), P.semver.id);
    assert.equal(semver.version, undefined);
    assert.equal(semver.purl, 'pkg:npm/semver');
    assert.deepEqual(props(semver, 'sterling:resolution'), ['unresolved']);
    assert.deepEqual(props(semver, 'sterling:version-range'), ['^7.0.0']);
  });

  it('marks workspace members first-party, library when depended on', () => {
    const bom = render();
    const lib = component(bom, projects.lib.id);
    assert.equal(lib.type, 'library');
    assert.equal(lib.group, '@demo');
    assert.equal(lib.version, '0.2.0');
    assert.deepEqual(props(lib, 'sterling:first-party'), ['true']);
    assert.equal(component(bom, projects.web.id).type, 'application');
  });

  it('writes the exact dependency graph', () => {
    const graph = Object.fromEntries(render().dependencies.map((d) => [d.ref, d.dependsOn]));
    const sorted = (...ids: string[]) => ids.sort();
    assert.deepEqual(graph, {
      [projects.root.id]: sorted(
        ...projects.root.dependencies.map((d) => d.id),
        projects.lib.id,
        projects.web.id,
      ),
      [projects.lib.id]: [P.semver.id],
      [projects.web.id]: sorted(P.leftPad.id, projects.lib.id, P.typescript.id),
      [P.util.id]: [P.lodash.id],
      [P.typescript.id]: [P.devChild.id],
      [P.tarpkg.id]: [P.hostile.id],
      ...Object.fromEntries(
        [P.leftPad, P.lodash, P.devChild, P.fsevents, P.react, P.gitdep, P.local, P.hostile, P.semver].map(
          (p) => [p.id, []],
        ),
      ),
    });
  });

  it('keeps hostile names intact and the output valid JSON without raw control characters', () => {
    const text = cyclonedxFormat.render(sampleResult());
    const raw = [...text].filter((ch) => ch.charCodeAt(0) < 0x20 && ch !== '\n');
    assert.deepEqual(raw, []);
    const bom = JSON.parse(text) as Bom;
    assert.equal(component(bom, P.hostile.id).name, HOSTILE_NAME);
  });

  it('derives a deterministic RFC 4122 serial number from the content', () => {
    const a = render();
    assert.match(
      a.serialNumber,
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const changed = sampleResult();
    changed.inventory.packages[0]!.version = '9.9.9';
    assert.notEqual(render(changed).serialNumber, a.serialNumber);
  });

  it('renders byte-identical output twice and for the same inventory in another order', () => {
    const first = cyclonedxFormat.render(sampleResult());
    assert.equal(cyclonedxFormat.render(sampleResult()), first);
    assert.equal(cyclonedxFormat.render(shuffled(sampleResult())), first);
  });

  it('does not modify the ScanResult', () => {
    const result = sampleResult();
    const before = structuredClone(result);
    cyclonedxFormat.render(result);
    assert.deepEqual(result, before);
  });

  it('hangs direct packages off a synthetic root when there is no project', () => {
    const result = sampleResult();
    result.inventory.projects = [];
    const bom = render(result);
    assert.deepEqual(validateCycloneDx(bom), []);
    assert.equal(bom.metadata.component['bom-ref'], 'root');
    const root = bom.dependencies.find((d) => d.ref === 'root');
    const direct = Object.values(P)
      .filter((p) => p.direct)
      .map((p) => p.id)
      .sort();
    assert.deepEqual(root?.dependsOn, direct);
  });

  it('links a git target without its credentials', () => {
    const result = sampleResult();
    result.target = {
      input: 'https://user:secret@github.com/acme/demo.git',
      kind: 'git',
      name: 'demo',
      commit: 'abc',
    };
    const root = render(result).metadata.component as Component;
    assert.deepEqual(root.externalReferences, [{ type: 'vcs', url: 'https://github.com/acme/demo.git#abc' }]);
  });

  it('renders and validates 10k packages', () => {
    const bom = render(largeResult(10_000));
    assert.equal(bom.components.length, 10_000);
    assert.equal(bom.dependencies.length, 10_001);
    assert.deepEqual(validateCycloneDx(bom), []);
  });
});
