/**
 * Pinned-Dependencies facts outside workflows, as Scorecard finds them: Dockerfiles (`FROM` pinned by
 * sha256 digest, downloads and installs in `RUN`) and shell scripts (downloads and installs). Which
 * files are which follows Scorecard: see isScorecardDockerfile and isScorecardShellScript.
 */
import { readInstructions } from '../../../ecosystems/container/dockerfile/instructions.js';
import { hasCommands } from './parse.js';
import type { PinnedDependency, PinningResult } from './pinning.js';
import { analyzeScript } from './shell/analyze.js';
import { isBinaryName } from './shell/commands.js';

const NOT_DOCKERFILE = ['.go', '.c', '.cpp', '.rs', '.js', '.py', '.pyc', '.java'];
const SHELLS = ['sh', 'bash', 'mksh'];

function base(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Under `vendor/` or `third_party/` (any case): Scorecard skips Dockerfiles there. */
export function inVendorDir(path: string): boolean {
  return path.split('/').some((d) => ['vendor', 'third_party'].includes(d.toLowerCase()));
}

/** A shell script Scorecard reads: a sh/bash/mksh shebang decides; without one, the extension. */
export function isScorecardShellScript(path: string, text: string): boolean {
  const ext = SHELLS.some((s) => path.endsWith(`.${s}`));
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  if (!first.startsWith('#!')) return ext;
  const parts = first.slice(2).replace(/\r$/, '').split(' ');
  return SHELLS.some(
    (s) =>
      (parts[0] !== undefined && isBinaryName(s, parts[0])) ||
      (parts.length >= 2 && isBinaryName('env', parts[0]!) && isBinaryName(s, parts[1]!)),
  );
}

/** Scorecard's Dockerfile test: `dockerfile` in the file name (any case), not source code or a shell script. */
export function isScorecardDockerfile(path: string, text: string): boolean {
  if (!base(path).toLowerCase().includes('dockerfile')) return false;
  if (NOT_DOCKERFILE.some((e) => path.endsWith(e))) return false;
  return !isScorecardShellScript(path, text) && !hasShellShebang(text);
}

function hasShellShebang(text: string): boolean {
  if (!text.startsWith('#!')) return false;
  const first = text.slice(2, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')).split(' ');
  const shells = ['exec', 'su', 'sh', 'bash', 'mksh', 'dash', 'ksh'];
  return shells.some(
    (s) =>
      isBinaryName(s, first[0] ?? '') ||
      (isBinaryName('env', first[0] ?? '') && isBinaryName(s, first[1] ?? '')),
  );
}

/** `template`, `tmpl` or `tpl` as a `.`/`-`/`_`-separated part of the file name. */
export function isTemplateFile(path: string): boolean {
  return base(path)
    .split(/[._-]/)
    .some((p) => ['template', 'tmpl', 'tpl'].includes(p.toLowerCase()));
}

function isDigestPinned(image: string): boolean {
  const at = image.indexOf('@sha256:');
  if (at < 0) return false;
  const rest = image.slice(at + 8);
  return rest.startsWith('${') || /^[0-9a-f]{64}/.test(rest);
}

/**
 * The shell text of a RUN. Exec form (`["sh", "-c", "npm ci"]`): the words joined with spaces, as
 * Scorecard does; Sterling quotes the script of `[shell, -c, script]` when it is not quoted already,
 * so that it stays one argument (Scorecard's plain join splits it and misses what it runs).
 */
function runScript(args: string): string {
  if (!args.startsWith('[')) return args;
  let list: unknown;
  try {
    list = JSON.parse(args);
  } catch {
    return args;
  }
  if (!Array.isArray(list) || !list.every((x): x is string => typeof x === 'string')) return args;
  const [bin, flag, script] = list;
  const shellScript =
    list.length === 3 &&
    SHELLS.some((s) => isBinaryName(s, bin ?? '')) &&
    flag?.startsWith('-') === true &&
    flag.includes('c') &&
    script !== undefined &&
    !script.startsWith('"') &&
    !script.includes("'");
  return shellScript ? `${bin} ${flag} '${script}'` : list.join(' ');
}

export function dockerfilePinning(path: string, text: string): PinningResult {
  const result: PinningResult = { dependencies: [], problems: [] };
  if (inVendorDir(path) || !hasCommands(text)) return result;
  const stages = new Map<string, boolean>();
  const args = new Map<string, string>();
  const downloaded = new Set<string>();
  const template = isTemplateFile(path);
  for (const ins of readInstructions(text)) {
    if (ins.keyword === 'ARG') {
      for (const w of ins.args.split(/\s+/)) {
        const eq = w.indexOf('=');
        if (eq > 0) args.set(w.slice(0, eq), w.slice(eq + 1));
      }
    } else if (ins.keyword === 'RUN') {
      const scan = analyzeScript(runScript(ins.args), downloaded);
      for (const d of scan.dependencies) result.dependencies.push({ ...d, path, line: ins.line });
      for (const e of scan.errors)
        result.problems.push({
          path,
          line: ins.line,
          code: 'invalid-entry',
          message: `RUN not read: ${e.message}`,
        });
    } else if (ins.keyword === 'FROM' && !template) {
      const values = ins.args
        .split(/\s+/)
        .filter((w) => w !== '' && !w.startsWith('--'))
        .map((v) => {
          let out = v;
          for (const [k, val] of args) out = out.split(`\${${k}}`).join(val);
          return out;
        });
      const name = values[0];
      if (name === undefined) continue;
      if (name.toLowerCase() === 'scratch') {
        if (values.length === 3 && values[1]!.toLowerCase() === 'as') stages.set(values[2]!, true);
        continue;
      }
      const pinned = stages.get(name) === true || isDigestPinned(name);
      if (values.length === 3 && values[1]!.toLowerCase() === 'as') stages.set(values[2]!, pinned);
      else if (values.length !== 1) {
        result.problems.push({
          path,
          line: ins.line,
          code: 'invalid-entry',
          message: 'FROM is not `image [AS name]`',
        });
        continue;
      }
      const colon = name.indexOf(':');
      const dep: PinnedDependency = {
        type: 'containerImage',
        pinned,
        path,
        line: ins.line,
        snippet: `FROM ${ins.args}`,
      };
      dep.name = colon < 0 ? name : name.slice(0, colon);
      if (colon >= 0) dep.pinnedAt = name.slice(colon + 1);
      else if (values.length === 3) dep.pinnedAt = values[2]!;
      result.dependencies.push(dep);
    }
  }
  return result;
}

export function shellScriptPinning(path: string, text: string): PinningResult {
  const scan = analyzeScript(text, new Set());
  return {
    dependencies: scan.dependencies.map((d) => ({ ...d, path })),
    problems: scan.errors.map((e) => ({
      path,
      line: e.line,
      code: 'invalid-entry',
      message: `script not read: ${e.message}`,
    })),
  };
}
