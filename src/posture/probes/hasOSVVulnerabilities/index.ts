import { finding, type Probe } from '../../probe.js';
import { def } from './def.js';

export const hasOSVVulnerabilities: Probe = {
  ...def,
  run(raw) {
    const v = raw.vulnerabilities();
    if (!v.available) return [finding(def, 'not-available', v.reason)];
    const values = {
      vulnerabilities: String(v.groups.length),
      suppressed: String(v.suppressed),
      uncheckedPackages: String(v.unchecked),
    };
    if (v.missingEcosystems.length > 0) {
      return [
        finding(
          def,
          'not-available',
          `the vulnerability database has no data for ${v.missingEcosystems.join(', ')}: run \`sterling db update\` (${v.groups.length} vulnerabilities found in the other ecosystems)`,
          undefined,
          values,
        ),
      ];
    }
    if (v.groups.length === 0) {
      return [finding(def, 'false', 'Project does not contain OSV vulnerabilities', undefined, values)];
    }
    return v.groups.map((g) =>
      finding(
        def,
        'true',
        `Project is vulnerable to: https://osv.dev/${encodeURIComponent(g.id)}`,
        undefined,
        {
          ...values,
          id: g.id,
          aliases: g.ids.join(' '),
        },
      ),
    );
  },
};
