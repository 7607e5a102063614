/**
 * Compares extractor output with the expected packages of osv-scalibr's table tests
 * (../shared/conformance/osv-scalibr-expected). Scalibr lists one package per lockfile occurrence;
 * Sterling merges occurrences, so both sides are compared as sets keyed by name, version and commit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Package, Scope } from '../../src/core/model/package.js';
import { getOrInit } from '../../src/core/util/map.js';
import { needsShared, readSharedJson, sharedPath } from './shared.js';

export interface ExpectedPackage {
  name: string | null;
  version: string | null;
  depGroups?: string[];
  purlType?: string;
  line?: number;
  commit?: string;
}

export interface ExpectedCase {
  case: string;
  fixture: string;
  wantErr: boolean;
  packages: ExpectedPackage[] | null;
}

export interface ExpectedFile {
  source: string;
  cases: ExpectedCase[];
}

/** Where scalibr keeps its language extractors, below both `osv-scalibr` and `osv-scalibr-expected`. */
const LANGUAGE = ['extractor', 'filesystem', 'language'] as const;

/** `javascript/bunlock` -> path parts; `rel` is always written with `/`. */
function parts(rel: string): string[] {
  return rel.split('/').filter((p) => p !== '');
}

/** Loads `osv-scalibr-expected/extractor/filesystem/language/<rel>`. */
export function loadExpected(rel: string): ExpectedFile {
  return readSharedJson<ExpectedFile>('conformance', 'osv-scalibr-expected', ...LANGUAGE, ...parts(rel));
}

/** Absolute path of a scalibr fixture: `scalibrFixture('javascript/yarnlock', 'testdata/a.v1.lock')`. */
export function scalibrFixture(dir: string, ...rest: string[]): string {
  return sharedPath('conformance', 'osv-scalibr', ...LANGUAGE, ...parts(dir), ...rest);
}

/**
 * node:test `skip` option for tests that need scalibr's fixtures of `dir` (`javascript/bunlock`) and,
 * when named, its expected-results file there: false when present, else why not.
 */
export function scalibrSkip(dir: string, expectedFile?: string): false | string {
  const expected =
    expectedFile === undefined
      ? false
      : needsShared('conformance', 'osv-scalibr-expected', ...LANGUAGE, ...parts(dir), expectedFile);
  return expected || needsShared('conformance', 'osv-scalibr', ...LANGUAGE, ...parts(dir));
}

export interface ScalibrSuite {
  /** The extractor's folder below extractor/filesystem/language, e.g. `javascript/bunlock`. */
  dir: string;
  /** The expected-results file in that folder of osv-scalibr-expected. */
  file: string;
  /** A deviation the suite documents: rewrites a case before it runs. */
  adjust?: (c: ExpectedCase) => ExpectedCase;
  /** How many cases the file holds, when the suite pins it (a shrunken data set then fails). */
  cases?: number;
}

/**
 * One `describe` for one expected-results file of scalibr's table tests, one `it` per case calling
 * `check` with the (adjusted) case and the absolute path of its fixture. Skipped, naming the missing
 * path, when ../shared lacks the data.
 */
export function describeScalibrSuite(
  suite: ScalibrSuite,
  check: (c: ExpectedCase, fixture: string) => void,
): void {
  const skip = scalibrSkip(suite.dir, suite.file);
  describe(`osv-scalibr conformance: ${suite.dir}/${suite.file}`, { skip }, () => {
    if (skip) return;
    const cases = loadExpected(`${suite.dir}/${suite.file}`).cases;
    if (suite.cases !== undefined) {
      const want = suite.cases;
      it(`has ${want} cases`, () => assert.equal(cases.length, want));
    }
    for (const raw of cases) {
      const c = suite.adjust ? suite.adjust(raw) : raw;
      it(c.case, () => check(c, scalibrFixture(suite.dir, c.fixture)));
    }
  });
}

/** scalibr's depGroups for a package: empty when needed in production, else the non-prod scopes. */
export function depGroupsOf(scopes: readonly Scope[]): string[] {
  if (scopes.includes('prod') || scopes.length === 0) return [];
  return [...scopes].sort();
}

export interface CompareOptions {
  /** Compare depGroups (only where the upstream extractor computes them). */
  groups?: boolean;
  /** depGroups values upstream has and Sterling models differently (e.g. `bundled`); ignored. */
  ignoreGroups?: string[];
}

function key(name: string, version: string, commit: string | undefined): string {
  return `${name}@${version}${commit ? `#${commit}` : ''}`;
}

/** Asserts that `actual` holds exactly the expected packages (and groups / lines where given). */
export function assertMatchesExpected(
  actual: readonly Package[],
  expected: readonly ExpectedPackage[],
  options: CompareOptions = {},
): void {
  const ignore = new Set(options.ignoreGroups ?? []);
  const want = new Map<string, { groups: Set<string>; lines: Set<number> }>();
  for (const e of expected) {
    if (e.name === null || e.version === null) continue;
    const k = key(e.name, e.version, e.commit);
    const w = getOrInit(want, k, () => ({ groups: new Set<string>(), lines: new Set<number>() }));
    for (const g of e.depGroups ?? []) if (!ignore.has(g)) w.groups.add(g);
    if (typeof e.line === 'number') w.lines.add(e.line);
  }
  const got = new Map<string, { groups: Set<string>; lines: Set<number> }>();
  for (const p of actual) {
    const k = key(p.name, p.version, p.source.commit);
    const g = getOrInit(got, k, () => ({ groups: new Set<string>(), lines: new Set<number>() }));
    for (const grp of depGroupsOf(p.scopes)) g.groups.add(grp);
    for (const l of p.locations) if (l.line) g.lines.add(l.line);
  }
  assert.deepEqual([...got.keys()].sort(), [...want.keys()].sort(), 'package set differs');
  for (const [k, w] of want) {
    const g = got.get(k)!;
    if (options.groups) assert.deepEqual([...g.groups].sort(), [...w.groups].sort(), `depGroups of ${k}`);
    if (w.lines.size > 0) assert.deepEqual([...g.lines].sort(), [...w.lines].sort(), `lines of ${k}`);
  }
}
