import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'hasUnverifiedBinaryArtifacts',
  short: 'The source tree contains binary files that are not verified (the probe Binary-Artifacts scores).',
  motivation:
    'Binaries cannot be reviewed: nobody can see what they do, and they may not match the source they claim to come from.',
  implementation:
    "The binaries of hasBinaryArtifacts, less verified ones. Scorecard verifies a gradle-wrapper.jar when a workflow runs gradle/wrapper-validation-action (or gradle/actions/wrapper-validation) and that workflow succeeded on the HEAD commit. Offline the run cannot be seen, so Gradle wrappers stay unverified, as in Scorecard's local mode; the finding names the validating workflow when there is one.",
  remediation: {
    text: 'Remove generated binaries from the repository and build them from source in CI. For a Gradle wrapper, run gradle/actions/wrapper-validation in a workflow.',
    effort: 'medium',
    minutes: 60,
  },
  bad: 'true',
};
