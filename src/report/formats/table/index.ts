import type { ReportFormat } from '../../../core/plugin/format.js';

export const tableFormat: ReportFormat = {
  id: 'table',
  description: 'Human summary for the terminal: packages by ecosystem, direct/transitive, scopes, diagnostics.',
  requirements: { network: false },
  mediaType: 'text/plain',
  extension: '.txt',
  sbom: false,
  render: (result) => `${result.inventory.packages.length} packages\n`,
};
