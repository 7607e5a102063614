import type { Finding } from '../../core/model/posture.js';
import { finding, type ProbeDef } from '../probe.js';
import type { PolicyHit, PolicyHitKind, SecurityPolicyFile } from '../raw/security-policy.js';

/** Hits of one kind; `unique` counts each distinct match once (Scorecard's CountSecInfo). */
export function hitsOf(file: SecurityPolicyFile, kind: PolicyHitKind, unique: boolean): PolicyHit[] {
  const seen = new Set<string>();
  return file.hits.filter((h) => {
    if (h.kind !== kind) return false;
    if (!unique) return true;
    if (seen.has(h.match)) return false;
    seen.add(h.match);
    return true;
  });
}

/**
 * The shape shared by the probes that read the policy's content: one finding per policy file,
 * `not-available` when its content could not be read, one `false` finding when there is no policy.
 */
export function perPolicyFile(
  def: ProbeDef,
  files: readonly SecurityPolicyFile[],
  decide: (file: SecurityPolicyFile) => { ok: boolean; yes: string; no: string },
): Finding[] {
  if (files.length === 0) return [finding(def, 'false', 'no security file to analyze')];
  return files.map((f) => {
    if (f.unreadable !== undefined) {
      return finding(def, 'not-available', `the policy could not be read (${f.unreadable})`, {
        path: f.path,
      });
    }
    const d = decide(f);
    return d.ok ? finding(def, 'true', d.yes, { path: f.path }) : finding(def, 'false', d.no);
  });
}
