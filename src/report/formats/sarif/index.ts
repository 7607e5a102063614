import type { ReportFormat } from '../../../core/plugin/format.js';
import { renderSarif } from './render.js';

/** SARIF 2.1.0 for GitHub code scanning: vulnerabilities (a result per lockfile location) and failing posture checks. */
export const sarifFormat: ReportFormat = {
  id: 'sarif',
  description:
    'SARIF 2.1.0 for GitHub code scanning: a rule per vulnerability (security-severity), a result per lockfile line; a rule per posture check and a result per failing finding of a check below 10 (Scorecard conventions); stable fingerprints, suppressions, within GitHub limits.',
  requirements: { network: false },
  mediaType: 'application/sarif+json',
  extension: '.sarif',
  sbom: false,
  render: (result) => renderSarif(result),
};
