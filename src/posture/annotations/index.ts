/**
 * Maintainer annotations of posture results: sterling.yaml's `posture.suppress` and the repository's
 * scorecard.yml, applied after the checks are evaluated (scores unchanged, as in Scorecard).
 */
import type { PostureSuppressEntry } from '../../config/schema.js';
import type { PostureReport } from '../../core/model/posture.js';
import type { Workspace } from '../../workspace/workspace.js';
import { type AnnotatedPosture, applyAnnotations } from './apply.js';
import { ruleFromConfig } from './rules.js';
import { readScorecardYml } from './scorecard-yml.js';

export { type AnnotatedPosture, applyAnnotations, MAX_SCORE } from './apply.js';
export { type AnnotationRule, ruleFromConfig } from './rules.js';
export { parseScorecardYml, readScorecardYml, SCORECARD_YML_PATHS } from './scorecard-yml.js';

export interface AnnotationInput {
  ws: Workspace;
  /** The files posture sees (where scorecard.yml is looked for). */
  paths: readonly string[];
  /** sterling.yaml's `posture.suppress`, with file and line. */
  suppressions: readonly PostureSuppressEntry[];
  /** The scan's date, YYYY-MM-DD (UTC): suppressions with `until` before it have expired. */
  today: string;
}

/** The report with sterling.yaml's suppressions (first: the project's own words win) and scorecard.yml's annotations. */
export function annotatePosture(report: PostureReport, input: AnnotationInput): AnnotatedPosture {
  const fromFile = readScorecardYml(input.ws, input.paths);
  const rules = [...input.suppressions.map(ruleFromConfig), ...fromFile.rules];
  const applied = applyAnnotations(report, rules, input.today);
  return { report: applied.report, diagnostics: [...fromFile.diagnostics, ...applied.diagnostics] };
}
