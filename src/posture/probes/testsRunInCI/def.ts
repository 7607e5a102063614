import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'testsRunInCI',
  short: 'Merged pull requests had a CI test succeed on their head commit.',
  motivation:
    'Tests that run on every change before it is merged catch bugs, including security bugs, before users get them.',
  implementation:
    "The last 30 merged pull requests into the default branch (most recently updated first; Scorecard walks the last 30 commits of the default branch), each head commit once: a successful commit status whose context or target URL names a CI system, or a completed, successful check run whose app does (Scorecard's list: appveyor, buildkite, circleci, e2e, github-actions, jenkins, mergeable, packit-as-a-service, semaphoreci, test, travis-ci, flutter-dashboard, cirrus-ci, azure-pipelines, ci/woodpecker, vstfs:///build/build).",
  remediation: {
    text: 'Run the test suite in CI on every pull request (e.g. a GitHub Actions workflow on pull_request) and make it a required status check.',
    effort: 'medium',
    minutes: 60,
  },
  bad: 'false',
};
