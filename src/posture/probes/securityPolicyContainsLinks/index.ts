import type { Probe } from '../../probe.js';
import { hitsOf, perPolicyFile } from '../policy-content.js';
import { def } from './def.js';

export const securityPolicyContainsLinks: Probe = {
  ...def,
  run: (raw) =>
    perPolicyFile(def, raw.securityPolicy().files, (f) => ({
      ok: hitsOf(f, 'link', true).length + hitsOf(f, 'email', true).length > 0,
      yes: 'Found linked content',
      no: 'no linked content found',
    })),
};
