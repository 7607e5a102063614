/**
 * CVSS v3.0 / v3.1 Base Score, per the FIRST CVSS v3.1 Specification Document, section 7.1 (Base Metrics
 * Equations) and Appendix A (Floating Point Rounding): https://www.first.org/cvss/v3.1/specification-document
 *
 * Temporal and Environmental metrics are validated but do not enter the Base Score.
 *
 * v3.0 and v3.1 share the Base equations and weights; they differ only in Roundup. v3.0 defined it as
 * "the smallest number, specified to one decimal place, that is equal to or higher than its input",
 * which FIRST's v3.0 calculator implemented as `Math.ceil(x * 10) / 10`; on binary floating point that
 * can round a value like 4.000000000000001 (mathematically 4.0) up to 4.1. v3.1 replaced it with the
 * integer-arithmetic Roundup below to remove exactly that error, so v3.0 vectors are scored with it too.
 * For the 2,592 possible Base vectors both give the same Base Score (the v3.0 difference shows only
 * in Environmental scores), so this matches FIRST's v3.0 calculator for every v3.0 Base vector.
 */
import { type CvssInvalid, type MetricSpec, parseVector, type VectorGrammar } from './vector.js';

export type Cvss3Version = '3.0' | '3.1';

export interface Cvss3Score {
  readonly ok: true;
  readonly version: Cvss3Version;
  /** Base Score, 0.0-10.0, one decimal. */
  readonly baseScore: number;
}

export type Cvss3Result = Cvss3Score | CvssInvalid;

const BASE: MetricSpec = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'R'],
  S: ['U', 'C'],
  C: ['H', 'L', 'N'],
  I: ['H', 'L', 'N'],
  A: ['H', 'L', 'N'],
};

const TEMPORAL_ENVIRONMENTAL: MetricSpec = {
  E: ['X', 'H', 'F', 'P', 'U'],
  RL: ['X', 'U', 'W', 'T', 'O'],
  RC: ['X', 'C', 'R', 'U'],
  CR: ['X', 'H', 'M', 'L'],
  IR: ['X', 'H', 'M', 'L'],
  AR: ['X', 'H', 'M', 'L'],
  MAV: ['X', 'N', 'A', 'L', 'P'],
  MAC: ['X', 'L', 'H'],
  MPR: ['X', 'N', 'L', 'H'],
  MUI: ['X', 'N', 'R'],
  MS: ['X', 'U', 'C'],
  MC: ['X', 'H', 'L', 'N'],
  MI: ['X', 'H', 'L', 'N'],
  MA: ['X', 'H', 'L', 'N'],
};

function grammar(version: Cvss3Version): VectorGrammar {
  return {
    prefix: `CVSS:${version}/`,
    metrics: { ...BASE, ...TEMPORAL_ENVIRONMENTAL },
    mandatory: Object.keys(BASE),
  };
}

const GRAMMARS: Readonly<Record<Cvss3Version, VectorGrammar>> = {
  '3.0': grammar('3.0'),
  '3.1': grammar('3.1'),
};

// Metric weights, specification section 7.4.
const AV: Readonly<Record<string, number>> = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 };
const AC: Readonly<Record<string, number>> = { L: 0.77, H: 0.44 };
const PR_UNCHANGED: Readonly<Record<string, number>> = { N: 0.85, L: 0.62, H: 0.27 };
const PR_CHANGED: Readonly<Record<string, number>> = { N: 0.85, L: 0.68, H: 0.5 };
const UI: Readonly<Record<string, number>> = { N: 0.85, R: 0.62 };
const CIA: Readonly<Record<string, number>> = { H: 0.56, L: 0.22, N: 0 };

/** The version a `CVSS:3.x/` vector declares, or `undefined` for any other text. */
export function cvss3Version(vector: string): Cvss3Version | undefined {
  if (vector.startsWith('CVSS:3.1/')) return '3.1';
  if (vector.startsWith('CVSS:3.0/')) return '3.0';
  return undefined;
}

/** Parses a `CVSS:3.0/` or `CVSS:3.1/` vector and computes its Base Score. Never throws. */
export function cvss3(vector: string): Cvss3Result {
  const version = typeof vector === 'string' ? cvss3Version(vector) : undefined;
  const parsed = parseVector(vector, GRAMMARS[version ?? '3.1']);
  if (!parsed.ok) return parsed;
  // parseVector checked the prefix, so `version` is set here.
  return { ok: true, version: version ?? '3.1', baseScore: baseScore(parsed.metrics) };
}

function baseScore(m: ReadonlyMap<string, string>): number {
  const get = (key: string): string => m.get(key) ?? '';
  const changed = get('S') === 'C';
  const iss = 1 - (1 - CIA[get('C')]!) * (1 - CIA[get('I')]!) * (1 - CIA[get('A')]!);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
  const pr = (changed ? PR_CHANGED : PR_UNCHANGED)[get('PR')]!;
  const exploitability = 8.22 * AV[get('AV')]! * AC[get('AC')]! * pr * UI[get('UI')]!;
  if (impact <= 0) return 0;
  const sum = changed ? 1.08 * (impact + exploitability) : impact + exploitability;
  return roundup(Math.min(sum, 10));
}

/**
 * Roundup, v3.1 specification Appendix A: the smallest number with one decimal place that is equal to
 * or higher than its input, computed on an integer (input x 100,000) so that floating-point noise below
 * 0.00001 does not push a value to the next tenth.
 */
export function roundup(input: number): number {
  const intInput = Math.round(input * 100_000);
  if (intInput % 10_000 === 0) return intInput / 100_000;
  return (Math.floor(intInput / 10_000) + 1) / 10;
}
