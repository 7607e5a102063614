import type { ReportFormat } from '../../../core/plugin/format.js';
import { renderOpenVex } from './render.js';

/** OpenVEX 0.2.0: one statement per vulnerability finding (affected, or the suppression's status). */
export const openvexFormat: ReportFormat = {
  id: 'openvex',
  description:
    'OpenVEX 0.2.0: a statement per vulnerability finding, the scanned project as product and the package as subcomponent; affected with the action to take, or the status of its suppression.',
  requirements: { network: false },
  // The OpenVEX spec names no media type (application/vnd.openvex+json is used by OCI tools but is
  // neither in the spec nor registered).
  mediaType: 'application/json',
  extension: '.openvex.json',
  sbom: false,
  render: (result) => renderOpenVex(result),
};
