/**
 * Unpinned downloads and installs in one shell script, as Scorecard's validateShellFileAndRecord
 * walks it: `curl … | sh`, `bash <(wget …)`, a downloaded file run later (the set of downloaded files
 * is shared by the caller across the scripts of one job or Dockerfile), `sh -c "…"` read again, and
 * package-manager installs. Lines are 1-based within the script.
 */
import {
  downloadOutput,
  extractArgv,
  fileKey,
  filesRun,
  hasUnpinnedUrls,
  interpreterWithCommandFlag,
  isDownloadUtility,
  isInterpreter,
  isShellInterpreterOrCommand,
} from './commands.js';
import { type PackageCommandType, packageCommand } from './package-managers.js';
import { parseShell, SHELL_LIMITS, type ShellCommand } from './tokenize.js';

/** Downloaded files remembered per job or Dockerfile; more are not tracked (a hostile script's). */
export const MAX_DOWNLOADED = 10_000;

export interface ScriptDependency {
  type: 'downloadThenRun' | PackageCommandType;
  pinned: boolean;
  line: number;
  snippet: string;
}

export interface ScriptAnalysis {
  dependencies: ScriptDependency[];
  /** Scripts (or `sh -c` strings) the reader could not read; Scorecard skips them the same way. */
  errors: { line: number; message: string }[];
}

function redirectFile(cmd: ShellCommand): string | undefined {
  const r = cmd.redirects.find((x) => x.op === '>' && x.target?.kind === 'lit');
  return r?.target?.text;
}

/** `downloaded`: keys (fileKey) of files downloaded before, shared by the caller across scripts; updated. */
export function analyzeScript(script: string, downloaded: Set<string>, depth = 0): ScriptAnalysis {
  const out: ScriptAnalysis = { dependencies: [], errors: [] };
  const parsed = parseShell(script);
  if (parsed.error) {
    out.errors.push(parsed.error);
    return out;
  }
  const stages = new Map<number, ShellCommand>();
  const add = (type: ScriptDependency['type'], pinned: boolean, line: number, start: number, end: number) =>
    out.dependencies.push({ type, pinned, line, snippet: script.slice(start, end) });

  for (const cmd of parsed.commands) {
    const argv = extractArgv(cmd);
    const before = stages.get(cmd.pipeline);
    stages.set(cmd.pipeline, cmd);

    // interpreter -c "…": read the string as a script of its own
    const interp = interpreterWithCommandFlag(argv);
    const inline = cmd.words.find((w) => w.kind === 'single' || (w.kind === 'double' && w.text !== ''));
    if (interp && inline && isShellInterpreterOrCommand(interp) && depth < SHELL_LIMITS.maxDepth) {
      const sub = analyzeScript(inline.text, downloaded, depth + 1);
      for (const d of sub.dependencies) out.dependencies.push({ ...d, line: cmd.line + d.line - 1 });
      for (const e of sub.errors) out.errors.push({ ...e, line: cmd.line + e.line - 1 });
    }

    // download | interpreter
    if (before && before.stage === cmd.stage - 1) {
      const left = extractArgv(before);
      if (isDownloadUtility(left) && isInterpreter(argv) && hasUnpinnedUrls(left))
        add('downloadThenRun', false, before.line, before.start, cmd.end);
    }

    // a file downloaded earlier, run now
    for (const _ of filesRun(argv, downloaded)) add('downloadThenRun', false, cmd.line, cmd.start, cmd.end);

    // interpreter <(download)
    const proc = cmd.words[1]?.procSubst?.[0];
    if (proc && isInterpreter(argv) && isDownloadUtility(extractArgv(proc)))
      add('downloadThenRun', false, cmd.line, cmd.start, cmd.end);

    const pkg = packageCommand(argv);
    if (pkg) add(pkg.type, pkg.pinned, cmd.line, cmd.start, cmd.end);

    if (isDownloadUtility(argv) && hasUnpinnedUrls(argv)) {
      const file = downloadOutput(argv, redirectFile(cmd));
      if (file !== undefined && downloaded.size < MAX_DOWNLOADED) downloaded.add(fileKey(file));
    }
  }
  return out;
}
