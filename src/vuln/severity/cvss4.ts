/**
 * CVSS v4.0 score, per the FIRST CVSS v4.0 Specification Document section 8 (MacroVectors and
 * interpolation) and FIRST's reference calculator (https://github.com/FIRSTdotorg/cvss-v4-calculator,
 * cvss_score.js; RedHatProductSecurity/cvss-v4-calculator cvss40.js): equivalence classes EQ1-EQ6 give a
 * MacroVector whose score comes from the specification's table; the vector's severity distance from the
 * MacroVector's highest-severity vector moves the score towards the next lower MacroVector.
 *
 * The score is that of the vector as written (CVSS-B, -BT, -BE or -BTE): Threat and Environmental
 * metrics take part as in the calculator, and absent ones take the worst case (E:A, CR/IR/AR:H).
 * Supplemental metrics are validated and otherwise ignored. Metrics are accepted in any order (FIRST's
 * JSON schema and calculator want the specification's Table 23 order; the score does not depend on it).
 *
 * Arithmetic is exact: every table value is a whole number of tenths and every distance a whole number
 * of steps, so the interpolation is a fraction of small integers, rounded half up to one decimal. That is
 * the value FIRST's current calculator computes with floating point plus a 1e-6 correction (added in
 * 2024 because e.g. 8.6 - 7.15 rounded down); the earlier calculator without it could be 0.1 lower for
 * vectors whose exact score ends in 5 hundredths.
 */
import { MACROVECTOR_SCORES, MAX_COMPOSED, MAX_SEVERITY, METRIC_LEVELS } from './cvss4-tables.js';
import { type CvssInvalid, type MetricSpec, parseVector, type VectorGrammar } from './vector.js';

export type Cvss4Nomenclature = 'CVSS-B' | 'CVSS-BT' | 'CVSS-BE' | 'CVSS-BTE';

export interface Cvss4Score {
  readonly ok: true;
  readonly version: '4.0';
  /** 0.0-10.0, one decimal. */
  readonly score: number;
  /** The six EQ levels, e.g. `000200`. */
  readonly macroVector: string;
  /** Which metric groups set the score: B(ase), T(hreat), E(nvironmental). */
  readonly nomenclature: Cvss4Nomenclature;
}

export type Cvss4Result = Cvss4Score | CvssInvalid;

const BASE: MetricSpec = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  AT: ['N', 'P'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'P', 'A'],
  VC: ['H', 'L', 'N'],
  VI: ['H', 'L', 'N'],
  VA: ['H', 'L', 'N'],
  SC: ['H', 'L', 'N'],
  SI: ['H', 'L', 'N'],
  SA: ['H', 'L', 'N'],
};
const THREAT: MetricSpec = { E: ['X', 'A', 'P', 'U'] };
const ENVIRONMENTAL: MetricSpec = {
  CR: ['X', 'H', 'M', 'L'],
  IR: ['X', 'H', 'M', 'L'],
  AR: ['X', 'H', 'M', 'L'],
  MAV: ['X', 'N', 'A', 'L', 'P'],
  MAC: ['X', 'L', 'H'],
  MAT: ['X', 'N', 'P'],
  MPR: ['X', 'N', 'L', 'H'],
  MUI: ['X', 'N', 'P', 'A'],
  MVC: ['X', 'H', 'L', 'N'],
  MVI: ['X', 'H', 'L', 'N'],
  MVA: ['X', 'H', 'L', 'N'],
  MSC: ['X', 'H', 'L', 'N'],
  MSI: ['X', 'S', 'H', 'L', 'N'],
  MSA: ['X', 'S', 'H', 'L', 'N'],
};
const SUPPLEMENTAL: MetricSpec = {
  S: ['X', 'N', 'P'],
  AU: ['X', 'N', 'Y'],
  R: ['X', 'A', 'U', 'I'],
  V: ['X', 'D', 'C'],
  RE: ['X', 'L', 'M', 'H'],
  U: ['X', 'Clear', 'Green', 'Amber', 'Red'],
};

