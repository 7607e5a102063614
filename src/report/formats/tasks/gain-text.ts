/** A task's gain in words: short (the table's column) and long (the detail line). Plain text, unescaped. */
import type { TaskGain } from '../../../core/model/task.js';
import { SEVERITY_LEVELS } from '../../../core/model/vulnerability.js';

function vulnCount(gain: TaskGain): number {
  return Object.values(gain.vulnerabilitiesRemoved ?? {}).reduce((n, k) => n + (k ?? 0), 0);
}

function points(p: number): string {
  return p < 0.05 ? '<0.1' : p.toFixed(1);
}

/** e.g. `+1.3 score, 2 vulns, 3 OSPS`. */
export function gainShort(gain: TaskGain): string {
  const out: string[] = [];
  if (gain.scorePoints) out.push(`+${points(gain.scorePoints)} score`);
  const v = vulnCount(gain);
  if (v > 0) out.push(`${v} vuln${v === 1 ? '' : 's'}`);
  const b = gain.baselineRequirements?.length ?? 0;
  if (b > 0) out.push(`${b} OSPS`);
  return out.join(', ');
}

/** e.g. `+1.25 aggregate score; removes 1 high, 1 low vulnerability; meets OSPS-VM-02.01`. */
export function gainLong(gain: TaskGain): string {
  const out: string[] = [];
  if (gain.scorePoints) out.push(`+${gain.scorePoints} posture score (0-10)`);
  const v = gain.vulnerabilitiesRemoved ?? {};
  const levels = SEVERITY_LEVELS.filter((l) => (v[l] ?? 0) > 0).map((l) => `${v[l]} ${l}`);
  if (levels.length > 0)
    out.push(`removes ${levels.join(', ')} ${vulnCount(gain) === 1 ? 'vulnerability' : 'vulnerabilities'}`);
  if (gain.baselineRequirements?.length) out.push(`meets ${gain.baselineRequirements.join(', ')}`);
  return out.join('; ');
}
