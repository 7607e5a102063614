import semver from 'semver';
import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import { MAX_VERSION_LENGTH } from '../shared/version-text.js';

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/**
 * Parses with node-semver in strict mode, as npm's registry stores versions: `MAJOR.MINOR.PATCH`,
 * optional pre-release and build, one optional leading `v` (node-semver's strict grammar allows it).
 * Rejected (`undefined`): loose forms (`=1.2.3`, `1.2`, `01.2.3`), numbers above 2^53-1 (npm cannot
 * publish them), surrounding whitespace (node-semver would trim it; a lockfile never has it).
 */
export function parseNpmVersion(text: string): semver.SemVer | undefined {
  if (text.length === 0 || text.length > MAX_VERSION_LENGTH) return undefined;
  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1))) return undefined;
  return semver.parse(text, { loose: false }) ?? undefined;
}

/** npm: node-semver's precedence (semver 2.0; build metadata ignored). */
export const npmVersionScheme: VersionScheme<semver.SemVer> = {
  id: 'npm/semver',
  description: 'npm versions: node-semver strict parsing and Semantic Versioning 2.0 precedence.',
  requirements: { network: false },
  ecosystems: ['npm'],
  parse: parseNpmVersion,
  compare: (a, b) => a.compare(b),
};
