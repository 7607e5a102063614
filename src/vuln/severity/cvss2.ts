/**
 * CVSS v2 Base Score, per "A Complete Guide to the Common Vulnerability Scoring System Version 2.0"
 * (FIRST, https://www.first.org/cvss/v2/guide) section 3.2.1. v2 vectors have no prefix
 * (`AV:N/AC:L/Au:N/C:P/I:P/A:P`); Temporal and Environmental metrics are validated and ignored.
 *
 * Computed exactly: the weights are decimals of at most three places, so the equation is evaluated on
 * integers (BigInt) scaled by 10^15 and rounded half up to one decimal, with no floating-point error.
 */
import { type CvssInvalid, type MetricSpec, parseVector, type VectorGrammar } from './vector.js';

export interface Cvss2Score {
  readonly ok: true;
  readonly version: '2.0';
  /** Base Score, 0.0-10.0, one decimal. */
  readonly baseScore: number;
}

export type Cvss2Result = Cvss2Score | CvssInvalid;

const BASE: MetricSpec = {
  AV: ['L', 'A', 'N'],
  AC: ['H', 'M', 'L'],
  Au: ['M', 'S', 'N'],
  C: ['N', 'P', 'C'],
  I: ['N', 'P', 'C'],
  A: ['N', 'P', 'C'],
};

const GRAMMAR: VectorGrammar = {
  prefix: '',
  metrics: {
    ...BASE,
    E: ['U', 'POC', 'F', 'H', 'ND'],
    RL: ['OF', 'TF', 'W', 'U', 'ND'],
    RC: ['UC', 'UR', 'C', 'ND'],
    CDP: ['N', 'L', 'LM', 'MH', 'H', 'ND'],
    TD: ['N', 'L', 'M', 'H', 'ND'],
    CR: ['L', 'M', 'H', 'ND'],
    IR: ['L', 'M', 'H', 'ND'],
    AR: ['L', 'M', 'H', 'ND'],
  },
  mandatory: Object.keys(BASE),
};

// Weights in thousandths (guide section 3.2.1).
const AV: Readonly<Record<string, bigint>> = { L: 395n, A: 646n, N: 1000n };
const AC: Readonly<Record<string, bigint>> = { H: 350n, M: 610n, L: 710n };
const AU: Readonly<Record<string, bigint>> = { M: 450n, S: 560n, N: 704n };
const CIA: Readonly<Record<string, bigint>> = { N: 0n, P: 275n, C: 660n };

/** Parses a CVSS v2 vector and computes its Base Score. Never throws. */
export function cvss2(vector: string): Cvss2Result {
  const parsed = parseVector(vector, GRAMMAR);
  if (!parsed.ok) return parsed;
  const get = (key: string): string => parsed.metrics.get(key) ?? '';
  return { ok: true, version: '2.0', baseScore: baseScore(get) };
}

function baseScore(get: (key: string) => string): number {
  const c = CIA[get('C')]!;
  const i = CIA[get('I')]!;
  const a = CIA[get('A')]!;
  if (c === 0n && i === 0n && a === 0n) return 0; // f(Impact) = 0
  // Impact = 10.41 * (1 - (1-C)(1-I)(1-A))            -> x 10^11
  // Exploitability = 20 * AV * AC * Au                -> x 10^9
  // Base = (0.6 * Impact + 0.4 * Exploitability - 1.5) * 1.176
  const remaining = (1000n - c) * (1000n - i) * (1000n - a); // (1-C)(1-I)(1-A) x 10^9
  const impact11 = 1041n * (1_000_000_000n - remaining);
  const exploitability9 = 20n * AV[get('AV')]! * AC[get('AC')]! * AU[get('Au')]!;
  const inner12 = 6n * impact11 + 400n * exploitability9 - 1_500_000_000_000n; // x 10^12
  const base15 = inner12 * 1176n; // x 10^15
  if (base15 <= 0n) return 0;
  const unit = 100_000_000_000_000n; // one tenth at 10^15
  return Number((2n * base15 + unit) / (2n * unit)) / 10;
}
