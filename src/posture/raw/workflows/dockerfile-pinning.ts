/**
 * Pinned-Dependencies facts of a Dockerfile, as Scorecard finds them: `FROM` pinned by sha256 digest
 * (stages built from a pinned stage count as pinned; ARG defaults substituted), and downloads and
 * installs in `RUN`, shell form, exec form and heredoc bodies, the downloaded files shared by all RUNs.
 */
import { readInstructions } from '../../../ecosystems/container/dockerfile/instructions.js';
import { inVendorDir, isTemplateFile, SHELLS, tooLarge } from './files-pinning.js';
import { hasCommands } from './parse.js';
import type { PinnedDependency, PinningResult } from './pinning.js';
import { analyzeScript } from './shell/analyze.js';
import { isBinaryName } from './shell/commands.js';

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

/** Heredoc openers in a RUN (`<<EOF`, `<<-EOF`, `<<"EOF"`), in order. */
function heredocMarkers(args: string): { delim: string; strip: boolean }[] {
  const out: { delim: string; strip: boolean }[] = [];
  for (let i = args.indexOf('<<'); i >= 0; i = args.indexOf('<<', i + 2)) {
    let j = i + 2;
    const strip = args.charAt(j) === '-';
    if (strip) j++;
    if (args.charAt(j) === '"' || args.charAt(j) === "'") j++;
    let k = j;
    while (k < args.length && /\w/.test(args.charAt(k))) k++;
    if (k > j) out.push({ delim: args.slice(j, k), strip });
  }
  return out;
}

/**
 * What a RUN runs: its heredoc bodies when it has any (as Scorecard reads them, each with the file line
 * of its first line), else its shell text (reported at the RUN's line).
 */
function runParts(
  args: string,
  line: number,
  lines: readonly string[],
): { script: string; line: number; heredoc: boolean }[] {
  const markers = heredocMarkers(args);
  if (markers.length === 0) return [{ script: runScript(args), line, heredoc: false }];
  let k = line - 1;
  while (k < lines.length && !lines[k]!.includes('<<')) k++;
  k++;
  const out: { script: string; line: number; heredoc: boolean }[] = [];
  for (const m of markers) {
    const start = k;
    const body: string[] = [];
    for (; k < lines.length; k++) {
      const l = m.strip ? lines[k]!.replace(/^\t+/, '') : lines[k]!;
      if (l === m.delim) break;
      body.push(lines[k]!);
    }
    k++;
    out.push({ script: body.join('\n'), line: start + 1, heredoc: true });
  }
  return out;
}

export function dockerfilePinning(path: string, text: string): PinningResult {
  const result: PinningResult = { dependencies: [], problems: [] };
  if (inVendorDir(path) || !hasCommands(text)) return result;
  const big = tooLarge(path, text);
  if (big) return big;
  const stages = new Map<string, boolean>();
  const args = new Map<string, string>();
  const downloaded = new Set<string>();
  const template = isTemplateFile(path);
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  for (const ins of readInstructions(text)) {
    if (ins.keyword === 'ARG') {
      for (const w of ins.args.split(/\s+/)) {
        const eq = w.indexOf('=');
        if (eq > 0) args.set(w.slice(0, eq), w.slice(eq + 1));
      }
    } else if (ins.keyword === 'RUN') {
      for (const part of runParts(ins.args, ins.line, lines)) {
        const scan = analyzeScript(part.script, downloaded);
        const at = (l: number) => (part.heredoc ? part.line + l - 1 : part.line);
        for (const d of scan.dependencies) result.dependencies.push({ ...d, path, line: at(d.line) });
        for (const e of scan.errors)
          result.problems.push({
            path,
            line: at(e.line),
            code: 'invalid-entry',
            message: `RUN not read: ${e.message}`,
          });
      }
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
