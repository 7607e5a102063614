import type { Check } from '../check.js';
import { detailLine } from '../check.js';

/** Scorecard v5 checks/evaluation/vulnerabilities.go: 10 less one per open vulnerability, at least 0. */
export const vulnerabilitiesCheck: Check = {
  name: 'Vulnerabilities',
  risk: 'High',
  short: 'Determines if the project has open, known unfixed vulnerabilities.',
  evidence: 'vulnerability-db',
  method:
    "computed from Sterling's own vulnerability matching of this scan (local OSV database), not from OSV.dev: open findings, aliases grouped as Scorecard does, suppressed and Go standard-library findings left out. Not scored when matching did not run or the database lacks an ecosystem of the inventory.",
  probes: ['hasOSVVulnerabilities'],
  evaluate(findings) {
    const first = findings[0]!;
    const n = findings.filter((f) => f.outcome === 'true').length;
    if (first.outcome === 'not-available') {
      // Ten or more found elsewhere: the score is 0 whatever the missing ecosystems hold.
      const found = Number(first.values?.vulnerabilities ?? 0);
      if (found >= 10) return { score: 0, reason: `${found} existing vulnerabilities detected` };
      return { status: 'inconclusive', reason: first.message };
    }
    return { score: Math.max(10 - n, 0), reason: `${n} existing vulnerabilities detected` };
  },
  details(findings) {
    const out = findings.filter((f) => f.outcome === 'true').map((f) => detailLine('Warn', f));
    const v = findings[0]?.values;
    if (v && Number(v.suppressed) > 0) out.push(`Info: ${v.suppressed} suppressed finding(s) not counted`);
    if (v && Number(v.uncheckedPackages) > 0) {
      out.push(
        `Info: ${v.uncheckedPackages} package(s) could not be checked (see the vulnerability section)`,
      );
    }
    return out;
  },
};
