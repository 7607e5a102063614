/**
 * The workflow layer of posture: GitHub Actions workflows read into a position-carrying model, and
 * pure analyses over it (and over Dockerfiles and shell scripts) that return Scorecard-compatible raw
 * facts with file:line. Probes wrap these; see DEVELOPERS.md, "Posture: the workflow layer".
 */
export { type DangerousPattern, dangerousPatterns, PRIVILEGED_TRIGGERS } from './dangerous.js';
export { dockerfilePinning } from './dockerfile-pinning.js';
export { isUntrustedContext, scanExpressions } from './expressions.js';
export { collectWorkflowFacts, mayHoldFacts, type WorkflowFacts } from './facts.js';
export {
  inVendorDir,
  isScorecardDockerfile,
  isScorecardShellScript,
  isTemplateFile,
  shellScriptPinning,
} from './files-pinning.js';
export type { JobMatch, JobMatcher } from './job-matcher.js';
export type * from './model.js';
export { PACKAGING_MATCHERS, packagingJobs } from './packaging.js';
export { hasCommands, isScorecardWorkflowPath, parseWorkflow } from './parse.js';
export { SARIF_ACTIONS, SCOPES_OF_INTEREST, type TokenPermission, tokenPermissions } from './permissions.js';
export { isActionPinned, type PinnedDependency, type PinningResult, workflowPinning } from './pinning.js';
export { SAST_TOOLS, type SastUse, sastUses, sonarHostUrl } from './sast.js';
