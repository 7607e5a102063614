import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import { compareSemver2, parseSemver2, SEMVER_LIKE, type Semver2 } from '../shared/semver2.js';

/**
 * Hex (Erlang/Elixir): Elixir's `Version` is semver 2.0 and ignores build metadata when comparing.
 * Parsing is the shared semver core's (optional `v`, short or long release lists accepted).
 */
export const erlangVersionScheme: VersionScheme<Semver2> = {
  id: 'erlang/semver',
  description: 'Hex versions: Semantic Versioning 2.0 precedence (build metadata ignored).',
  requirements: { network: false },
  ecosystems: ['Hex'],
  parse: (text) => parseSemver2(text, SEMVER_LIKE),
  compare: compareSemver2,
};
