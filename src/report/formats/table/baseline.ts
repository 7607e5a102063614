import type { Colors } from 'picocolors/types.js';
import type {
  BaselineReport,
  BaselineRequirementResult,
  BaselineStatus,
} from '../../../core/model/baseline.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import { sanitizeTerminal as s } from '../../text/sanitize.js';
import { pad } from './layout.js';

function countsText(b: BaselineReport): string {
  const c = b.counts;
  return `${c.pass} pass, ${c.fail} fail, ${c['needs-review']} need review, ${c['not-applicable']} not applicable${c.error ? `, ${c.error} error` : ''}`;
}

/** The one line `sterling scan`'s table gives the Baseline. Empty when it did not run. */
export function baselineSummaryLines(result: ScanResult, c: Colors): string[] {
  const b = result.baseline;
  if (b.status !== 'ok') return [];
  return [
    '',
    `${c.bold('Baseline')}     level ${b.levelReached} of 3 (OSPS Baseline ${s(b.version)}: ${countsText(b)}; \`sterling baseline\` lists what is missing)`,
  ];
}

function statusText(c: Colors, status: BaselineStatus): string {
  const t = pad(status, 15);
  if (status === 'fail' || status === 'error') return c.red(t);
  if (status === 'needs-review') return c.yellow(t);
  return c.green(t);
}

function where(r: BaselineRequirementResult): string {
  const e = r.evidence.find((x) => x.path !== undefined);
  if (!e?.path) return '';
  return ` (${e.path}${e.line ? `:${e.line}` : ''})`;
}

/** `sterling baseline`'s body: the level reached, then per level the requirements not met. */
export function baselineLines(result: ScanResult, c: Colors): string[] {
  const b = result.baseline;
  if (b.status !== 'ok') return [];
  const out = [
    '',
    `${c.bold(`OSPS Baseline ${s(b.version)}`)}: level ${b.levelReached} of 3 reached (${countsText(b)})`,
  ];
  const attested = b.requirements.filter(
    (r) =>
      (r.status === 'pass' || r.status === 'not-applicable') &&
      r.evidence.some((e) => e.kind === 'attestation'),
  );
  if (attested.length > 0) {
    out.push(
      c.yellow(
        `${attested.length} requirement(s) rest on the maintainers' attestations, not on what Sterling saw: ${attested.map((r) => s(r.id)).join(', ')}`,
      ),
    );
  }
  const si = b.securityInsights;
  if (si.status === 'absent')
    out.push(c.dim('security-insights.yml: none (its declarations would count as evidence)'));
  else if (si.status === 'valid') {
    const warned = si.warnings?.length
      ? c.yellow(`; ${si.warnings.length} warning(s), first: ${s(si.warnings[0]!)}`)
      : '';
    out.push(`security-insights.yml: ${s(si.path ?? '')}, schema ${s(si.schemaVersion ?? '?')}${warned}`);
  } else out.push(c.red(`security-insights.yml: invalid, not used: ${s(si.errors?.[0] ?? '')}`));
  for (const level of b.levels) {
    const head = `Level ${level.level}: ${level.met} of ${level.total} met`;
    if (level.missing.length === 0) {
      out.push('', `${c.bold(head)} ${c.green('(nothing missing at this level)')}`);
      continue;
    }
    out.push('', `${c.bold(head)}; not met at this level:`);
    for (const id of level.missing) {
      const r = b.requirements.find((x) => x.id === id);
      if (!r) continue;
      out.push(`  ${pad(s(r.id), 15)}${statusText(c, r.status)}${s(r.title)}`);
      out.push(c.dim(`${' '.repeat(32)}${s(r.reason)}${s(where(r))}`));
    }
  }
  out.push(
    '',
    c.dim(
      `Every requirement with its evidence: --format json. The requirements: ${b.requirements[0]?.url.split('#')[0] ?? ''}`,
    ),
  );
  return out;
}
