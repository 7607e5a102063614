import type { ReportFormat } from '../core/plugin/format.js';
import { cyclonedxFormat } from './formats/cyclonedx/index.js';
import { htmlFormat } from './formats/html/index.js';
import { jsonFormat } from './formats/json/index.js';
import { markdownFormat } from './formats/markdown/index.js';
import { openvexFormat } from './formats/openvex/index.js';
import { sarifFormat } from './formats/sarif/index.js';
import { scorecardJsonFormat } from './formats/scorecard-json/index.js';
import { spdxFormat } from './formats/spdx/index.js';
import { tableFormat } from './formats/table/index.js';

/** Every report format, sorted by id. */
export const FORMATS: readonly ReportFormat[] = [
  cyclonedxFormat,
  htmlFormat,
  jsonFormat,
  markdownFormat,
  openvexFormat,
  sarifFormat,
  scorecardJsonFormat,
  spdxFormat,
  tableFormat,
];

export function formatById(id: string): ReportFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}
