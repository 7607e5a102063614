/**
 * How big an upgrade is: `patch`, `minor` or `major` (SemVer-like reading of the leading numbers;
 * a minor step below 1.0 counts as major, as SemVer allows breaking changes there).
 */
export type Jump = 'patch' | 'minor' | 'major';

/** Upgrade effort in minutes by jump: a major upgrade may break the code and needs testing. */
export const JUMP_MINUTES: Readonly<Record<Jump, number>> = { patch: 10, minor: 20, major: 60 };

function numbers(version: string): number[] {
  const out: number[] = [];
  const v = version.startsWith('v') ? version.slice(1) : version;
  for (const part of v.split(/[.+-]/, 3)) {
    if (!/^\d{1,9}$/.test(part)) break;
    out.push(Number(part));
  }
  return out;
}

export function versionJump(from: string, to: string): Jump {
  const a = numbers(from);
  const b = numbers(to);
  if (a.length === 0 || b.length === 0) return 'minor';
  if (a[0] !== b[0]) return 'major';
  if ((a[1] ?? 0) !== (b[1] ?? 0)) return a[0] === 0 ? 'major' : 'minor';
  return 'patch';
}
