import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import { compareSemver2, parseSemver2, SEMVER_LIKE, type Semver2 } from '../../ecosystems/shared/semver2.js';

/**
 * The ordering of OSV `SEMVER` ranges: semver 2.0 precedence whatever the ecosystem (the schema's
 * rule), tolerating a leading `v` and missing minor/patch numbers as Go and crates data write them.
 */
export const semverRangeScheme: VersionScheme<Semver2> = {
  id: 'osv/semver-range',
  description: 'semver 2.0 precedence for OSV SEMVER ranges (leading v tolerated)',
  requirements: { network: false },
  ecosystems: [],
  parse: (text) => parseSemver2(text, SEMVER_LIKE),
  compare: compareSemver2,
};