const GRAMMAR: VectorGrammar = {
  prefix: 'CVSS:4.0/',
  metrics: { ...BASE, ...THREAT, ...ENVIRONMENTAL, ...SUPPLEMENTAL },
  mandatory: Object.keys(BASE),
};

const IMPACT_METRICS = ['VC', 'VI', 'VA', 'SC', 'SI', 'SA'] as const;

/** Parses a `CVSS:4.0/` vector and computes its score. Never throws. */
export function cvss4(vector: string): Cvss4Result {
  const parsed = parseVector(vector, GRAMMAR);
  if (!parsed.ok) return parsed;
  const m = parsed.metrics;
  const eff = effectiveValues(m);
  const eq = macroVector(eff);
  return {
    ok: true,
    version: '4.0',
    score: score(eff, eq),
    macroVector: eq.join(''),
    nomenclature: nomenclature(m),
  };
}

/**
 * The value each metric takes for scoring: a Modified (M*) Environmental value when defined, the Base value
 * otherwise; E, CR, IR and AR default to their worst case. MSI/MSA may be `S` (Safety), which only they have.
 */
function effectiveValues(m: ReadonlyMap<string, string>): Readonly<Record<string, string>> {
  const defined = (key: string): string | undefined => {
    const v = m.get(key);
    return v === undefined || v === 'X' ? undefined : v;
  };
  const eff: Record<string, string> = {};
  for (const key of Object.keys(BASE)) eff[key] = defined(`M${key}`) ?? m.get(key)!;
  eff.E = defined('E') ?? 'A';
  for (const key of ['CR', 'IR', 'AR']) eff[key] = defined(key) ?? 'H';
  return eff;
}

function nomenclature(m: ReadonlyMap<string, string>): Cvss4Nomenclature {
  const set = (spec: MetricSpec): boolean => Object.keys(spec).some((k) => (m.get(k) ?? 'X') !== 'X');
  const t = set(THREAT) ? 'T' : '';
  const e = set(ENVIRONMENTAL) ? 'E' : '';
  return `CVSS-B${t}${e}` as Cvss4Nomenclature;
}

/** EQ1-EQ6 levels (specification Tables 24-29); 0 is the most severe. */
function macroVector(e: Readonly<Record<string, string>>): [number, number, number, number, number, number] {
  const { AV, PR, UI, AC, AT, VC, VI, VA, SC, SI, SA, E, CR, IR, AR } = e;
  const eq1 =
    AV === 'N' && PR === 'N' && UI === 'N'
      ? 0
      : (AV === 'N' || PR === 'N' || UI === 'N') && AV !== 'P'
        ? 1
        : 2;
  const eq2 = AC === 'L' && AT === 'N' ? 0 : 1;
  const eq3 = VC === 'H' && VI === 'H' ? 0 : VC === 'H' || VI === 'H' || VA === 'H' ? 1 : 2;
  const eq4 = SI === 'S' || SA === 'S' ? 0 : SC === 'H' || SI === 'H' || SA === 'H' ? 1 : 2;
  const eq5 = E === 'A' ? 0 : E === 'P' ? 1 : 2;
  const eq6 = (CR === 'H' && VC === 'H') || (IR === 'H' && VI === 'H') || (AR === 'H' && VA === 'H') ? 0 : 1;
  return [eq1, eq2, eq3, eq4, eq5, eq6];
}

/** Score of a MacroVector in tenths, or `undefined` where the table has none (below the lowest level). */
function macroTenths(eq: readonly number[]): number | undefined {
  const v = MACROVECTOR_SCORES[eq.join('')];
  return v === undefined ? undefined : Math.round(v * 10);
}

/** The MacroVector one level less severe in EQ `index`. */
function lowered(eq: readonly number[], index: number): number[] {
  const next = [...eq];
  next[index]! += 1;
  return next;
}

