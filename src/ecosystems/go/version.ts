import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import { compareSemver2, parseSemver2, SEMVER_LIKE, type Semver2 } from '../shared/semver2.js';
import { isDigit, isDigits, MAX_VERSION_LENGTH } from '../shared/version-text.js';

const PLAIN = { leadingV: false, maxRelease: 3 } as const;

/**
 * Go toolchain names glue the pre-release to the release: `go1.21rc2`, `go1.19beta1`, and go.mod's
 * `go 1.21rc2` directive drops the `go`. The Go vulnerability database writes them as semver
 * (`1.21.0-rc.2`); this returns that form, or `undefined` when `text` is not such a name.
 */
function toolchainToSemver(text: string): string | undefined {
  let j = 0;
  while (j < text.length && (isDigit(text.charCodeAt(j)) || text[j] === '.')) j++;
  if (j === 0 || text[j - 1] === '.') return undefined;
  const rest = text.slice(j);
  const label = rest.startsWith('rc') ? 'rc' : rest.startsWith('beta') ? 'beta' : undefined;
  if (!label) return undefined;
  const n = rest.slice(label.length);
  return isDigits(n) ? `${text.slice(0, j)}-${label}.${n}` : undefined;
}

/** Parses a Go module, pseudo-, standard-library or toolchain version. */
export function parseGoVersion(text: string): Semver2 | undefined {
  if (text.length > MAX_VERSION_LENGTH) return undefined;
  const go = text.startsWith('go');
  const body = go ? text.slice(2) : text;
  const toolchain = toolchainToSemver(body);
  if (toolchain !== undefined) return parseSemver2(toolchain, PLAIN);
  return go ? parseSemver2(body, PLAIN) : parseSemver2(text, SEMVER_LIKE);
}

/**
 * Go: module versions are semver 2.0 and Go orders them by semver precedence, so pseudo-versions
 * (`v0.0.0-20191109021931-daa7c04131f5`, `v1.2.4-0.2019…-hash`, `v1.2.3-pre.0.2019…-hash`) sort as the
 * pre-releases they are, and `+incompatible` is build metadata, ignored. The `v` is optional (OSV
 * records omit it, go.mod writes it). Standard-library and toolchain versions (`go1.21.3`, `go1.21rc2`,
 * `1.21rc2`) are normalised to the semver the Go vulnerability database uses (`1.21.3`, `1.21.0-rc.2`).
 */
export const goVersionScheme: VersionScheme<Semver2> = {
  id: 'go/semver',
  description: 'Go module, pseudo- and toolchain versions: semver 2.0 precedence, optional "v".',
  requirements: { network: false },
  ecosystems: ['Go'],
  parse: parseGoVersion,
  compare: compareSemver2,
};
