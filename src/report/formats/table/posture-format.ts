import pc from 'picocolors';
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { RenderOptions, ReportFormat } from '../../../core/plugin/format.js';
import { sanitizeTerminal as s } from '../../text/sanitize.js';
import { diagnosticLines } from './diagnostics.js';
import { tableFormat } from './index.js';
import { postureLines } from './posture.js';
import { scopeLine } from './scope-line.js';

/** `sterling posture`'s terminal output: the target, then the posture block alone. */
export function renderPostureTable(result: ScanResult, options: RenderOptions = {}): string {
  const c = pc.createColors(options.color === true);
  const out = [
    c.bold(`Sterling ${result.tool.version} · ${s(result.target.name)}`) +
      c.dim(` (${s(result.target.input)})`),
  ];
  const commit =
    result.target.commit ?? (result.posture.status === 'ok' ? result.posture.sources.commit : undefined);
  const scope = scopeLine(result.target, c, commit);
  if (scope) out.push(scope);
  const lines = postureLines(result, c);
  if (lines.length > 0) out.push(...lines);
  else if (result.posture.status === 'not-run')
    out.push('', `Posture not checked: ${s(result.posture.reason)}`);
  // e.g. an expired suppression, an invalid scorecard.yml
  out.push(...diagnosticLines(result.diagnostics, c));
  return `${out.join('\n')}\n`;
}

export const postureFormat: ReportFormat = {
  ...tableFormat,
  description:
    'Posture checks for the terminal: aggregate score, then each check with its score and top reason.',
  render: renderPostureTable,
};
