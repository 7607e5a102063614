import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'dependencyUpdateToolConfigured',
  short: 'A dependency update tool (Dependabot, Renovate, PyUp, scala-steward) is configured.',
  motivation:
    'Out-of-date dependencies carry known flaws; an update tool opens pull requests for new versions so that fixes arrive without anyone watching.',
  implementation:
    'Looks up every file against a table of configuration paths (src/posture/raw/dependency-update-tools.ts): Dependabot, Renovate (all nine of its config file locations, and a "renovate" key in package.json), PyUp and scala-steward. Scorecard v5 has no PyUp row and does not read package.json; those hits are marked scorecard=false. Scorecard also searches for commits by dependabot[bot], which needs the forge.',
  remediation: {
    text: "Configure Dependabot (.github/dependabot.yml) or Renovate (renovate.json) for the project's ecosystems.",
    effort: 'low',
    minutes: 15,
  },
  bad: 'false',
};
