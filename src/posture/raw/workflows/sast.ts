/**
 * SAST facts: tools run by workflow jobs, from a data table (Scorecard's own entries are marked
 * `scorecard: true`: CodeQL's analyze action, Snyk, Pysa, Qodana, hadolint), with the events that start
 * the workflow, and Sonar's `sonar.host.url` in a pom.xml (Scorecard's other SAST signal).
 */
import type { Job, Workflow } from './model.js';
import { extractArgv, isBinaryName } from './shell/commands.js';
import { parseShell } from './shell/tokenize.js';
import { actionName } from './uses.js';

export interface SastTool {
  tool: string;
  /** Action names (no `@ref`), exact. */
  uses?: readonly string[];
  /** Action name prefixes (`snyk/actions/`). */
  usesPrefix?: readonly string[];
  /** Commands in `run:` scripts (first word, or after `pipx run` / `uvx` / `npx`). */
  commands?: readonly string[];
  /** Container images (`job.container`, `docker://` steps), by name without tag. */
  images?: readonly string[];
  scorecard: boolean;
}

export const SAST_TOOLS: readonly SastTool[] = [
  { tool: 'CodeQL', uses: ['github/codeql-action/analyze'], scorecard: true },
  { tool: 'Snyk', usesPrefix: ['snyk/actions/'], commands: ['snyk'], scorecard: true },
  { tool: 'Pysa', uses: ['facebook/pysa-action'], commands: ['pyre'], scorecard: true },
  { tool: 'Qodana', uses: ['JetBrains/qodana-action'], scorecard: true },
  { tool: 'Hadolint', uses: ['hadolint/hadolint-action'], commands: ['hadolint'], scorecard: true },
  {
    tool: 'Bandit',
    uses: ['PyCQA/bandit-action', 'mdegis/bandit-action'],
    commands: ['bandit'],
    scorecard: false,
  },
  { tool: 'Brakeman', commands: ['brakeman'], scorecard: false },
  { tool: 'Checkmarx', uses: ['checkmarx/ast-github-action'], scorecard: false },
  { tool: 'gosec', uses: ['securego/gosec'], commands: ['gosec'], scorecard: false },
  { tool: 'Microsoft Security DevOps', uses: ['microsoft/security-devops-action'], scorecard: false },
  {
    tool: 'Semgrep',
    uses: ['returntocorp/semgrep-action', 'semgrep/semgrep-action'],
    commands: ['semgrep'],
    images: ['semgrep/semgrep', 'returntocorp/semgrep'],
    scorecard: false,
  },
  {
    tool: 'Sonar',
    uses: ['SonarSource/sonarcloud-github-action', 'SonarSource/sonarqube-scan-action'],
    commands: ['sonar-scanner'],
    scorecard: false,
  },
  { tool: 'zizmor', uses: ['zizmorcore/zizmor-action'], commands: ['zizmor'], scorecard: false },
];

export interface SastUse {
  tool: string;
  scorecard: boolean;
  path: string;
  line: number;
  job: string;
  /** Events that start the workflow. */
  triggers: string[];
  /** Started for pull requests (`pull_request`, `pull_request_target`, `merge_group`) / for pushes. */
  onPullRequest: boolean;
  onPush: boolean;
}

const RUNNERS = ['pipx', 'uvx', 'npx'];

/** The program names a script runs (first words, and the tool after `pipx run`/`uvx`/`npx`). */
function programs(script: string): { name: string; line: number }[] {
  const out: { name: string; line: number }[] = [];
  for (const cmd of parseShell(script).commands) {
    const argv = extractArgv(cmd).filter((a) => !a.startsWith('-'));
    const first = argv[0];
    if (first === undefined) continue;
    let name = first;
    if (RUNNERS.some((r) => isBinaryName(r, first))) name = (argv[1] === 'run' ? argv[2] : argv[1]) ?? first;
    else if (['python', 'python3'].some((p) => isBinaryName(p, first)) && argv[1] === undefined) continue;
    out.push({ name, line: cmd.line });
  }
  return out;
}

function imageName(ref: string): string {
  const noDigest = ref.split('@')[0]!;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

function usesTool(t: SastTool, name: string): boolean {
  return (t.uses?.includes(name) ?? false) || (t.usesPrefix?.some((p) => name.startsWith(p)) ?? false);
}

function jobTools(job: Job): { tool: SastTool; line: number }[] {
  const found: { tool: SastTool; line: number }[] = [];
  const container = job.container;
  for (const t of SAST_TOOLS) {
    if (container && t.images?.includes(imageName(container.value)))
      found.push({ tool: t, line: container.line });
  }
  for (const step of job.steps) {
    if (step.uses) {
      const name = actionName(step.uses.value).replace(/^actions:\/\//, '');
      const image = step.uses.ref.kind === 'docker' ? step.uses.ref.image : undefined;
      for (const t of SAST_TOOLS) {
        if (usesTool(t, name) || (image !== undefined && t.images?.includes(image)))
          found.push({ tool: t, line: step.uses.line });
      }
    }
    if (step.run) {
      for (const p of programs(step.run.value)) {
        for (const t of SAST_TOOLS) {
          if (t.commands?.some((c) => isBinaryName(c, p.name)))
            found.push({ tool: t, line: step.run.contentLine + p.line - 1 });
        }
      }
    }
  }
  return found;
}

const PR_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'];

export function sastUses(wf: Workflow): SastUse[] {
  const triggers = wf.triggers.map((t) => t.event);
  const onPullRequest = triggers.some((t) => PR_EVENTS.includes(t));
  const onPush = triggers.includes('push');
  const out: SastUse[] = [];
  for (const job of wf.jobs) {
    for (const { tool, line } of jobTools(job)) {
      out.push({
        tool: tool.tool,
        scorecard: tool.scorecard,
        path: wf.path,
        line,
        job: job.id,
        triggers,
        onPullRequest,
        onPush,
      });
    }
  }
  return out;
}

/** `<sonar.host.url>…</sonar.host.url>` in a pom.xml (Scorecard's Sonar signal), with its line. */
export function sonarHostUrl(text: string): { url: string; line: number } | undefined {
  const open = text.indexOf('<sonar.host.url>');
  if (open < 0) return undefined;
  const close = text.indexOf('</sonar.host.url>', open);
  if (close < 0) return undefined;
  const url = text.slice(open + '<sonar.host.url>'.length, close).trim();
  if (url === '' || /\s/.test(url)) return undefined;
  let line = 1;
  for (let i = 0; i < open; i++) if (text.charCodeAt(i) === 10) line++;
  return { url, line };
}
