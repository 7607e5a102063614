import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'sastToolConfigured',
  short: 'The project runs a static analysis (SAST) tool in its workflows or configures one.',
  motivation:
    'Static analysis finds classes of bugs (injections, unsafe APIs, leaked secrets) in the code before it runs, and keeps them from coming back.',
  implementation:
    "One true finding per SAST tool use in a workflow job, from a table (SAST_TOOLS in src/posture/raw/workflows/sast.ts): Scorecard's (CodeQL's analyze action, Snyk, Pysa, Qodana, hadolint) and Sterling's additions (Bandit, Brakeman, Checkmarx, gosec, Microsoft Security DevOps, Semgrep, Sonar's scan actions, zizmor; value scorecard=false), matched by action, by command in `run:` scripts (also after pipx run, uvx, npx) or by container image; and a `<sonar.host.url>` in a pom.xml (Scorecard's Sonar signal). Values: tool, job, the workflow's triggers. Scorecard matches actions only, so a command such as `snyk test` is also a Sterling addition.",
  remediation: {
    text: 'Run a SAST tool on every push and pull request, e.g. CodeQL (github/codeql-action) or Semgrep; see https://github.com/ossf/scorecard/blob/main/docs/checks/sast/README.md.',
    effort: 'medium',
    minutes: 30,
  },
  bad: 'false',
};
