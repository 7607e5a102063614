import type { Colors } from 'picocolors/types.js';
import type { CheckResult } from '../../../core/model/posture.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import { sanitizeTerminal as s } from '../../text/sanitize.js';
import { pad } from './layout.js';
import { annotationLines } from './posture-annotations.js';

function scoreText(c: Colors, check: CheckResult): string {
  if (check.status !== 'scored') return c.dim(pad('?', 6));
  const t = pad(`${check.score}/10`, 6);
  return check.score >= 8 ? c.green(t) : check.score >= 5 ? c.yellow(t) : c.red(t);
}

/**
 * What to do first: for a scored check below 10, the remediation of its first finding to act on, in
 * the check's probe order (most important first; suppressed findings left out). Inconclusive and
 * forge-less checks get none: their reason says what is missing.
 */
function fix(check: CheckResult): string | undefined {
  if (check.status !== 'scored' || check.score >= 10) return undefined;
  const r = check.findings.find((f) => f.remediation && !f.suppressed)?.remediation;
  if (!r) return undefined;
  return `${r.text} (effort ${r.effort}${r.minutes ? `, ~${r.minutes} min` : ''})`;
}

/** The posture block of the terminal summary: aggregate, then one line per check. Empty when it did not run. */
export function postureLines(result: ScanResult, c: Colors): string[] {
  const p = result.posture;
  if (p.status !== 'ok') return [];
  const aggregate = p.aggregateScore < 0 ? '?' : `${p.aggregateScore.toFixed(1)}/10`;
  const out = [
    '',
    `${c.bold('Posture')}      ${aggregate} (Scorecard ${s(p.scorecardCompat)}-compatible, from ${p.sources.files === 'git-tracked' ? 'git-tracked files' : 'the folder'})`,
  ];
  const width = Math.max(...p.checks.map((ch) => ch.name.length)) + 2;
  for (const ch of p.checks) {
    // needs-forge says so in its reason already.
    const status = ch.status === 'scored' || ch.status === 'needs-forge' ? '' : c.dim(` [${ch.status}]`);
    out.push(`  ${scoreText(c, ch)}${pad(s(ch.name), width)}${s(ch.reason)}${status}`);
    const todo = fix(ch);
    if (todo) out.push(c.dim(`${' '.repeat(8 + width)}fix: ${s(todo)}`));
    for (const line of annotationLines(ch)) out.push(c.dim(`${' '.repeat(8 + width)}${line}`));
  }
  if (p.sources.gitNote) out.push(c.dim(`  git history: ${s(p.sources.gitNote)}`));
  const forge = p.sources.forge;
  if (forge?.repository) out.push(c.dim(`  forge: ${s(forge.repository)}, ${forge.requests} request(s)`));
  else if (forge?.note) out.push(c.dim(`  forge: ${s(forge.note)}`));
  return out;
}