/** Score of the next lower MacroVector along EQ3+EQ6, which move together (cvss_score.js). */
function lowerEq3Eq6(eq: readonly number[]): number | undefined {
  const eq3 = eq[2]!;
  const eq6 = eq[5]!;
  if (eq3 === 0 && eq6 === 0) {
    // Two ways down (00 -> 01 and 00 -> 10): the higher-scored one.
    const left = macroTenths(lowered(eq, 5));
    const right = macroTenths(lowered(eq, 2));
    if (left === undefined || right === undefined) return undefined;
    return Math.max(left, right);
  }
  if (eq3 === 1 && eq6 === 0) return macroTenths(lowered(eq, 5));
  if (eq3 < 2) return macroTenths(lowered(eq, 2));
  return undefined;
}

/**
 * Severity distance (in steps) of the vector from its MacroVector's highest-severity vector, over the
 * metrics of one EQ. The reference takes the first highest-severity vector the scored vector does not
 * exceed and adds up per-metric differences; all highest-severity vectors of one EQ level have the same
 * level sum (a test checks it), so that choice never changes the total and the first one serves.
 */
function distance(e: Readonly<Record<string, string>>, metrics: readonly string[], highest: string): number {
  const levelOf = (metric: string, value: string): number => METRIC_LEVELS[metric]![value]!;
  const own = metrics.reduce((acc, m) => acc + levelOf(m, e[m]!), 0);
  const max = highest.split('/').reduce((acc, kv) => {
    const [m, v] = kv.split(':') as [string, string];
    return acc + levelOf(m, v);
  }, 0);
  return own - max;
}

function score(e: Readonly<Record<string, string>>, eq: readonly number[]): number {
  if (IMPACT_METRICS.every((k) => e[k] === 'N')) return 0;
  const [eq1, eq2, eq3, eq4, , eq6] = eq as [number, number, number, number, number, number];
  const value = macroTenths(eq)!;
  const eq1Distance = distance(e, ['AV', 'PR', 'UI'], MAX_COMPOSED.eq1[eq1]![0]!);
  const eq2Distance = distance(e, ['AC', 'AT'], MAX_COMPOSED.eq2[eq2]![0]!);
  const eq3eq6Distance = distance(
    e,
    ['VC', 'VI', 'VA', 'CR', 'IR', 'AR'],
    MAX_COMPOSED.eq3eq6[eq3]![eq6]![0]!,
  );
  const eq4Distance = distance(e, ['SC', 'SI', 'SA'], MAX_COMPOSED.eq4[eq4]![0]!);

  // Each EQ with a lower MacroVector: (available score drop) x (distance / depth of the MacroVector).
  const steps = [
    { lower: macroTenths(lowered(eq, 0)), distance: eq1Distance, depth: MAX_SEVERITY.eq1[eq1]! },
    { lower: macroTenths(lowered(eq, 1)), distance: eq2Distance, depth: MAX_SEVERITY.eq2[eq2]! },
    {
      lower: lowerEq3Eq6(eq),
      distance: eq3eq6Distance,
      depth: MAX_SEVERITY.eq3eq6[eq3]![eq6]!,
    },
    { lower: macroTenths(lowered(eq, 3)), distance: eq4Distance, depth: MAX_SEVERITY.eq4[eq4]! },
    // EQ5: counts towards the mean when a lower MacroVector exists, but its proportion is always 0.
    { lower: macroTenths(lowered(eq, 4)), distance: 0, depth: 1 },
  ].filter((s) => s.lower !== undefined);

  // score = value - mean(drop_i * distance_i / depth_i), kept as the exact fraction num / den.
  let num = value;
  let den = 1;
  if (steps.length > 0) {
    const product = steps.reduce((acc, s) => acc * s.depth, 1);
    const dropSum = steps.reduce((acc, s) => acc + (value - s.lower!) * s.distance * (product / s.depth), 0);
    den = steps.length * product;
    num = value * den - dropSum;
  }
  if (num <= 0) return 0;
  if (num >= 100 * den) return 10;
  return Math.floor((2 * num + den) / (2 * den)) / 10; // round half up, in tenths
}
