import { finding, type Probe } from '../../probe.js';
import { forgeProbe } from '../forge.js';
import { def } from './def.js';

export const webhooksUseSecrets: Probe = forgeProbe(
  def,
  (raw) => raw.forge.webhooks,
  (hooks) => {
    if (hooks.length === 0) return [finding(def, 'not-applicable', 'Repository does not have webhooks.')];
    return hooks.map((h) =>
      h.hasSecret
        ? finding(def, 'true', 'Webhook with token authorization found.', undefined, { hookId: String(h.id) })
        : finding(def, 'false', 'Webhook without token authorization found.', undefined, {
            hookId: String(h.id),
          }),
    );
  },
);
