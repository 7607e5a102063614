/**
 * go.work (Go workspaces): the `use` folders (the workspace's modules), the `replace` directives
 * (which override the modules' own for the same module) and the `go` / `toolchain` lines. Same
 * syntax as go.mod, read by the same hand-written lexer; `godebug` is not a dependency.
 */
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import { quote } from '../../../core/util/quote.js';
import { type Replace, readDirectives } from '../go-mod/directives.js';
import { folderOf, LIMITS, localFolder } from '../go-mod/module.js';
import { GO_WORK_FILE, parseGoMod } from '../go-mod/parse.js';
import type { GoLines } from '../go-mod/stdlib.js';

export interface WorkUse {
  /** The folder as written. */
  dir: string;
  /** Relative to the scanned root; undefined when absolute or outside it. */
  folder?: string;
  line: number;
}

export interface GoWork extends GoLines {
  path: string;
  uses: WorkUse[];
  /** Each marked `from` this go.work: local targets are relative to its folder. */
  replaces: Replace[];
}

export function readGoWork(text: string, path: string, sink: DiagnosticSink): GoWork {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = parseGoMod(body, path, sink, GO_WORK_FILE);
  const d = readDirectives(lines, sink);
  const folder = folderOf(path);
  const uses: WorkUse[] = [];
  const seen = new Set<string>();
  for (const l of lines) {
    if (l.verb !== 'use') continue;
    if (l.args.length !== 1) {
      sink.warn(
        'invalid-entry',
        `use needs exactly one folder (${quote(l.args.join(' '))}); ignored`,
        l.line,
      );
      continue;
    }
    if (uses.length >= LIMITS.maxModules) {
      sink.warn('too-many-entries', `more than ${LIMITS.maxModules} use lines; the rest are ignored`, l.line);
      break;
    }
    const dir = l.args[0]!;
    const target = localFolder(folder, dir);
    const key = target ?? dir;
    if (seen.has(key)) continue;
    seen.add(key);
    uses.push(target === undefined ? { dir, line: l.line } : { dir, folder: target, line: l.line });
  }
  const work: GoWork = {
    path,
    uses,
    replaces: d.replaces.map((r) => ({ ...r, from: { file: path, folder } })),
  };
  if (d.go) work.go = d.go;
  if (d.toolchain) work.toolchain = d.toolchain;
  return work;
}
