/**
 * What the workflow-based checks share about evidence that could not be read: a workflow that is not
 * valid YAML, is over a bound, or a file the workspace would not read is a `not-available` finding.
 * Scorecard stops the whole check on such a workflow (score -1); Sterling scores what it could read,
 * lists what it could not, and is inconclusive when it could read nothing.
 */
import type { Finding } from '../../core/model/posture.js';
import { detailLine, type Evaluation } from '../check.js';

/** Inconclusive when there are findings of `probes` and none of them could be read. */
export function nothingRead(findings: readonly Finding[], probes: readonly string[]): Evaluation | undefined {
  const own = findings.filter((f) => probes.includes(f.probe));
  if (own.length === 0 || !own.every((f) => f.outcome === 'not-available')) return undefined;
  return { status: 'inconclusive', reason: `no workflow could be read (${own.length} not read)` };
}

/** `Warn:` lines for the evidence that could not be read, once per location and message. */
export function notReadDetails(findings: readonly Finding[], probes: readonly string[]): string[] {
  const lines = findings
    .filter((f) => f.outcome === 'not-available' && probes.includes(f.probe))
    .map((f) => detailLine('Warn', f));
  return [...new Set(lines)];
}
