import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import { compareSemver2, parseSemver2, SEMVER_LIKE, type Semver2 } from '../shared/semver2.js';

/**
 * crates.io: Cargo orders versions by semver 2.0 precedence; build metadata is ignored (crates.io refuses
 * two versions that differ only by it). Parsing is the shared semver core's, which also accepts a leading
 * `v` and short or long release lists so osv-scalibr's corpus holds (Cargo itself would reject them).
 */
export const rustVersionScheme: VersionScheme<Semver2> = {
  id: 'rust/semver',
  description: 'crates.io versions: Semantic Versioning 2.0 precedence (build metadata ignored).',
  requirements: { network: false },
  ecosystems: ['crates.io'],
  parse: (text) => parseSemver2(text, SEMVER_LIKE),
  compare: compareSemver2,
};
