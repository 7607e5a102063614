/**
 * What applySuppressions tells the user besides the findings: expired ignores (the findings are
 * reported again), ignores that match nothing (stale entries to remove), and VEX files none of whose
 * statements applies (usually a product identifier that names nothing in the scan).
 */
import type { IgnoreEntry } from '../../config/schema.js';
import type { Diagnostic } from '../../core/model/diagnostic.js';
import { quote } from '../../core/util/quote.js';
import type { VexStatement } from '../vex/load.js';

/** Products named in the "no statement applies" message. */
const MAX_PRODUCTS_SHOWN = 3;

/** `GHSA-xxxx in sterling.yaml:7`, or `GHSA-xxxx for lodash@4.17.20 in sterling.yaml:7`. */
function describe(e: IgnoreEntry): string {
  // id and package are validated by the config schema: no spaces, no control characters
  const what = e.package ? `${e.id} for ${e.package}` : e.id;
  return `${what} in ${e.source}${e.line ? `:${e.line}` : ''}`;
}

/** An entry of a project config file that may carry `until`. */
export interface ConfigEntry {
  source: string;
  line?: number;
  until?: string;
}

function at(e: ConfigEntry): Pick<Diagnostic, 'path' | 'line'> {
  return e.line ? { path: e.source, line: e.line } : { path: e.source };
}

/** What follows "expired on <date>": what the entry matched, and how much of it is open again. */
export function reopenedTail(matched: number, reopened: number, again: string): string {
  if (matched === 0) return '; it matches no finding now: remove it';
  if (reopened === 0) return '; the findings it matched are suppressed by other entries';
  if (reopened === 1) return `; the finding is ${again}`;
  return `; ${reopened} findings are ${again}`;
}

/** A warning that an entry (`what`, e.g. `ignore of CVE-1 in sterling.yaml:7`) is past its `until` day. */
export function expiryWarning(code: string, what: string, e: ConfigEntry, tail: string): Diagnostic {
  return { level: 'warning', code, message: `${what} expired on ${e.until}${tail}`, ...at(e) };
}

/** An info that an entry matches nothing: `what` and what it should have matched. */
export function unusedInfo(code: string, what: string, e: ConfigEntry, matchesNo: string): Diagnostic {
  return {
    level: 'info',
    code,
    message: `${what} matches no ${matchesNo}; remove it if the issue is gone`,
    ...at(e),
  };
}

export function expiredDiagnostic(e: IgnoreEntry, matched: number, reopened: number): Diagnostic {
  return expiryWarning(
    'ignore-expired',
    `ignore of ${describe(e)}`,
    e,
    reopenedTail(matched, reopened, 'reported again'),
  );
}

export function unusedIgnoreDiagnostic(e: IgnoreEntry): Diagnostic {
  return unusedInfo('ignore-unused', `ignore of ${describe(e)}`, e, 'finding');
}

/** One info per VEX file of which no statement applied to any finding. */
export function unusedVexDiagnostic(
  statements: readonly VexStatement[],
  used: ReadonlySet<VexStatement>,
): Diagnostic[] {
  const bySource = new Map<string, { total: number; used: number; products: Set<string> }>();
  for (const s of statements) {
    let file = bySource.get(s.source);
    if (!file) {
      file = { total: 0, used: 0, products: new Set() };
      bySource.set(s.source, file);
    }
    file.total++;
    if (used.has(s)) file.used++;
    for (const p of s.products) {
      const first = p.ids[0];
      if (first !== undefined && file.products.size < MAX_PRODUCTS_SHOWN) file.products.add(first);
    }
  }
  const out: Diagnostic[] = [];
  for (const [source, file] of bySource) {
    if (file.used > 0) continue;
    const products = [...file.products].map((p) => quote(p, 120)).join(', ');
    out.push({
      level: 'info',
      code: 'vex-unused',
      message:
        `none of the ${file.total} statements in ${source} applies to a finding ` +
        `(products such as ${products}); check that its product identifiers are the purls of the scanned packages`,
      path: source,
    });
  }
  return out;
}
