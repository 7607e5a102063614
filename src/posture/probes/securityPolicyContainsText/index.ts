import type { Probe } from '../../probe.js';
import { hitsOf, perPolicyFile } from '../policy-content.js';
import { def } from './def.js';

export const securityPolicyContainsText: Probe = {
  ...def,
  run: (raw) =>
    perPolicyFile(def, raw.securityPolicy().files, (f) => {
      const linked = [...hitsOf(f, 'email', true), ...hitsOf(f, 'link', true)];
      const linkedLength = linked.reduce((n, h) => n + h.match.length, 0);
      const size = f.size ?? 0;
      return {
        ok: size > 1 && size > linkedLength + linked.length * 2,
        yes: 'Found text in security policy',
        no: 'No text (besides links / emails) found in security policy',
      };
    }),
};
