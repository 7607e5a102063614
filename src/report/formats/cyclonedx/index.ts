import type { ReportFormat } from '../../../core/plugin/format.js';
import { renderCycloneDx } from './render.js';

/** CycloneDX 1.6 JSON SBOM: packages, workspace projects and the full dependency graph. */
export const cyclonedxFormat: ReportFormat = {
  id: 'cyclonedx',
  description:
    'CycloneDX 1.6 JSON SBOM: every package and workspace project with purls, hashes, scopes and the dependency graph.',
  requirements: { network: false },
  mediaType: 'application/vnd.cyclonedx+json',
  extension: '.cdx.json',
  sbom: true,
  render: (result) => renderCycloneDx(result),
};
