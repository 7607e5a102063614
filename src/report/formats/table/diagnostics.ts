import type { Colors } from 'picocolors/types.js';
import type { Diagnostic } from '../../../core/model/diagnostic.js';
import { compareStrings } from '../../../core/util/compare.js';
import { sanitizeTerminal as s } from '../../text/sanitize.js';

const MAX_DIAGNOSTIC_ROWS = 30;

function where(d: Diagnostic): string {
  return d.path ? `${d.path}${d.line ? `:${d.line}` : ''}` : '';
}

/** The Diagnostics block: counts by level, then one line per diagnostic (the first 30). Empty when none. */
export function diagnosticLines(diags: readonly Diagnostic[], c: Colors): string[] {
  if (diags.length === 0) return [];
  const levels = (['error', 'warning', 'info'] as const)
    .map((level) => [level, diags.filter((d) => d.level === level).length] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
  const out = ['', `${c.bold('Diagnostics')}  ${levels.map(([k, n]) => `${k} ${n}`).join(', ')}`];
  for (const d of diags.slice(0, MAX_DIAGNOSTIC_ROWS)) {
    const tag =
      d.level === 'error' ? c.red('error  ') : d.level === 'warning' ? c.yellow('warning') : c.dim('info   ');
    const loc = where(d);
    // no location in front of a message that already names it
    const named = loc && (d.message.startsWith(d.path ?? '\u0000') || d.message.includes(` in ${loc}`));
    const msg = named || !loc ? d.message : `${loc}: ${d.message}`;
    out.push(`  ${tag} ${s(msg)}`);
  }
  if (diags.length > MAX_DIAGNOSTIC_ROWS)
    out.push(c.dim(`  … and ${diags.length - MAX_DIAGNOSTIC_ROWS} more (use --format json)`));
  return out;
}
