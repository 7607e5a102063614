import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'packagedWithAutomatedWorkflow',
  short: 'The project publishes its packages from a GitHub Actions workflow.',
  motivation:
    'Packages give users an easy way to install and update the software, security fixes included; publishing them from CI makes releases repeatable and reviewable.',
  implementation:
    "Matches each workflow's jobs against Scorecard's packaging table (PACKAGING_MATCHERS in src/posture/raw/workflows/packaging.ts: npm with setup-node's registry URL, Maven and Gradle with setup-java, sbt, gem, nuget, docker push and build-push-action, PyPI, python-semantic-release, goreleaser, cargo, ko, semantic-release, Elixir) and Sterling's additions (npm without the registry URL, pnpm, yarn, twine, poetry, uv, flit, hatch, Gradle without setup-java, the goreleaser command; value scorecard=false). One true finding per workflow with a publishing job, at the job's line, labelled computed=workflow-presence. Scorecard also wants a successful run of that workflow from the forge; in local mode it assumes one, and so does Sterling offline.",
  remediation: {
    text: 'Publish releases from a workflow (e.g. `npm publish --provenance` after actions/setup-node with a registry-url, or pypa/gh-action-pypi-publish) instead of from a laptop.',
    effort: 'low',
    minutes: 60,
  },
  bad: 'false',
};
