/**
 * Open vulnerability findings compared with an earlier scan's: new (no earlier finding of the same
 * issue in the same package), changed (severity, kind, affected version or fix differ), unchanged, and
 * fixed (open before, not open now). The same issue is recognised by any shared id or alias in the
 * same package (ecosystem and name), so an upgrade that is still affected reads as "changed", not as
 * one fixed and one new finding. Suppressed findings count as not open, in both scans.
 */
import type { FindingChange, PreviousFinding } from '../../core/model/comparison.js';
import type { VulnerabilityFinding } from '../../core/model/vulnerability.js';
import { compareStrings } from '../../core/util/compare.js';

export interface FindingComparison {
  /** Per open finding of the current scan (by key): how it compares, and the earlier finding. */
  byKey: Map<string, { change: FindingChange; before?: PreviousFinding }>;
  /** Open in the earlier scan, not open now; sorted by key. */
  fixed: PreviousFinding[];
  counts: Record<FindingChange | 'fixed', number>;
}

function identity(ecosystem: string, name: string, id: string): string {
  return `${ecosystem}\u0000${name}\u0000${id}`;
}

/** What changed, in words (plain text: the renderer escapes it); empty when nothing did. */
export function describeChange(before: PreviousFinding, now: VulnerabilityFinding): string[] {
  const out: string[] = [];
  const was = before.kind === 'malicious' ? 'malicious' : before.severity.level;
  const is = now.kind === 'malicious' ? 'malicious' : now.severity.level;
  if (was !== is) out.push(`was ${was}`);
  if (before.package.version !== now.package.version) out.push(`was in ${before.package.version}`);
  if (before.fixedIn !== now.fixedIn)
    out.push(
      now.fixedIn ? (before.fixedIn ? `fix was ${before.fixedIn}` : 'fix now available') : 'fix withdrawn',
    );
  return out;
}

export function compareFindings(
  open: VulnerabilityFinding[],
  previous: PreviousFinding[],
): FindingComparison {
  const index = new Map<string, PreviousFinding>();
  const earlier = previous.filter((p) => !p.suppressed).sort((a, b) => compareStrings(a.key, b.key));
  for (const p of earlier)
    for (const id of new Set([p.id, ...p.aliases])) {
      const k = identity(p.package.ecosystem, p.package.name, id);
      if (!index.has(k)) index.set(k, p);
    }
  const used = new Set<PreviousFinding>();
  const byKey: FindingComparison['byKey'] = new Map();
  const counts = { new: 0, changed: 0, unchanged: 0, fixed: 0 };
  for (const f of [...open].sort((a, b) => compareStrings(a.key, b.key))) {
    let before: PreviousFinding | undefined;
    for (const id of [f.id, ...f.aliases]) {
      const p = index.get(identity(f.package.ecosystem, f.package.name, id));
      if (p && !used.has(p)) {
        before = p;
        break;
      }
    }
    if (!before) {
      byKey.set(f.key, { change: 'new' });
      counts.new++;
      continue;
    }
    used.add(before);
    const change: FindingChange = describeChange(before, f).length > 0 ? 'changed' : 'unchanged';
    byKey.set(f.key, { change, before });
    counts[change]++;
  }
  const fixed = earlier.filter((p) => !used.has(p));
  counts.fixed = fixed.length;
  return { byKey, fixed, counts };
}
