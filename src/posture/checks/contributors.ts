import { type Check, detailLine, proportionalScore } from '../check.js';

/** Scorecard: more than 3 organisations = 10. */
const FOR_TOP = 3;

/**
 * Scorecard v5 checks/evaluation/contributors.go: organisations > 3 -> 10, else n/3 with integer
 * division. Sterling's organisations are e-mail domains from git history (an approximation).
 */
export const contributorsCheck: Check = {
  name: 'Contributors',
  risk: 'Low',
  short: 'Determines if the project has a set of contributors from multiple organizations (e.g., companies).',
  evidence: 'git-history',
  method:
    'approximated from git history: an "organization" is the e-mail domain of an author with at least 5 of the last 500 commits, free-mail and no-reply domains left out. Not visible offline: forge profiles (company field, organisation membership), which Scorecard reads — employers behind personal addresses are missed.',
  probes: ['contributorsFromOrgOrCompany'],
  evaluate(findings) {
    const first = findings[0]!;
    if (first.outcome === 'not-available') return { status: 'inconclusive', reason: first.message };
    const orgs = findings.filter((f) => f.outcome === 'true').length;
    const partial = first.values?.partial;
    if (partial && orgs <= FOR_TOP) {
      return { status: 'inconclusive', reason: `${partial}; fetch the full history (git fetch --unshallow)` };
    }
    const reason = `project has ${orgs} contributing companies or organizations`;
    if (orgs > FOR_TOP) return { score: 10, reason };
    return { score: proportionalScore(orgs, FOR_TOP), reason };
  },
  details(findings) {
    const orgs = findings.filter((f) => f.outcome === 'true').map((f) => f.values?.organization ?? '');
    if (orgs.length > 0) return [`Info: found contributions from: ${orgs.join(', ')}`];
    return findings.map((f) => detailLine(f.outcome === 'not-available' ? 'Info' : 'Warn', f));
  },
};
