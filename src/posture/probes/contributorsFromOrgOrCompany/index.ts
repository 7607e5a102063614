import { finding, type Probe } from '../../probe.js';
import { def } from './def.js';

export const contributorsFromOrgOrCompany: Probe = {
  ...def,
  run(raw) {
    const c = raw.contributors();
    if (!c.available) return [finding(def, 'not-available', `no git history: ${c.reason}`)];
    const values: Record<string, string> = { authors: String(c.authors), commitsRead: String(c.commitsRead) };
    if (c.partial) values.partial = c.partial;
    if (c.commitsRead === 0)
      return [finding(def, 'false', 'Project does not have contributors.', undefined, values)];
    if (c.organizations.length === 0) {
      return [
        finding(
          def,
          'false',
          'No companies/organizations have contributed to the project.',
          undefined,
          values,
        ),
      ];
    }
    // Organisation domains are [a-z0-9.-] only (orgDomain), safe to print as they are.
    return c.organizations.map((org) =>
      finding(def, 'true', `${org} contributor org/company found`, undefined, {
        ...values,
        organization: org,
      }),
    );
  },
};
