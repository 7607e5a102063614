import type { Colors } from 'picocolors/types.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { SeverityLevel } from '../../../core/model/vulnerability.js';
import { bySeverity, findingLevel } from '../../severity-order.js';
import { sanitizeTerminal as s } from '../../text/sanitize.js';
import { clipPlain, DEFAULT_TABLE_WIDTH, fitLine, pad } from './layout.js';

const MAX_FINDING_ROWS = 50;

/** Severity colours: malicious and critical bold red, high red, medium yellow, low blue, the rest dim. */
export function paint(c: Colors, level: SeverityLevel | 'malicious', text: string): string {
  if (level === 'malicious' || level === 'critical') return c.red(c.bold(text));
  if (level === 'high') return c.red(text);
  if (level === 'medium') return c.yellow(text);
  if (level === 'low') return c.blue(text);
  return c.dim(text);
}

function age(hours: number | undefined): string {
  if (hours === undefined) return 'age unknown';
  return hours < 48 ? `${hours} h old` : `${Math.floor(hours / 24)} days old`;
}

/**
 * The vulnerabilities block of the terminal summary; empty when matching did not run. Rows fit
 * `width`: the package column takes what the fixed columns leave, long names end with `…`.
 */
export function vulnerabilityLines(result: ScanResult, c: Colors, width = DEFAULT_TABLE_WIDTH): string[] {
  const v = result.vulnerabilities;
  if (v.status !== 'ok') return [];
  const out: string[] = [''];
  const n = v.counts;
  const open = v.findings.filter((f) => !f.suppressed);
  const summary = (['critical', 'high', 'medium', 'low', 'unknown'] as const)
    .filter((k) => n[k] > 0)
    .map((k) => paint(c, k, `${k} ${n[k]}`));
  if (n.malicious > 0) summary.unshift(paint(c, 'malicious', `malicious ${n.malicious}`));
  if (n.suppressed > 0) summary.push(c.dim(`suppressed ${n.suppressed}`));
  out.push(`${c.bold(`${open.length} open`)}${summary.length ? ` (${summary.join(', ')})` : ''}`);

  const rows = [...open].sort(bySeverity);
  const shown = rows.slice(0, MAX_FINDING_ROWS);
  // As wide as the longest name@version, within what severity (10), id (22) and ~20 for the fix leave.
  const longest = Math.max(0, ...shown.map((f) => s(`${f.package.name}@${f.package.version}`).length));
  const nameWidth = Math.min(longest + 2, Math.max(16, width - 2 - 10 - 22 - 20));
  for (const f of shown) {
    const lvl = findingLevel(f);
    const top = f.paths[0] && f.paths[0].length > 1 ? (f.paths[0][0] ?? '') : '';
    // Package ids are `<ecosystem>:<name>@<version>…`; the name is what people recognise.
    const via = top ? c.dim(` via ${s(top.slice(top.indexOf(':') + 1))}`) : '';
    const name = clipPlain(s(`${f.package.name}@${f.package.version}`), nameWidth - 1);
    out.push(
      fitLine(
        `  ${paint(c, lvl, pad(lvl, 10))}${pad(s(f.id), 22)}${pad(name, nameWidth)}` +
          `${f.fixedIn ? `fixed in ${s(f.fixedIn)}` : c.dim('no fix yet')}${via}` +
          (f.tags ? c.dim(` [${f.tags.join(',')} only]`) : ''),
        width,
      ),
    );
  }
  if (rows.length > MAX_FINDING_ROWS)
    out.push(c.dim(`  … ${rows.length - MAX_FINDING_ROWS} more (see --format json)`));
  if (v.unchecked.length > 0) {
    out.push(
      c.yellow(
        `  ${v.unchecked.length} packages could not be checked (see --format json: vulnerabilities.unchecked)`,
      ),
    );
  }
  const db = v.database;
  const sources = db.sources.map((x) => `${s(x.ecosystem)} ${x.records}`).join(', ');
  out.push(c.dim(`  data: ${sources || 'none'} · ${age(db.ageHours)}`));
  if (db.missingEcosystems.length > 0) {
    out.push(c.yellow(`  no vulnerability data for: ${db.missingEcosystems.map(s).join(', ')}`));
  }
  if (db.updateError) out.push(c.yellow(`  update failed, used the existing data: ${s(db.updateError)}`));
  return out;
}
