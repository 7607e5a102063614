import type { ReportFormat } from '../../../core/plugin/format.js';

/** The ScanResult itself, as documented by schema/scan-result.schema.json. */
export const jsonFormat: ReportFormat = {
  id: 'json',
  description: 'The full ScanResult as JSON (versioned schema: schema/scan-result.schema.json).',
  requirements: { network: false },
  mediaType: 'application/json',
  extension: '.json',
  sbom: false,
  render: (result) => `${JSON.stringify(result, null, 2)}\n`,
};
