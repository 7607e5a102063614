import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import {
  compareIdentifiers,
  compareSemver2,
  parseSemver2,
  SEMVER_LIKE,
  type Semver2,
} from '../shared/semver2.js';

/**
 * Pub: pub_semver's `Version.compareTo`. Semver 2.0 precedence, and then, unlike semver, build metadata
 * too: no build sorts before any build, and build identifiers compare like pre-release ones (numbers
 * numerically, before strings). Parsing is the shared semver core's (optional `v` and short or long
 * release lists accepted, as osv-scalibr's corpus needs; pub itself requires exactly three numbers).
 */
export function comparePubVersions(a: Semver2, b: Semver2): number {
  return compareSemver2(a, b) || compareIdentifiers(a.build, b.build);
}

export const dartVersionScheme: VersionScheme<Semver2> = {
  id: 'dart/pub-semver',
  description: 'Pub versions: pub_semver order (semver 2.0, then build metadata, which pub sorts).',
  requirements: { network: false },
  ecosystems: ['Pub'],
  parse: (text) => parseSemver2(text, SEMVER_LIKE),
  compare: comparePubVersions,
};
