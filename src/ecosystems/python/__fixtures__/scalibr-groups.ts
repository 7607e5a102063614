/**
 * Shared by the Python readers' conformance suites: scalibr's depGroups hold the lockfile's group
 * names (`test`, `cli`, ...), Sterling's scopes only prod/dev/optional/peer. Every non-prod group maps
 * to `dev` except `optional`, so the comparison checks the same split in Sterling's vocabulary.
 */
import type { ExpectedCase } from '../../../../test/helpers/conformance.js';

export function groupsAsScopes(c: ExpectedCase): ExpectedCase {
  return {
    ...c,
    packages:
      c.packages?.map((p) => ({
        ...p,
        depGroups: [...new Set((p.depGroups ?? []).map((g) => (g === 'optional' ? 'optional' : 'dev')))],
      })) ?? null,
  };
}
