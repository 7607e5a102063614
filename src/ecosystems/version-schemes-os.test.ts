import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alpineVersionScheme } from './alpine/version.js';
import { debianVersionScheme } from './debian/version.js';
import { mavenVersionScheme } from './java/version.js';
import { packagistVersionScheme } from './php/version.js';
import { rpmVersionScheme } from './rpm/version.js';
import { schemeFor } from './version-schemes.js';

describe('schemeFor with OSV ecosystem suffixes', () => {
  const cases: Array<[string, string]> = [
    ['Debian', debianVersionScheme.id],
    ['Debian:12', debianVersionScheme.id],
    ['Ubuntu:22.04:LTS', debianVersionScheme.id],
    ['Ubuntu:Pro:18.04:LTS', debianVersionScheme.id],
    ['Alpine:v3.20', alpineVersionScheme.id],
    ['Wolfi', alpineVersionScheme.id],
    ['Chainguard', alpineVersionScheme.id],
    ['MinimOS', alpineVersionScheme.id],
    ['Alpaquita:stream', alpineVersionScheme.id],
    ['Red Hat:enterprise_linux:9::appstream', rpmVersionScheme.id],
    ['Rocky Linux:9', rpmVersionScheme.id],
    ['AlmaLinux:8', rpmVersionScheme.id],
    ['SUSE:Linux Enterprise Server 15 SP5', rpmVersionScheme.id],
    ['openSUSE:Tumbleweed', rpmVersionScheme.id],
    ['Mageia:9', rpmVersionScheme.id],
    ['Photon OS:5.0', rpmVersionScheme.id],
    ['openEuler:24.03-LTS', rpmVersionScheme.id],
    ['Azure Linux:3', rpmVersionScheme.id],
    ['Maven', mavenVersionScheme.id],
    ['Maven:https://maven.google.com', mavenVersionScheme.id],
    ['Packagist:https://packages.drupal.org/8', packagistVersionScheme.id],
  ];
  for (const [ecosystem, id] of cases) {
    it(`${ecosystem} -> ${id}`, () => assert.equal(schemeFor(ecosystem)?.id, id));
  }

  it('leaves Echo unsupported: its suffix picks dpkg, PyPI, Maven or npm ordering', () => {
    assert.equal(schemeFor('Echo'), undefined);
    assert.equal(schemeFor('Echo:PyPI'), undefined);
  });
});
