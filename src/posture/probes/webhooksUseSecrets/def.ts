import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'webhooksUseSecrets',
  short: 'Every repository webhook has a secret configured.',
  motivation:
    'A secret lets the receiver verify that a delivery really comes from the forge; without it anyone can forge events.',
  implementation:
    'The repository webhooks (admin access needed; without it the check needs forge access): a hook counts as secured when GitHub shows its (masked) secret.',
  remediation: {
    text: 'Set a secret on each webhook (Settings > Webhooks) and verify the X-Hub-Signature-256 header in the receiver.',
    effort: 'low',
    minutes: 15,
  },
  bad: 'false',
};
