/**
 * osv-scalibr's version-ordering corpora (../shared, read at test time) against the OS-distribution,
 * Maven and Packagist schemes. Every comparison is checked in both directions.
 *
 * Maven is the one exception: maven-versions-generated.txt was generated with maven-artifact 3.8.6
 * (see scalibr's GenerateMavenVersions.java), and Maven 3.9 changed the order of a qualifier after a
 * `.` (MNG-7644: `1.0.0.X1` < `1.0.0-X2`). The lines below follow 3.8.6; Sterling gives Maven 3.9's
 * answer, checked against ComparableVersion of maven-artifact 3.9.9. One hand-written line,
 * `1-1 = 1-ga-1`, holds in no Maven release (3.8.6 and 3.9.9 both rank `1-1` higher).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { needsShared, sharedPath } from '../../test/helpers/shared.js';
import { assertCorpus, readCorpus } from '../../test/helpers/version-corpus.js';
import type { VersionScheme } from '../core/plugin/version-scheme.js';
import { alpineVersionScheme } from './alpine/version.js';
import { debianVersionScheme } from './debian/version.js';
import { mavenVersionScheme } from './java/version.js';
import { packagistVersionScheme } from './php/version.js';
import { rpmVersionScheme } from './rpm/version.js';

const DIR = ['conformance', 'osv-scalibr', 'semantic', 'testdata'] as const;

const CORPORA: Array<[string, VersionScheme]> = [
  ['alpine-versions.txt', alpineVersionScheme],
  ['alpine-versions-generated.txt', alpineVersionScheme],
  ['debian-versions.txt', debianVersionScheme],
  ['debian-versions-generated.txt', debianVersionScheme],
  ['redhat-versions.txt', rpmVersionScheme],
  ['packagist-versions.txt', packagistVersionScheme],
  ['packagist-versions-generated.txt', packagistVersionScheme],
];

for (const [file, scheme] of CORPORA) {
  describe(`osv-scalibr ${file}`, { skip: needsShared(...DIR, file) }, () => {
    it(`holds for ${scheme.id}`, () => {
      assertCorpus(scheme, readCorpus(sharedPath(...DIR, file)), file);
    });
  });
}

/** Corpus lines `[line, a, op, b]` where Maven 3.9 disagrees: Maven 3.9.9 ranks `a` above `b`. */
const MAVEN_3_9_DIFFERS: Record<string, Array<[number, string, '<' | '=', string]>> = {
  'maven-versions.txt': [[100, '1-1', '=', '1-ga-1']],
  'maven-versions-generated.txt': [
    [2781, '1.0.0-RC16', '<', '1.0.0.RC8-beta'],
    [2786, '1.0.0-gradle-rework-beta3', '<', '1.0.0.RC7-3'],
    [5776, '2.9.0-1', '<', '2.9.0.RC1'],
    [9949, '6.1.12.rc5', '<', '6.1.12rc1'],
    [11435, '1.1.31.sec10', '<', '1.1.31_noneautotype'],
    [11450, '1.1.34.sec10', '<', '1.1.34_noneautotype'],
    [11476, '1.1.46.sec10', '<', '1.1.46_noneautotype'],
    [11526, '1.2.8.sec10_noneautotype', '<', '1.2.8_noneautotype'],
    [11557, '1.2.31.sec10', '<', '1.2.31_noneautotype'],
    [11578, '1.2.48.sec10', '<', '1.2.48_noneautotype'],
    [11582, '1.2.50.sec10', '<', '1.2.50_noneautotype'],
    [11594, '1.2.54.sec10', '<', '1.2.54_noneautotype'],
    [11602, '1.2.57.sec10', '<', '1.2.57_noneautotype'],
    [11612, '1.2.60.sec10', '<', '1.2.60_noneautotype'],
    [11621, '1.2.67.sec10', '<', '1.2.67_noneautotype'],
    [11687, '1.0.0rc0', '<', '1.0.beta8'],
    [11748, '1.5.9.RC1', '<', '1.5.9-RC0'],
    [12642, '1.1.0-01-glassfish', '<', '1.1.0.Beta1'],
  ],
};

for (const [file, differs] of Object.entries(MAVEN_3_9_DIFFERS)) {
  describe(`osv-scalibr ${file}`, { skip: needsShared(...DIR, file) }, () => {
    const cases = () => readCorpus(sharedPath(...DIR, file));
    const lines = new Set(differs.map(([line]) => line));

    it('holds for java/maven, except the lines Maven 3.9 orders otherwise', () => {
      assertCorpus(
        mavenVersionScheme,
        cases().filter((c) => !lines.has(c.line)),
        file,
      );
    });

    it("gives Maven 3.9's answer on those lines", () => {
      const byLine = new Map(cases().map((c) => [c.line, c]));
      for (const [line, a, op, b] of differs) {
        assert.deepEqual(byLine.get(line), { a, op, b, line }, `${file}:${line} changed`);
        const pa = mavenVersionScheme.parse(a);
        const pb = mavenVersionScheme.parse(b);
        assert.ok(pa && pb);
        assert.ok(mavenVersionScheme.compare(pa, pb) > 0, `${file}:${line}: ${a} > ${b} in Maven 3.9`);
        assert.ok(mavenVersionScheme.compare(pb, pa) < 0, `${file}:${line}: ${b} < ${a} in Maven 3.9`);
      }
    });
  });
}
