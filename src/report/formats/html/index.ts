import type { ReportFormat } from '../../../core/plugin/format.js';
import { buildTasks } from '../../../tasks/index.js';
import { renderHtml } from './render.js';

/** One self-contained HTML page: summary and charts, tasks, vulnerabilities, posture, Baseline, inventory. */
export const htmlFormat: ReportFormat = {
  id: 'html',
  description:
    'Self-contained HTML report (works offline, strict Content-Security-Policy): executive summary, charts, tasks, filterable vulnerabilities, posture, OSPS Baseline, inventory.',
  requirements: { network: false },
  mediaType: 'text/html',
  extension: '.html',
  sbom: false,
  render: (result) => renderHtml(result, buildTasks(result)),
};
