import type { ReportFormat } from '../../../core/plugin/format.js';

/** TODO: not implemented yet. */
export const cyclonedxFormat: ReportFormat = {
  id: 'cyclonedx',
  description: 'cyclonedx SBOM (not implemented yet).',
  requirements: { network: false },
  mediaType: 'application/vnd.cyclonedx+json',
  extension: '.cdx.json',
  sbom: true,
  render: () => '{}\n',
};
