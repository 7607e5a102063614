/**
 * Which files Scorecard's Pinned-Dependencies reads outside workflows (Dockerfiles, shell scripts),
 * and the facts of a shell script (downloads and installs). Dockerfiles: dockerfile-pinning.ts.
 */
import type { PinningResult } from './pinning.js';
import { analyzeScript } from './shell/analyze.js';
import { isBinaryName } from './shell/commands.js';
import { WORKFLOW_LIMITS } from './yaml-tree.js';

const NOT_DOCKERFILE = ['.go', '.c', '.cpp', '.rs', '.js', '.py', '.pyc', '.java'];
export const SHELLS = ['sh', 'bash', 'mksh'] as const;

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

/** A file over the size limit: one `too-large` problem instead of facts. */
export function tooLarge(path: string, text: string): PinningResult | undefined {
  if (text.length <= WORKFLOW_LIMITS.maxChars) return undefined;
  const message = `${text.length} characters (limit ${WORKFLOW_LIMITS.maxChars})`;
  return { dependencies: [], problems: [{ path, code: 'too-large', message }] };
}

export function shellScriptPinning(path: string, text: string): PinningResult {
  const big = tooLarge(path, text);
  if (big) return big;
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
