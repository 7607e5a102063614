import type { Check } from '../check.js';
import { forgeGate } from './forge-gate.js';

const SCORES: Readonly<Record<string, number>> = { Gold: 10, Silver: 7, Passing: 5, InProgress: 2 };

/** Scorecard v5 checks/evaluation/cii_best_practices.go: Gold 10, Silver 7, Passing 5, InProgress 2, none 0. */
export const ciiBestPracticesCheck: Check = {
  name: 'CII-Best-Practices',
  risk: 'Low',
  short: 'Determines if the project has an OpenSSF (formerly CII) Best Practices Badge.',
  evidence: 'forge',
  forge: ['badge'],
  probes: ['hasOpenSSFBadge'],
  evaluate(findings) {
    const gate = forgeGate(findings);
    if (gate) return gate;
    if (findings.length !== 1)
      return { status: 'error', reason: 'internal error: invalid probe results: multiple findings detected' };
    const f = findings[0]!;
    if (f.outcome === 'false')
      return { score: 0, reason: 'no effort to earn an OpenSSF best practices badge detected' };
    const level = f.values?.badgeLevel ?? '';
    const score = Object.hasOwn(SCORES, level) ? SCORES[level] : undefined;
    if (score === undefined) return { status: 'error', reason: 'internal error: unsupported badge detected' };
    return { score, reason: `badge detected: ${level}` };
  },
  details: () => [],
};
