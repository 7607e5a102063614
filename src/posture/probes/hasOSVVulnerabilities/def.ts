import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'hasOSVVulnerabilities',
  short: 'The project has known, open vulnerabilities in its dependencies.',
  motivation:
    'An open vulnerability in a dependency may be exploitable through the project until it is updated.',
  implementation:
    "Scorecard asks OSV.dev through osv-scanner; Sterling reads its own scan's vulnerability section (the local OSV database and matcher), so the check runs in `sterling scan`, not in `sterling posture`. Open findings only: suppressed ones (sterling.yaml ignores, VEX) do not count, nor Go standard-library findings (as in Scorecard). Findings whose ids or aliases overlap are one vulnerability (Scorecard's grouping, transitive), one finding each. When matching did not run, or the database has no data for an ecosystem of the inventory, the outcome is not-available (never a silent pass).",
  remediation: {
    text: 'Update the affected dependencies to a fixed version (`sterling scan` lists the fix for each), or record why a finding does not apply in sterling.yaml or a VEX document.',
    effort: 'medium',
    minutes: 60,
  },
  bad: 'true',
};
