/**
 * Raw facts for the workflow-based checks: the GitHub Actions workflows parsed into the workflow
 * layer's model, the Dockerfiles and shell scripts Pinned-Dependencies reads, and Sonar's
 * `sonar.host.url` in pom.xml files. Files are read through the workspace (its size cap and link
 * rules); the analyses themselves are the pure functions of `./workflows/`.
 */
import type { Workspace } from '../../workspace/workspace.js';
import { readHead } from './head.js';
import {
  dockerfilePinning,
  hasCommands,
  isScorecardDockerfile,
  isScorecardShellScript,
  isScorecardWorkflowPath,
  mayHoldFacts,
  type ParsedWorkflow,
  type PinningResult,
  parseWorkflow,
  shellScriptPinning,
  sonarHostUrl,
} from './workflows/index.js';

/** A file that could not be read from the workspace (size cap, link out of the tree, ...). */
export interface UnreadFile {
  path: string;
  reason: string;
}

export interface WorkflowFacts {
  /** Workflow files with more than comments (Scorecard counts only those), in file-list order. */
  workflows: { path: string; parsed: ParsedWorkflow }[];
  unread: UnreadFile[];
}

export interface PinningFileFacts {
  /** Dockerfiles and shell scripts, in file-list order, with their Pinned-Dependencies facts. */
  files: { path: string; kind: 'dockerfile' | 'shell'; result: PinningResult }[];
  unread: UnreadFile[];
}

export interface SonarFacts {
  configs: { path: string; url: string; line: number }[];
  unread: UnreadFile[];
}

/** Bytes read to find the first line (a shebang) of a file whose path alone does not decide. */
const SHEBANG_HEAD = 256;

function read(ws: Workspace, path: string, unread: UnreadFile[]): string | undefined {
  const r = ws.read(path);
  if (r.ok) return r.text;
  unread.push({ path, reason: r.skip.detail ? `${r.skip.reason}: ${r.skip.detail}` : r.skip.reason });
  return undefined;
}

export function collectWorkflows(ws: Workspace, paths: readonly string[]): WorkflowFacts {
  const facts: WorkflowFacts = { workflows: [], unread: [] };
  for (const path of paths) {
    if (!isScorecardWorkflowPath(path)) continue;
    const text = read(ws, path, facts.unread);
    if (text === undefined || !hasCommands(text)) continue;
    facts.workflows.push({ path, parsed: parseWorkflow(path, text) });
  }
  return facts;
}

/** The workflow layer's cheap filter; the head of the file is read only when the path does not decide. */
function mayHold(ws: Workspace, path: string): boolean {
  if (mayHoldFacts(path, '')) return true;
  const head = readHead(ws.root, path, SHEBANG_HEAD);
  if (head === undefined || head[0] !== 0x23 || head[1] !== 0x21) return false; // '#!'
  const text = head.toString('utf8');
  const nl = text.indexOf('\n');
  return mayHoldFacts(path, nl < 0 ? text : text.slice(0, nl));
}

export function collectPinningFiles(ws: Workspace, paths: readonly string[]): PinningFileFacts {
  const facts: PinningFileFacts = { files: [], unread: [] };
  for (const path of paths) {
    if (isScorecardWorkflowPath(path) || !mayHold(ws, path)) continue;
    const text = read(ws, path, facts.unread);
    if (text === undefined) continue;
    if (isScorecardShellScript(path, text)) {
      facts.files.push({ path, kind: 'shell', result: shellScriptPinning(path, text) });
    } else if (isScorecardDockerfile(path, text)) {
      facts.files.push({ path, kind: 'dockerfile', result: dockerfilePinning(path, text) });
    }
  }
  return facts;
}

export function collectSonar(ws: Workspace, paths: readonly string[]): SonarFacts {
  const facts: SonarFacts = { configs: [], unread: [] };
  for (const path of paths) {
    if (path.slice(path.lastIndexOf('/') + 1).toLowerCase() !== 'pom.xml') continue;
    const text = read(ws, path, facts.unread);
    const hit = text === undefined ? undefined : sonarHostUrl(text);
    if (hit) facts.configs.push({ path, ...hit });
  }
  return facts;
}
