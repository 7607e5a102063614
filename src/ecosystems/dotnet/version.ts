import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import { compareSemver2, parseSemver2, type Semver2 } from '../shared/semver2.js';

const NUGET = { leadingV: false, maxRelease: 4 } as const;

/**
 * Parses a NuGet version: one to four release numbers (`1.0` = `1.0.0.0`; leading zeros allowed,
 * `1.0.01` = `1.0.1`), optional `-label.label` and `+metadata`. Labels are case-insensitive, so they are
 * lower-cased here; NuGet compares them with ordinal-ignore-case, which orders `[0-9A-Za-z-]` the same
 * way. Rejected: a `v` prefix, more than four numbers, empty labels. Numbers of any size are accepted and
 * compared exactly (NuGet itself caps them at 2^31-1).
 */
export function parseNuGetVersion(text: string): Semver2 | undefined {
  const v = parseSemver2(text, NUGET);
  if (!v || v.pre.length === 0) return v;
  return { release: v.release, pre: v.pre.map((id) => id.toLowerCase()), build: v.build };
}

/** NuGet: NuGet.Versioning's order (SemVer 2.0 with a fourth number); metadata ignored. */
export const dotnetVersionScheme: VersionScheme<Semver2> = {
  id: 'dotnet/nuget',
  description: 'NuGet versions: SemVer 2.0 with up to four numbers, case-insensitive labels.',
  requirements: { network: false },
  ecosystems: ['NuGet'],
  parse: parseNuGetVersion,
  compare: compareSemver2,
};
