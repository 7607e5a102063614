import type { Workspace } from '../../workspace/workspace.js';
import { type ActivityFacts, collectActivity } from './activity.js';
import { type BinaryArtifactFacts, collectBinaryArtifacts } from './binary-artifacts.js';
import { type ChangesetFacts, collectChangesets } from './changesets.js';
import { type ContributorFacts, collectContributors } from './contributors.js';
import { collectDependencyUpdateTools, type DependencyUpdateFacts } from './dependency-update-tools.js';
import { collectFiles, type FileFacts } from './files.js';
import { type ForgeFacts, noForge } from './forge/types.js';
import { collectFuzzing, type FuzzingFacts } from './fuzzing.js';
import { collectGitHistory, type GitFacts, MAX_COMMITS } from './git.js';
import { collectLicense, type LicenseFacts } from './license.js';
import { readLicenseText } from './license-text.js';
import { subpathThenRoot } from './scope.js';
import { collectSecurityInsights, type SecurityInsightsFacts } from './security-insights/collect.js';
import { collectSecurityPolicy, type SecurityPolicyFacts } from './security-policy.js';
import {
  collectVulnerabilities,
  type VulnerabilityFacts,
  type VulnerabilitySection,
} from './vulnerabilities.js';
import {
  collectPinningFiles,
  collectSonar,
  collectWorkflows,
  type PinningFileFacts,
  type SonarFacts,
  type WorkflowFacts,
} from './workflow-files.js';

/**
 * Everything probes may look at. Each fact is computed once, on first use (a probe that needs
 * none of the file contents costs nothing), and a collector that throws makes only the probes
 * that use its fact fail.
 */
export interface RawFacts {
  readonly files: FileFacts;
  readonly git: GitFacts;
  /** What only the forge knows, read before the probes run (or why it could not be). */
  readonly forge: ForgeFacts;
  securityPolicy(): SecurityPolicyFacts;
  license(): LicenseFacts;
  dependencyUpdateTools(): DependencyUpdateFacts;
  binaryArtifacts(): BinaryArtifactFacts;
  fuzzing(): FuzzingFacts;
  /** Maintained's facts from git history (recent commits, first commit). */
  activity(): ActivityFacts;
  /** Code-Review's facts from git history (the last changesets and their review evidence). */
  changesets(): ChangesetFacts;
  /** Contributors' facts from git history (organisation e-mail domains of frequent authors). */
  contributors(): ContributorFacts;
  /** Open vulnerabilities from the scan's vulnerability section (grouped as Scorecard does). */
  vulnerabilities(): VulnerabilityFacts;
  /** GitHub Actions workflows, parsed. */
  workflows(): WorkflowFacts;
  /** Dockerfiles and shell scripts with their Pinned-Dependencies facts. */
  pinningFiles(): PinningFileFacts;
  /** `sonar.host.url` in pom.xml files. */
  sonar(): SonarFacts;
  /** security-insights.yml, read and validated (Baseline evidence). */
  securityInsights(): SecurityInsightsFacts;
}

/** What earlier scan stages pass to posture (the vulnerability section, when matching ran first). */
export interface PostureContext {
  vulnerabilities?: VulnerabilitySection;
  /** Forge facts read before the probes (runPosture); left out: every one says no forge settings were given. */
  forge?: ForgeFacts;
}

function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

/**
 * Builds the raw facts of a workspace: the file list and git history now, the rest on demand. With
 * a subpath (checked: workspace/subpath.ts), the history is the commits that touch it and the
 * file-based facts are scoped as SUBPATH_SCOPE says.
 */
export async function collectRaw(
  ws: Workspace,
  context: PostureContext = {},
  subpath?: string,
): Promise<RawFacts> {
  const git = await collectGitHistory(ws.root, MAX_COMMITS, subpath);
  const files = await collectFiles(ws, git.available, subpath);
  return rawFacts(ws, files, git, context);
}

export const NO_FORGE_SETTINGS = 'needs forge access: no forge settings were given';

export function rawFacts(
  ws: Workspace,
  files: FileFacts,
  git: GitFacts,
  context: PostureContext = {},
): RawFacts {
  // Repository-level facts read every file from the root; content facts read the subpath's files.
  const paths = files.paths;
  const scope = files.scope;
  const scoped = scope?.paths ?? paths;
  return {
    files,
    git,
    forge: context.forge ?? noForge(NO_FORGE_SETTINGS),
    securityPolicy: once(() =>
      subpathThenRoot(
        scope,
        paths,
        (ps, prefix) => collectSecurityPolicy(ws, ps, prefix),
        (f) => f.files.length > 0,
      ),
    ),
    license: once(() =>
      subpathThenRoot(
        scope,
        paths,
        (ps, prefix) => collectLicense(ps, (p) => readLicenseText(ws.root, p), prefix),
        (f) => f.files.length > 0,
      ),
    ),
    dependencyUpdateTools: once(() => collectDependencyUpdateTools(ws, paths)),
    binaryArtifacts: once(() => collectBinaryArtifacts(ws, scoped, paths)),
    fuzzing: once(() => collectFuzzing(ws, scoped, paths)),
    activity: once(() => collectActivity(git)),
    changesets: once(() => collectChangesets(git)),
    contributors: once(() => collectContributors(git)),
    vulnerabilities: once(() => collectVulnerabilities(context.vulnerabilities)),
    workflows: once(() => collectWorkflows(ws, paths)),
    pinningFiles: once(() => collectPinningFiles(ws, scoped)),
    // The root pom.xml too: a parent POM configures Sonar for its modules.
    sonar: once(() =>
      collectSonar(ws, scope ? [...(paths.includes('pom.xml') ? ['pom.xml'] : []), ...scoped] : paths),
    ),
    securityInsights: once(() => collectSecurityInsights(ws, paths)),
  };
}
