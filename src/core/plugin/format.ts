import type { PreviousScan } from '../model/comparison.js';
import type { ScanResult } from '../model/scan-result.js';
import type { PluginMeta } from './plugin.js';

export interface RenderOptions {
  /** Terminal formats: emit ANSI colours. Other formats ignore it. */
  color?: boolean;
  /** Terminal formats: the width to fit (columns); long names and titles are cut with `…`. */
  width?: number;
  /** An earlier scan (`scan --compare`): formats that can mark findings new, changed or fixed do. */
  previous?: PreviousScan;
}

/** A report format: a pure function of a ScanResult to text. The CLI writes the text; formats never do IO. */
export interface ReportFormat extends PluginMeta {
  /** Media type of the output, e.g. `application/vnd.cyclonedx+json`. */
  readonly mediaType: string;
  /** Suggested file extension, e.g. `.cdx.json`. */
  readonly extension: string;
  /** True for SBOM formats (the ones `sterling sbom` offers). */
  readonly sbom: boolean;
  render(result: ScanResult, options?: RenderOptions): string;
}
