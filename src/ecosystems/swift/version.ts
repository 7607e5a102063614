import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import { compareSemver2, parseSemver2, SEMVER_LIKE, type Semver2 } from '../shared/semver2.js';

/**
 * SwiftURL: Swift packages are versioned by git tags that SwiftPM reads as semver 2.0, with an optional
 * `v` prefix (`v1.2.3`) and `1` / `1.2` shorthands; build metadata does not affect precedence.
 */
export const swiftVersionScheme: VersionScheme<Semver2> = {
  id: 'swift/semver',
  description: 'SwiftURL versions (git tags): Semantic Versioning 2.0 precedence, optional "v" prefix.',
  requirements: { network: false },
  ecosystems: ['SwiftURL'],
  parse: (text) => parseSemver2(text, SEMVER_LIKE),
  compare: compareSemver2,
};
