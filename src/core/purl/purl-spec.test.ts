/**
 * Every purl-spec test vector (../shared/conformance/purl-spec/tests: the type-independent ones in
 * spec/, one file per type in types/) through Sterling's purl helper: `build` vectors through
 * buildPurl (and the result parsed back to the same text), `parse` vectors through parsePurl,
 * `validate` (round trip) vectors through parsePurl + canonicalPurl. Expected failures must fail.
 *
 * Skipped, with the reason: types Sterling never emits whose type-specific rules packageurl-js
 * 2.0.1 does not implement (listed in SKIPPED_TYPES), and single vectors where Sterling is lenient
 * on purpose (LENIENT).
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { needsShared, readSharedJson, sharedPath } from '../../../test/helpers/shared.js';
import { buildPurl, canonicalPurl, parsePurl } from './purl.js';

const TESTS = ['conformance', 'purl-spec', 'tests'] as const;

interface Parts {
  type: string | null;
  namespace: string | null;
  name: string | null;
  version: string | null;
  qualifiers: Record<string, string> | null;
  subpath: string | null;
}

interface Vector {
  description: string;
  test_type: 'build' | 'parse' | 'validate' | 'roundtrip';
  input: string | Parts;
  expected_output?: string | Parts | null;
  expected_failure: boolean;
}

/** The purl types Sterling's extractors and renderers write (none may be skipped). */
const EMITTED = [
  'apk',
  'cargo',
  'cocoapods',
  'composer',
  'conan',
  'cran',
  'deb',
  'docker',
  'gem',
  'generic',
  'github',
  'golang',
  'hackage',
  'hex',
  'maven',
  'npm',
  'nuget',
  'pub',
  'pypi',
  'swift',
];

const NO_TYPE_RULES = 'not emitted by Sterling; packageurl-js 2.0.1 lacks its type-specific rules';
const SKIPPED_TYPES: Record<string, string> = {
  brew: `${NO_TYPE_RULES} (names and tap namespaces lower-cased)`,
  'chrome-extension': `${NO_TYPE_RULES} (32-letter a-p id, version shape)`,
  cpan: `${NO_TYPE_RULES} (a module name with :: is not a distribution name)`,
  git: `${NO_TYPE_RULES} (name may hold "/", lower-cased)`,
  julia: `${NO_TYPE_RULES} (uuid qualifier required)`,
  otp: `${NO_TYPE_RULES} (no namespace)`,
  vcpkg: `${NO_TYPE_RULES} (no namespace)`,
  'vscode-extension': `${NO_TYPE_RULES} (publisher namespace required)`,
};

/**
 * Vectors that want a purl rejected which Sterling reads on purpose: SBOMs from other tools are
 * read leniently and normalised (the same files' `recommended` vectors expect exactly that).
 */
const LENIENT = new Set([
  'parse pkg:gem/jruby-launcher@1.1.2?Platform=java',
  'parse pkg:Rpm/fedora/curl@7.50.3-1.fc25?Arch=i386&Distro=fedora-25',
]);

function run(v: Vector): string | Parts {
  if (v.test_type === 'build') {
    const i = v.input as Parts;
    const built = buildPurl({
      type: i.type ?? '',
      namespace: i.namespace ?? undefined,
      name: i.name ?? '',
      version: i.version ?? undefined,
      qualifiers: i.qualifiers ?? undefined,
      subpath: i.subpath ?? undefined,
    });
    if (built === undefined) throw new Error('not built');
    assert.equal(canonicalPurl(parsePurl(built)), built, `${v.description}: build does not parse back`);
    return built;
  }
  const p = parsePurl(v.input as string);
  if (v.test_type !== 'parse') return canonicalPurl(p);
  return {
    type: p.type,
    namespace: p.namespace ?? null,
    name: p.name,
    version: p.version ?? null,
    qualifiers: p.qualifiers ? { ...p.qualifiers } : null,
    subpath: p.subpath ?? null,
  };
}

function check(file: string, vectors: Vector[]): number {
  let checked = 0;
  for (const v of vectors) {
    const label = `${file}: ${v.test_type} ${JSON.stringify(v.input)} (${v.description})`;
    if (LENIENT.has(`${v.test_type} ${v.input}`)) continue;
    let got: string | Parts | undefined;
    let error: unknown;
    try {
      got = run(v);
    } catch (err) {
      error = err;
    }
    if (v.expected_failure)
      assert.ok(error !== undefined, `${label}: should fail, gave ${JSON.stringify(got)}`);
    else {
      assert.equal(error, undefined, `${label}: ${String(error)}`);
      assert.deepEqual(got, v.expected_output, label);
    }
    checked++;
  }
  return checked;
}

describe('purl-spec test vectors', { skip: needsShared(...TESTS) }, () => {
  it('the type-independent vectors (spec/specification-test.json)', () => {
    const { tests } = readSharedJson<{ tests: Vector[] }>(...TESTS, 'spec', 'specification-test.json');
    assert.equal(check('specification-test.json', tests), tests.length);
  });

  const files = needsShared(...TESTS) ? [] : readdirSync(sharedPath(...TESTS, 'types')).sort();
  // Types Sterling never writes and packageurl-js has no rules for are not checked (listed below).
  for (const file of files.filter((f) => SKIPPED_TYPES[f.replace(/-test\.json$/, '')] === undefined)) {
    const type = file.replace(/-test\.json$/, '');
    it(`type ${type}`, () => {
      const { tests } = readSharedJson<{ tests: Vector[] }>(...TESTS, 'types', file);
      assert.ok(check(file, tests) > 0, `no vectors in ${file}`);
    });
  }

  it('leaves out exactly the listed types, each with its reason', () => {
    const types = files.map((f) => f.replace(/-test\.json$/, ''));
    const left = types.filter((t) => SKIPPED_TYPES[t] !== undefined);
    assert.deepEqual(left, Object.keys(SKIPPED_TYPES).sort());
  });

  it('covers every type Sterling emits, and skips none of them', () => {
    const types = new Set(files.map((f) => f.replace(/-test\.json$/, '')));
    for (const t of EMITTED) {
      assert.ok(types.has(t), `no purl-spec vectors for ${t}`);
      assert.equal(SKIPPED_TYPES[t], undefined, `${t} is emitted by Sterling and must not be skipped`);
    }
  });
});
