import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseEcosystem, normalizePackageName, pep503 } from './names.js';

describe('baseEcosystem', () => {
  const cases: Array<[string, string]> = [
    ['npm', 'npm'],
    ['Debian:12', 'Debian'],
    ['Ubuntu:22.04:LTS', 'Ubuntu'],
    ['Alpine:v3.20', 'Alpine'],
    ['crates.io', 'crates.io'],
    [':odd', ''],
    ['', ''],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => {
      assert.equal(baseEcosystem(input), expected);
    });
  }
});

describe('normalizePackageName', () => {
  const cases: Array<[ecosystem: string, name: string, expected: string]> = [
    // PyPI: PEP 503
    ['PyPI', 'Django', 'django'],
    ['PyPI', 'zope.interface', 'zope-interface'],
    ['PyPI', 'Foo__Bar', 'foo-bar'],
    ['PyPI', 'a-_.-b', 'a-b'],
    ['PyPI', 'friendly-bard', 'friendly-bard'],
    ['PyPI', 'FrIeNdLy-._.-bArD', 'friendly-bard'],
    ['PyPI', '_leading.', '-leading-'],
    ['PyPI:extra', 'Pillow', 'pillow'],
    // case-insensitive registries
    ['NuGet', 'Newtonsoft.Json', 'newtonsoft.json'],
    ['Packagist', 'Symfony/HTTP-Kernel', 'symfony/http-kernel'],
    ['GitHub Actions', 'Actions/Checkout', 'actions/checkout'],
    // crates.io: case-insensitive, '-' and '_' equivalent
    ['crates.io', 'Serde_JSON', 'serde-json'],
    ['crates.io', 'tokio', 'tokio'],
    ['crates.io', 'a__b', 'a--b'],
    // as written
    ['Go', 'github.com/BurntSushi/toml', 'github.com/BurntSushi/toml'],
    ['Maven', 'org.Apache.logging.log4j:log4j-core', 'org.Apache.logging.log4j:log4j-core'],
    ['npm', 'JSONStream', 'JSONStream'],
    ['npm', '@Scope/Pkg_name', '@Scope/Pkg_name'],
    ['RubyGems', 'Rails_Html', 'Rails_Html'],
    ['Debian:12', 'libssl3', 'libssl3'],
    ['Unknown', 'X.Y_z', 'X.Y_z'],
    // ecosystem names are exact: a differently-cased ecosystem is another (unknown) one
    ['pypi', 'Django', 'Django'],
  ];
  for (const [eco, name, expected] of cases) {
    it(`${eco} ${JSON.stringify(name)} -> ${JSON.stringify(expected)}`, () => {
      assert.equal(normalizePackageName(eco, name), expected);
    });
  }

  it('normalises a long hostile PyPI name in one pass', () => {
    const name = `${'-_.'.repeat(100_000)}x`;
    assert.equal(pep503(name), '-x');
  });
});
