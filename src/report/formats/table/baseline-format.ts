import pc from 'picocolors';
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { RenderOptions, ReportFormat } from '../../../core/plugin/format.js';
import { sanitizeTerminal as s } from '../../text/sanitize.js';
import { baselineLines } from './baseline.js';
import { tableFormat } from './index.js';
import { scopeLine } from './scope-line.js';

/** `sterling baseline`'s terminal output: the target, then the Baseline block alone. */
export function renderBaselineTable(result: ScanResult, options: RenderOptions = {}): string {
  const c = pc.createColors(options.color === true);
  const out = [
    c.bold(`Sterling ${result.tool.version} · ${s(result.target.name)}`) +
      c.dim(` (${s(result.target.input)})`),
  ];
  const scope = scopeLine(result.target, c);
  if (scope) out.push(scope);
  const lines = baselineLines(result, c);
  if (lines.length > 0) out.push(...lines);
  else if (result.baseline.status === 'not-run')
    out.push('', `Baseline not evaluated: ${s(result.baseline.reason)}`);
  return `${out.join('\n')}\n`;
}

export const baselineFormat: ReportFormat = {
  ...tableFormat,
  description:
    'OSPS Baseline for the terminal: level reached, then per level the requirements not met and why.',
  render: renderBaselineTable,
};
