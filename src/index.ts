/**
 * Sterling as a library: `scan()` a folder or git URL into a ScanResult, then render it with any
 * report format. The CLI (src/cli) is a thin layer over exactly this API.
 *
 *   import { scan, render } from 'sterling';
 *   const result = await scan('path/to/repo');
 *   const sbom = render(result, 'cyclonedx');
 */
import { UsageError } from './core/errors/index.js';
import type { ScanResult } from './core/model/scan-result.js';
import type { RenderOptions } from './core/plugin/format.js';
import { FORMATS, formatById } from './report/registry.js';

export {
  ExternalSourceError,
  InputError,
  InternalError,
  UsageError,
  UserError,
} from './core/errors/index.js';
export type * from './core/model/index.js';
export { SCAN_RESULT_SCHEMA_VERSION } from './core/model/scan-result.js';
export { type ProgressEvent, type ScanOptions, scan } from './core/pipeline/scan.js';
export type { Extractor } from './core/plugin/extractor.js';
export type { RenderOptions, ReportFormat } from './core/plugin/format.js';
export { STERLING_VERSION } from './core/version.js';
export { EXTRACTORS } from './ecosystems/registry.js';
export { renderCycloneDx } from './report/formats/cyclonedx/render.js';
export { renderSpdx } from './report/formats/spdx/render.js';
export { renderTable } from './report/formats/table/index.js';
export { FORMATS } from './report/registry.js';
export { fitBudget, parseBudget } from './tasks/budget.js';
export { buildTasks } from './tasks/index.js';

/** Renders a ScanResult in one of the registered formats (`table`, `json`, `cyclonedx`, `spdx`, ...). */
export function render(result: ScanResult, format: string, options?: RenderOptions): string {
  const f = formatById(format);
  if (!f) {
    throw new UsageError(`unknown format "${format}"`, `Use one of: ${FORMATS.map((x) => x.id).join(', ')}.`);
  }
  return f.render(result, options);
}
