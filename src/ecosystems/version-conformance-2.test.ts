/**
 * osv-scalibr's version-ordering corpora (../shared, read at test time) against the OS-distribution,
 * Maven and Packagist schemes. Every comparison is checked in both directions, with no exceptions:
 * Maven follows scalibr's order (maven-versions-generated.txt was generated with maven-artifact 3.8.6,
 * before Maven 3.9's MNG-7644), which is the order OSV's Maven data uses.
 */
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
  ['maven-versions.txt', mavenVersionScheme],
  ['maven-versions-generated.txt', mavenVersionScheme],
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
