import type { ScanResult } from '../model/scan-result.js';
import type { PluginMeta } from './plugin.js';

export interface RenderOptions {
  /** Terminal formats: emit ANSI colours. Other formats ignore it. */
  color?: boolean;
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
