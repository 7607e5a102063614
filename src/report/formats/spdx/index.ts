import type { ReportFormat } from '../../../core/plugin/format.js';
import { renderSpdx } from './render.js';

/** SPDX 2.3 JSON SBOM: every package and project with purls, checksums and typed relationships. */
export const spdxFormat: ReportFormat = {
  id: 'spdx',
  description:
    'SPDX 2.3 JSON SBOM: every package and workspace project with purls, checksums and dependency relationships.',
  requirements: { network: false },
  mediaType: 'application/spdx+json',
  extension: '.spdx.json',
  sbom: true,
  render: (result) => renderSpdx(result),
};
