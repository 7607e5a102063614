import type { ReportFormat } from '../../../core/plugin/format.js';
import { renderScorecardJson } from './render.js';

/** The posture checks in OpenSSF Scorecard's JSON v2 shape, for tools that read Scorecard results. */
export const scorecardJsonFormat: ReportFormat = {
  id: 'scorecard-json',
  description:
    "Posture checks in OpenSSF Scorecard's JSON v2 shape (date, repo, scorecard, score, checks, metadata); checks Sterling could not run carry score -1 and stay out of the aggregate; maintainer annotations as Scorecard's per-check `annotations` strings.",
  requirements: { network: false },
  mediaType: 'application/json',
  extension: '.scorecard.json',
  sbom: false,
  render: renderScorecardJson,
};
