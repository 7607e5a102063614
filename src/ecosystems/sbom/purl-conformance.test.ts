/**
 * The purl-spec test vectors (../shared/conformance/purl-spec) for every type mapped to an OSV
 * ecosystem: each purl the spec parses successfully gets the ecosystem of its type, and a name
 * joined from the spec's namespace and name the way OSV writes it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { needsShared, readSharedJson } from '../../../test/helpers/shared.js';
import { parsePurl } from '../../core/purl/purl.js';
import { purlIdentity } from './purl-ecosystem.js';

const DIR = ['conformance', 'purl-spec', 'tests', 'types'];

interface Vector {
  test_type: string;
  input: unknown;
  expected_output: { type: string; namespace: string | null; name: string; version: string | null } | null;
  expected_failure: boolean;
}

const TYPES: [string, string, (ns: string | null, name: string) => string][] = [
  ['npm', 'npm', (ns, n) => (ns ? `${ns}/${n}` : n)],
  ['pypi', 'PyPI', (_ns, n) => n],
  ['maven', 'Maven', (ns, n) => (ns ? `${ns}:${n}` : n)],
  ['golang', 'Go', (ns, n) => (ns ? `${ns}/${n}` : n)],
  ['cargo', 'crates.io', (_ns, n) => n],
  ['gem', 'RubyGems', (_ns, n) => n],
  ['composer', 'Packagist', (ns, n) => (ns ? `${ns}/${n}` : n)],
  ['nuget', 'NuGet', (_ns, n) => n],
  ['pub', 'Pub', (_ns, n) => n],
  ['hex', 'Hex', (_ns, n) => n],
  ['deb', 'Debian', (_ns, n) => n],
  ['apk', 'Alpine', (_ns, n) => n],
];

describe('purl-spec vectors -> OSV ecosystems', () => {
  for (const [type, ecosystem, join] of TYPES) {
    const file = `${type}-test.json`;
    it(`${type} -> ${ecosystem}`, { skip: needsShared(...DIR, file) }, () => {
      const { tests } = readSharedJson<{ tests: Vector[] }>(...DIR, file);
      let checked = 0;
      for (const t of tests) {
        if (
          t.test_type !== 'parse' ||
          t.expected_failure ||
          typeof t.input !== 'string' ||
          !t.expected_output
        )
          continue;
        const want = t.expected_output;
        const who = purlIdentity(parsePurl(t.input));
        if (type === 'deb' && want.namespace === 'ubuntu') {
          assert.match(who?.ecosystem ?? '', /^Ubuntu/, t.input);
        } else {
          assert.equal(who?.ecosystem.split(':')[0], ecosystem, t.input);
        }
        assert.equal(who?.purlName, join(want.namespace, want.name), t.input);
        assert.equal(who?.purlVersion, want.version ?? '', t.input);
        checked++;
      }
      assert.ok(checked > 0, `no parse vectors for ${type}`);
    });
  }
});
