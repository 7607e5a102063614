import type { ReportFormat } from '../../../core/plugin/format.js';

/** TODO: not implemented yet. */
export const spdxFormat: ReportFormat = {
  id: 'spdx',
  description: 'spdx SBOM (not implemented yet).',
  requirements: { network: false },
  mediaType: 'application/spdx+json',
  extension: '.spdx.json',
  sbom: true,
  render: () => '{}\n',
};
