import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alpineVersionScheme } from './alpine/version.js';
import { debianVersionScheme } from './debian/version.js';
import { mavenVersionScheme } from './java/version.js';
import { npmVersionScheme } from './npm/version.js';
import { packagistVersionScheme } from './php/version.js';
import { pythonVersionScheme } from './python/version.js';
import { rpmVersionScheme } from './rpm/version.js';
import { schemeFor, VERSION_SCHEMES } from './version-schemes.js';

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
});

describe('schemeFor where the suffix chooses the ordering (Echo, Root)', () => {
  const cases: Array<[string, string | undefined]> = [
    // Echo: dpkg alone, or Echo's builds of the ecosystem its suffix names (any case: the feed writes PyPi)
    ['Echo', debianVersionScheme.id],
    ['Echo:', debianVersionScheme.id],
    ['Echo:PyPI', pythonVersionScheme.id],
    ['Echo:PyPi', pythonVersionScheme.id],
    ['Echo:Maven', mavenVersionScheme.id],
    ['Echo:npm', 'echo/npm'],
    ['Echo:NuGet', 'echo/nuget'],
    ['Echo:Go', undefined],
    ['Echo:Debian', undefined],
    ['Echo:PyPI:3.12', undefined],
    // Root: the named distribution or package manager, with its own release suffix
    ['Root:Alpine:3.18', alpineVersionScheme.id],
    ['Root:Debian:12', debianVersionScheme.id],
    ['Root:Ubuntu:22.04', debianVersionScheme.id],
    ['Root:PyPI', pythonVersionScheme.id],
    ['Root:npm', npmVersionScheme.id],
    ['Root', undefined],
    ['Root:', undefined],
    ['Root:NoSuchEcosystem', undefined],
    ['Root:Echo:npm', undefined],
    ['Root:Root:PyPI', undefined],
    // the ordinary prefix rule is untouched
    ['Debian:12', debianVersionScheme.id],
    ['Ubuntu:Pro:18.04:LTS', debianVersionScheme.id],
    ['Red Hat:rhel_aus:8.4::appstream', rpmVersionScheme.id],
    ['Maven:https://maven.google.com', mavenVersionScheme.id],
    ['EchoX', undefined],
    ['Rooted:PyPI', undefined],
  ];
  for (const [ecosystem, id] of cases) {
    it(`${ecosystem} -> ${id ?? 'unsupported'}`, () => assert.equal(schemeFor(ecosystem)?.id, id));
  }

  it('no registered scheme claims Echo or Root itself', () => {
    for (const s of VERSION_SCHEMES) {
      assert.ok(!s.ecosystems.includes('Echo') && !s.ecosystems.includes('Root'), s.id);
    }
  });

  /** Sign of `a` against `b` in `ecosystem`'s scheme; both must parse. */
  const order = (ecosystem: string, a: string, b: string): number => {
    const scheme = schemeFor(ecosystem);
    assert.ok(scheme, ecosystem);
    const pa = scheme.parse(a);
    const pb = scheme.parse(b);
    assert.ok(pa !== undefined && pb !== undefined, `${ecosystem}: ${a}, ${b}`);
    return Math.sign(scheme.compare(pa, pb)) + 0; // + 0 folds -0 into 0
  };

  const ECHO_BUILDS: Array<[string, string, -1 | 0 | 1, string]> = [
    ['Echo:npm', '1.2.3', -1, '1.2.3+echo.1'],
    ['Echo:npm', '1.2.3+echo.1', -1, '1.2.3+echo.2'],
    ['Echo:npm', '1.2.3+echo.9', -1, '1.2.3+echo.10'],
    ['Echo:npm', '1.2.3+echo.2', -1, '1.2.4'],
    ['Echo:npm', '1.2.4-rc.1+echo.5', -1, '1.2.4'],
    ['Echo:npm', '1.2.3+echo.01', 0, '1.2.3+echo.1'],
    ['Echo:npm', '1.2.3+build.7', 0, '1.2.3'],
    ['Echo:npm', '1.2.3+echo.x.echo', 0, '1.2.3'],
    ['Echo:NuGet', '1.2.3.4', -1, '1.2.3.4+echo.1'],
    ['Echo:NuGet', '1.2.3.4+echo.3', -1, '1.2.3.5'],
    ['Echo:PyPI', '1.2.3', -1, '1.2.3+echo.1'],
    ['Echo', '1.2.3-1', -1, '1.2.3-1+echo1'],
    ['Root:Alpine:3.18', '1.51.0-r20071', -1, '1.51.0-r20072'],
    ['Root:PyPI', '1.0.0+root.io.1', -1, '1.0.0+root.io.2'],
    ['Root:Debian:12', '1.0.0', -1, '1.0.0.root.io.1'],
  ];
  for (const [ecosystem, a, want, b] of ECHO_BUILDS) {
    it(`${ecosystem}: ${a} ${['<', '=', '>'][want + 1]} ${b}`, () => {
      assert.equal(order(ecosystem, a, b), want);
      assert.equal(order(ecosystem, b, a), -want + 0);
    });
  }

  it('plain npm ties what Echo:npm tells apart, and Echo:npm parses only what npm parses', () => {
    const a = npmVersionScheme.parse('1.2.3+echo.1');
    const b = npmVersionScheme.parse('1.2.3+echo.2');
    assert.ok(a && b);
    assert.equal(npmVersionScheme.compare(a, b), 0);
    assert.equal(schemeFor('Echo:npm')?.parse('1.2'), undefined);
  });
});
