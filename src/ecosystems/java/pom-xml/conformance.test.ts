/**
 * osv-scalibr's pomxml table tests, run against its fixtures in ../shared (never copied here). The
 * fixture's folder and its subfolders are the scanned tree, so `parent/pom.xml` is found as a parent.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import {
  assertMatchesExpected,
  describeScalibrSuite,
  type ExpectedCase,
  scalibrFixture,
  scalibrSkip,
} from '../../../../test/helpers/conformance.js';
import { InputError } from '../../../core/errors/index.js';
import type { ExtractionOutput, ExtractorContext } from '../../../core/plugin/extractor.js';
import { pomXmlExtractor } from './index.js';

const DIR = 'java/pomxml';

function walk(dir: string, root: string, out: string[]): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, root, out);
    else if (e.isFile()) out.push(relative(root, p).split('\\').join('/'));
  }
  return out;
}

function extractTree(absPath: string): ExtractionOutput {
  const root = dirname(absPath);
  const files = walk(root, root, []).sort();
  const ctx: ExtractorContext = {
    files,
    has: (p) => files.includes(p),
    readText: (p) => (files.includes(p) ? readFileSync(join(root, p), 'utf8') : undefined),
  };
  return pomXmlExtractor.extract({ path: basename(absPath), text: readFileSync(absPath, 'utf8') }, ctx);
}

/**
 * Where Sterling deliberately differs from scalibr:
 * - a version range stays unresolved with the range as written (scalibr takes the lower bound,
 *   which Maven would not necessarily pick);
 * - a dependency without any version (org.frank:frank) is an unresolved package with version '';
 * - repeated declarations of one groupId:artifactId (other type, classifier or version, or names
 *   resolving to the same value) are all kept, one package per version with every declaring line,
 *   where scalibr keeps one declaration and line (or line 0 when ambiguous). Missing a declaration
 *   could hide a vulnerable version.
 */
function adjust(c: ExpectedCase): ExpectedCase {
  const pkgs = c.packages ?? [];
  const f = c.fixture;
  if (f.endsWith('/interpolation.xml')) {
    return {
      ...c,
      packages: pkgs.map((p) =>
        p.name === 'org.mine:ranged-package' ? { ...p, version: '[9.4.35.v20201120,9.5)' } : p,
      ),
    };
  }
  if (f.endsWith('/with-parent.xml')) {
    return { ...c, packages: pkgs.map((p) => (p.name === 'org.frank:frank' ? { ...p, version: '' } : p)) };
  }
  if (f.endsWith('/ambiguous-interpolation.xml')) {
    return {
      ...c,
      packages: [
        { name: 'com.example:common-lib', version: '1.0.0', line: 8 },
        { name: 'com.example:common-lib', version: '1.0.0', line: 13 },
      ],
    };
  }
  if (f.endsWith('/explicit-jar.xml')) {
    return { ...c, packages: [...pkgs, { name: 'com.example:my-lib', version: '1.0.0', line: 17 }] };
  }
  if (f.endsWith('/with-multiple-classifiers.xml')) {
    return { ...c, packages: [...pkgs, { name: 'com.example:my-lib', version: '1.0.0', line: 8 }] };
  }
  if (f.endsWith('/multi-version.xml')) {
    return { ...c, packages: [...pkgs, { name: 'abc:example.com', version: '1.1.1', line: 13 }] };
  }
  return c;
}

describeScalibrSuite({ dir: DIR, file: 'pomxml.expected.json', adjust, cases: 19 }, (c, fixture) => {
  if (c.wantErr) {
    assert.throws(() => extractTree(fixture), InputError);
    return;
  }
  const out = extractTree(fixture);
  assertMatchesExpected(out.packages, c.packages ?? []);
  for (const p of out.packages) assert.equal(p.direct, true, `${p.id} is declared, so direct`);
});

describe('osv-scalibr conformance: pomxml, Sterling-specific expectations', {
  skip: scalibrSkip(DIR),
}, () => {
  it('with scope: test is dev, compile is prod', () => {
    const out = extractTree(scalibrFixture(DIR, 'testdata/with-scope.xml'));
    assert.deepEqual(
      out.packages.map((p) => [p.name, p.scopes]),
      [
        ['abc:xyz', ['prod']],
        ['junit:junit', ['dev']],
      ],
    );
  });

  it('with parent: inherited from parent/pom.xml at the <parent> line; BOM said, remote grandparent named', () => {
    const out = extractTree(scalibrFixture(DIR, 'testdata/with-parent.xml'));
    const dave = out.packages.find((p) => p.name === 'org.dave:dave');
    assert.deepEqual(dave?.locations, [{ path: 'with-parent.xml', line: 6 }]);
    const frank = out.packages.find((p) => p.name === 'org.frank:frank');
    assert.equal(frank?.resolution, 'unresolved');
    assert.equal(frank?.purl, 'pkg:maven/org.frank/frank');
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code, d.path, d.line]),
      [
        ['info', 'bom-import', 'with-parent.xml', 45],
        ['warning', 'unresolved-version', 'with-parent.xml', 32],
      ],
    );
    assert.match(out.diagnostics[1]!.message, /org\.import:import:1\.2\.3/);
    assert.match(out.diagnostics[1]!.message, /org\.upstream:parent-pom:1\.0/);
    // The local parent declares the remote one; its own extraction says so, at its line.
    const parent = extractTree(scalibrFixture(DIR, 'testdata/parent/pom.xml'));
    assert.deepEqual(
      parent.diagnostics.map((d) => [d.code, d.path, d.line]),
      [['remote-parent', 'pom.xml', 8]],
    );
  });

  it('a plain jar declaration gives the package its purl over a typed one', () => {
    const out = extractTree(scalibrFixture(DIR, 'testdata/explicit-jar.xml'));
    const lib = out.packages.find((p) => p.name === 'com.example:my-lib');
    assert.equal(lib?.purl, 'pkg:maven/com.example/my-lib@1.0.0');
  });

  it('type and classifier become purl qualifiers', () => {
    const out = extractTree(scalibrFixture(DIR, 'testdata/with-type-classifier.xml'));
    assert.equal(out.packages[0]?.purl, 'pkg:maven/abc/xyz@1.0.0?classifier=sources&type=pom');
  });

  it('plugin dependencies are build tooling, not project dependencies', () => {
    const out = extractTree(scalibrFixture(DIR, 'testdata/plugin-dependency.xml'));
    assert.deepEqual(
      out.packages.map((p) => p.locations.map((l) => l.line)),
      [[27]],
    );
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.version]),
      [['Maven:.', 'com.example:test-app', '1.0.0']],
    );
  });

  it('a dependency without groupId is reported, not silently dropped', () => {
    const out = extractTree(scalibrFixture(DIR, 'testdata/interpolate-drop.xml'));
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [['invalid-entry', 8]],
    );
  });
});
