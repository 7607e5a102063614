/**
 * The one scanner every CVSS version's vector goes through: `KEY:VALUE` pairs separated by `/`, after an
 * optional fixed prefix (`CVSS:3.1/`). Linear, regex-free, bounded; it never throws. What a version
 * allows (metrics, values, which are mandatory) is data passed in by that version's module.
 */

/** The longest vector accepted. The longest valid v4.0 vector (every metric written out) is 178 characters. */
export const MAX_VECTOR_LENGTH = 200;

/** Why a vector was refused. */
export type CvssProblem =
  | 'too-long'
  | 'wrong-prefix'
  | 'malformed'
  | 'unknown-metric'
  | 'unknown-value'
  | 'duplicate-metric'
  | 'missing-metric';

/** A refused vector: the problem and a one-line detail naming the offending metric where there is one. */
export interface CvssInvalid {
  readonly ok: false;
  readonly problem: CvssProblem;
  readonly detail: string;
}

/** Metric abbreviation -> allowed values, e.g. `{ AV: ['N', 'A', 'L', 'P'] }`. */
export type MetricSpec = Readonly<Record<string, readonly string[]>>;

export interface VectorGrammar {
  /** Exact text before the first metric, including its `/` (`CVSS:3.1/`), or `''` for CVSS v2. */
  readonly prefix: string;
  readonly metrics: MetricSpec;
  /** Metrics that must be present (the Base metrics). */
  readonly mandatory: readonly string[];
}

export type ParsedVector = { readonly ok: true; readonly metrics: ReadonlyMap<string, string> } | CvssInvalid;

export function invalid(problem: CvssProblem, detail: string): CvssInvalid {
  return { ok: false, problem, detail };
}

/**
 * Splits `text` into metrics and checks each against `grammar`. Metric order is not enforced (the
 * score does not depend on it, and CVSS v3.x requires readers to accept any order); names and values are
 * case-sensitive, as in the specifications. A value `X` (Not Defined) is kept like any other value.
 */
export function parseVector(text: string, grammar: VectorGrammar): ParsedVector {
  if (typeof text !== 'string') return invalid('malformed', 'not a string');
  if (text.length > MAX_VECTOR_LENGTH) {
    return invalid('too-long', `${text.length} characters (limit ${MAX_VECTOR_LENGTH})`);
  }
  if (!text.startsWith(grammar.prefix)) {
    return invalid('wrong-prefix', `does not start with "${grammar.prefix}"`);
  }
  const metrics = new Map<string, string>();
  const end = text.length;
  let start = grammar.prefix.length;
  if (start >= end) return invalid('missing-metric', 'no metrics');
  while (start <= end) {
    let slash = text.indexOf('/', start);
    if (slash < 0) slash = end;
    const colon = text.indexOf(':', start);
    if (colon < 0 || colon >= slash)
      return invalid('malformed', `"${clip(text.slice(start, slash))}" is not KEY:VALUE`);
    const key = text.slice(start, colon);
    const value = text.slice(colon + 1, slash);
    const allowed = Object.hasOwn(grammar.metrics, key) ? grammar.metrics[key] : undefined;
    if (allowed === undefined) return invalid('unknown-metric', `unknown metric "${clip(key)}"`);
    if (metrics.has(key)) return invalid('duplicate-metric', `metric ${key} appears more than once`);
    if (!allowed.includes(value))
      return invalid('unknown-value', `${key}:${clip(value)} is not a valid value`);
    metrics.set(key, value);
    start = slash + 1;
  }
  const missing = grammar.mandatory.filter((m) => !metrics.has(m));
  if (missing.length > 0) return invalid('missing-metric', `missing ${missing.join(', ')}`);
  return { ok: true, metrics };
}

/** Keeps details short and printable whatever the input held. */
function clip(s: string): string {
  const short = s.length > 20 ? `${s.slice(0, 20)}…` : s;
  return JSON.stringify(short).slice(1, -1);
}
