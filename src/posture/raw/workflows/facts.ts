/**
 * All workflow-layer facts of a repository in one pass, with Scorecard's file selection: workflows are
 * `.github/workflows/*.yml|yaml` (counted only when they hold more than comments, as Scorecard counts
 * them), Dockerfiles and shell scripts as Scorecard recognises them, `pom.xml` for Sonar. Pure: the
 * caller reads the files (see `mayHoldFacts` for which) and passes their text.
 */
import { type DangerousPattern, dangerousPatterns } from './dangerous.js';
import { dockerfilePinning } from './dockerfile-pinning.js';
import { isScorecardDockerfile, isScorecardShellScript, shellScriptPinning } from './files-pinning.js';
import type { JobMatch } from './job-matcher.js';
import type { WorkflowProblem } from './model.js';
import { packagingJobs } from './packaging.js';
import { isScorecardWorkflowPath, parseWorkflow } from './parse.js';
import { type TokenPermission, tokenPermissions } from './permissions.js';
import { type PinnedDependency, workflowPinning } from './pinning.js';
import { type SastUse, sastUses, sonarHostUrl } from './sast.js';

export interface WorkflowFacts {
  /** Workflow files with more than comments: Scorecard's NumWorkflows (Dangerous-Workflow) and NumTokens (Token-Permissions). */
  workflowCount: number;
  tokenPermissions: TokenPermission[];
  dangerous: DangerousPattern[];
  /** GitHub Actions, run steps, Dockerfiles and shell scripts. */
  pinning: PinnedDependency[];
  sast: SastUse[];
  sonar: { path: string; url: string; line: number }[];
  packaging: (JobMatch & { path: string })[];
  /** Files or parts that could not be read, each with path and line. */
  problems: WorkflowProblem[];
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Whether a file can hold facts, from its path and first line: a cheap filter for the caller. A file
 * without a shell extension may still be a shell script by its shebang, hence `firstLine`.
 */
export function mayHoldFacts(path: string, firstLine: string): boolean {
  const name = basename(path).toLowerCase();
  return (
    isScorecardWorkflowPath(path) ||
    name.includes('dockerfile') ||
    name === 'pom.xml' ||
    isScorecardShellScript(path, firstLine)
  );
}

export function collectWorkflowFacts(files: Iterable<{ path: string; text: string }>): WorkflowFacts {
  const out: WorkflowFacts = {
    workflowCount: 0,
    tokenPermissions: [],
    dangerous: [],
    pinning: [],
    sast: [],
    sonar: [],
    packaging: [],
    problems: [],
  };
  for (const { path, text } of files) {
    if (isScorecardWorkflowPath(path)) {
      const r = parseWorkflow(path, text);
      if (!r.hasCommands) continue;
      out.workflowCount++;
      if (!r.ok) {
        out.problems.push(r.problem);
        continue;
      }
      const wf = r.workflow;
      out.problems.push(...r.problems);
      out.tokenPermissions.push(...tokenPermissions(wf));
      const d = dangerousPatterns(wf);
      out.dangerous.push(...d.patterns);
      out.problems.push(...d.problems);
      const p = workflowPinning(wf);
      out.pinning.push(...p.dependencies);
      out.problems.push(...p.problems);
      out.sast.push(...sastUses(wf));
      out.packaging.push(...packagingJobs(wf).map((m) => ({ ...m, path })));
      continue;
    }
    if (basename(path).toLowerCase() === 'pom.xml') {
      const sonar = sonarHostUrl(text);
      if (sonar) out.sonar.push({ path, ...sonar });
    }
    const pinning = isScorecardShellScript(path, text)
      ? shellScriptPinning(path, text)
      : isScorecardDockerfile(path, text)
        ? dockerfilePinning(path, text)
        : undefined;
    if (pinning) {
      out.pinning.push(...pinning.dependencies);
      out.problems.push(...pinning.problems);
    }
  }
  return out;
}
