import type { Finding } from '../../core/model/posture.js';
import { type Check, detailLine } from '../check.js';
import { forgeGate, unlessUnavailable } from './forge-gate.js';

const name = (f: Finding) => f.values?.releaseName ?? '';

/**
 * Scorecard v5 checks/evaluation/signed_releases.go: per release 8 for a signature, 10 for
 * provenance; the sum divided by the number of releases, rounded down.
 */
export const signedReleasesCheck: Check = {
  name: 'Signed-Releases',
  risk: 'High',
  short: 'Determines if the project cryptographically signs release artifacts.',
  evidence: 'forge',
  forge: ['releases'],
  probes: ['releasesAreSigned', 'releasesHaveProvenance'],
  evaluate(findings) {
    const gate = forgeGate(findings);
    if (gate) return gate;
    if (findings.some((f) => f.outcome === 'not-applicable'))
      return { status: 'inconclusive', reason: 'no releases found' };
    if (findings.some((f) => name(f) === ''))
      return { status: 'error', reason: 'internal error: no release found' };
    const points = new Map<string, number>();
    const tags = new Set<string>();
    let totalTrue = 0;
    for (const f of findings) {
      tags.add(name(f));
      if (f.outcome !== 'true') continue;
      totalTrue++;
      if (f.probe === 'releasesHaveProvenance') points.set(name(f), 10);
      else if (!points.has(name(f))) points.set(name(f), 8);
    }
    if (totalTrue === 0)
      return { score: 0, reason: 'Project has not signed or included provenance with any releases.' };
    if (tags.size > 5)
      return { status: 'error', reason: 'internal error: too many releases, please report this' };
    const sum = [...points.values()].reduce((a, b) => a + b, 0);
    return {
      score: Math.floor(sum / tags.size),
      reason: `${points.size} out of the last ${tags.size} releases have a total of ${totalTrue} signed artifacts.`,
    };
  },
  details: unlessUnavailable((findings) => {
    const withProvenance = new Set(
      findings.filter((f) => f.probe === 'releasesHaveProvenance' && f.outcome === 'true').map(name),
    );
    const out: string[] = [];
    for (const f of findings) {
      if (f.outcome === 'true') out.push(detailLine('Info', f));
      else if (f.outcome === 'false' && !(f.probe === 'releasesAreSigned' && withProvenance.has(name(f))))
        out.push(detailLine('Warn', f));
    }
    return out;
  }),
};
