import type { Annotation, CheckResult } from '../../../core/model/posture.js';
import { sanitizeTerminal as s } from '../../text/sanitize.js';

/** Longest note shown in the terminal; the JSON output has it whole. */
const MAX_NOTE = 200;

function shorten(text: string): string {
  return text.length > MAX_NOTE ? `${text.slice(0, MAX_NOTE - 1)}…` : text;
}

/**
 * `annotated: test-data — fixtures only (sterling.yaml:7); 2 findings suppressed`: one line per
 * maintainer annotation of the check, with how many of its findings to act on it suppressed.
 */
export function annotationLines(check: CheckResult): string[] {
  const out: string[] = [];
  const suppressed = check.findings.filter((f) => f.suppressed !== undefined);
  for (const a of check.annotations ?? []) {
    const n = suppressed.filter((f) => sameAnnotation(f.suppressed!, a)).length;
    const count = n === 0 ? '' : `; ${n} finding${n === 1 ? '' : 's'} suppressed`;
    out.push(`annotated: ${s(a.reason)} — ${s(shorten(a.note))} (${s(a.source)})${count}`);
  }
  // Findings suppressed where the check shows no annotation (it scores 10): still said.
  const told = new Set((check.annotations ?? []).map((a) => a.source));
  const rest = suppressed.filter((f) => !told.has(f.suppressed!.source)).length;
  if (rest > 0) out.push(`${rest} suppressed finding${rest === 1 ? '' : 's'} (see the JSON output)`);
  return out;
}

function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return a.source === b.source && a.reason === b.reason && a.note === b.note;
}
