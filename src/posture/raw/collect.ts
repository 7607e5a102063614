import type { Workspace } from '../../workspace/workspace.js';
import { type BinaryArtifactFacts, collectBinaryArtifacts } from './binary-artifacts.js';
import { collectDependencyUpdateTools, type DependencyUpdateFacts } from './dependency-update-tools.js';
import { collectFiles, type FileFacts } from './files.js';
import { collectFuzzing, type FuzzingFacts } from './fuzzing.js';
import { collectGitHistory, type GitFacts } from './git.js';
import { collectLicense, type LicenseFacts } from './license.js';
import { collectSecurityInsights, type SecurityInsightsFacts } from './security-insights/collect.js';
import { collectSecurityPolicy, type SecurityPolicyFacts } from './security-policy.js';

/**
 * Everything probes may look at. Each fact is computed once, on first use (a probe that needs
 * none of the file contents costs nothing), and a collector that throws makes only the probes
 * that use its fact fail.
 */
export interface RawFacts {
  readonly files: FileFacts;
  readonly git: GitFacts;
  securityPolicy(): SecurityPolicyFacts;
  license(): LicenseFacts;
  dependencyUpdateTools(): DependencyUpdateFacts;
  binaryArtifacts(): BinaryArtifactFacts;
  fuzzing(): FuzzingFacts;
  securityInsights(): SecurityInsightsFacts;
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

/** Builds the raw facts of a workspace: the file list and git history now, the rest on demand. */
export async function collectRaw(ws: Workspace): Promise<RawFacts> {
  const git = await collectGitHistory(ws.root);
  const files = await collectFiles(ws, git.available);
  return rawFacts(ws, files, git);
}

export function rawFacts(ws: Workspace, files: FileFacts, git: GitFacts): RawFacts {
  const paths = files.paths;
  return {
    files,
    git,
    securityPolicy: once(() => collectSecurityPolicy(ws, paths)),
    license: once(() => collectLicense(paths)),
    dependencyUpdateTools: once(() => collectDependencyUpdateTools(ws, paths)),
    binaryArtifacts: once(() => collectBinaryArtifacts(ws, paths)),
    fuzzing: once(() => collectFuzzing(ws, paths)),
    securityInsights: once(() => collectSecurityInsights(ws, paths)),
  };
}
