import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'releasesHaveProvenance',
  short: 'Recent releases carry SLSA provenance among their assets.',
  motivation:
    'Provenance says how and from which source an artifact was built, so users can check it was not built from tampered code.',
  implementation:
    "The 5 most recent releases (releases without assets skipped, as in Scorecard): provenance when an asset name ends in .intoto.jsonl. Scorecard's releasesHaveVerifiedProvenance (deps.dev package data) is not implemented; Scorecard's evaluation does not score it either.",
  remediation: {
    text: 'Generate SLSA provenance in the release workflow (e.g. slsa-framework/slsa-github-generator) and attach the .intoto.jsonl file to the release.',
    effort: 'high',
    minutes: 120,
  },
  bad: 'false',
};
