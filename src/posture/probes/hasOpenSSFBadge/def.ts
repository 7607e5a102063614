import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'hasOpenSSFBadge',
  short: 'The project has an OpenSSF Best Practices badge (value badgeLevel).',
  motivation:
    'The badge shows the project follows a published list of open-source security and quality practices.',
  implementation:
    "bestpractices.dev's projects.json looked up by the repository URL (https://github.com/owner/name); the first project's badge level: in_progress, passing, silver, gold (any other level is Unknown, which Scorecard's check reports as an error).",
  remediation: {
    text: 'Register the project at https://www.bestpractices.dev and work through the passing criteria.',
    effort: 'high',
    minutes: 240,
  },
  bad: 'false',
};
