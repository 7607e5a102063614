/**
 * Version-ordering corpora: one comparison per line, `a < b`, `a > b` or `a = b`; blank lines and
 * lines starting with `//` or `#` are ignored. Used for osv-scalibr's semantic test data in ../shared
 * (read at test time, never copied) and for Sterling's own corpora beside each scheme.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { VersionScheme } from '../../src/core/plugin/version-scheme.js';

export interface Comparison {
  a: string;
  op: '<' | '>' | '=';
  b: string;
  line: number;
}

/** Parses a corpus text. Lines that are not a comparison throw, naming the line. */
export function parseCorpus(text: string, name = 'corpus'): Comparison[] {
  const out: Comparison[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '' || raw.startsWith('//') || raw.startsWith('#')) continue;
    const parts = raw.split(' ');
    if (parts.length !== 3 || !['<', '>', '='].includes(parts[1]!)) {
      throw new Error(`${name}:${i + 1}: not "a <|>|= b": ${raw}`);
    }
    out.push({ a: parts[0]!, op: parts[1] as Comparison['op'], b: parts[2]!, line: i + 1 });
  }
  return out;
}

export function readCorpus(path: string): Comparison[] {
  return parseCorpus(readFileSync(path, 'utf8'), path);
}

function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

const WANT = { '<': -1, '=': 0, '>': 1 } as const;

/**
 * Checks every comparison in both directions (a op b, and b op' a). Returns the failures as
 * `file:line: a op b (got ...)` strings, so one assertion reports them all.
 */
export function corpusFailures<V>(
  scheme: VersionScheme<V>,
  cases: readonly Comparison[],
  name: string,
): string[] {
  const failures: string[] = [];
  for (const c of cases) {
    const pa = scheme.parse(c.a);
    const pb = scheme.parse(c.b);
    if (pa === undefined || pb === undefined) {
      failures.push(`${name}:${c.line}: ${c.a} ${c.op} ${c.b} (not parsed: ${pa === undefined ? c.a : c.b})`);
      continue;
    }
    const got = sign(scheme.compare(pa, pb));
    const back = sign(scheme.compare(pb, pa));
    if (got !== WANT[c.op] || back !== -WANT[c.op]) {
      failures.push(`${name}:${c.line}: ${c.a} ${c.op} ${c.b} (compare gave ${got}, reversed ${back})`);
    }
  }
  return failures;
}

/** Asserts the whole corpus holds, listing at most 20 failures. */
export function assertCorpus<V>(scheme: VersionScheme<V>, cases: readonly Comparison[], name: string): void {
  assert.ok(cases.length > 0, `${name}: empty corpus`);
  const failures = corpusFailures(scheme, cases, name);
  assert.deepEqual(
    failures.slice(0, 20),
    [],
    `${failures.length} of ${cases.length} comparisons fail in ${name}`,
  );
}
