/**
 * The shell a `run:` step uses, as Scorecard's fileparser.GetShellForStep decides it: the step's
 * `shell`, the job's `defaults.run.shell`, `pwsh` when the step's `if` or all the job's runners say
 * Windows, `bash` otherwise. Scorecard reads only sh, bash and mksh scripts.
 */
import type { Job, Located, Step } from './model.js';

export type ShellChoice = { ok: true; shell: string } | { ok: false; reason: string };

type Part = string | { ws: true } | { quote: true };
const WS: Part = { ws: true };
const Q: Part = { quote: true };

/** Whether `parts` match at some position of `text` (already lower-cased): literals, optional spaces, a quote. */
function matchesAt(text: string, parts: readonly Part[]): boolean {
  const first = parts[0] as string;
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    let i = at + first.length;
    let ok = true;
    for (const p of parts.slice(1)) {
      if (typeof p === 'string') {
        if (!text.startsWith(p, i)) ok = false;
        else i += p.length;
      } else if ('ws' in p) {
        while (' \t\n\r\f\v'.includes(text.charAt(i)) && i < text.length) i++;
      } else if (text.charAt(i) === "'" || text.charAt(i) === '"') i++;
      else ok = false;
      if (!ok) break;
    }
    if (ok) return true;
  }
  return false;
}

/** Scorecard's three tests of a step's `if:` for Windows. */
const WINDOWS_IF: readonly (readonly Part[])[] = [
  ['runner.os', WS, '==', WS, Q, 'windows', Q],
  ['${{', WS, 'startswith(runner.os,', WS, Q, 'windows', Q, ')'],
  ['matrix.os', WS, '==', WS, Q, 'windows-'],
];

export function stepRunsOnWindows(step: Step): boolean {
  const cond = step.if?.value.toLowerCase();
  return cond !== undefined && WINDOWS_IF.some((p) => matchesAt(cond, p));
}

function trimQuotes(v: string): string {
  const q = (c: string) => c === "'" || c === '"';
  let a = 0;
  let b = v.length;
  while (a < b && q(v.charAt(a))) a++;
  while (b > a && q(v.charAt(b - 1))) b--;
  return v.slice(a, b);
}

/** The job's runner OSes: `runs-on` labels, or the matrix's `os` values for `runs-on: ${{ matrix.os }}`. */
export function jobOses(job: Job): Located[] | undefined {
  const labels = job.runsOn;
  if (!(labels.length === 1 && labels[0]!.value.includes('matrix.os'))) return labels;
  const os = job.matrixOs.map((o) => ({ ...o, value: trimQuotes(o.value) }));
  return os.length > 0 ? os : undefined;
}

export function shellForStep(step: Step, job: Job): ShellChoice {
  if (step.shell) return { ok: true, shell: step.shell.value };
  if (job.defaultShell) return { ok: true, shell: job.defaultShell.value };
  if (stepRunsOnWindows(step)) return { ok: true, shell: 'pwsh' };
  const oses = jobOses(job);
  if (!oses)
    return { ok: false, reason: `job ${JSON.stringify(job.id)}: cannot tell its runner OS from the matrix` };
  // Scorecard: a job whose every OS is Windows (vacuously true when there is none) defaults to pwsh
  if (oses.every((o) => o.value.toLowerCase().startsWith('windows'))) return { ok: true, shell: 'pwsh' };
  return { ok: true, shell: 'bash' };
}
