/**
 * What a badge says about a scan: the aggregate posture score (0–10, one decimal, coloured by band)
 * or the OSPS Baseline level reached. A result that did not evaluate it, or could not score any check,
 * gives a grey "unknown" badge, never a green one.
 */
import type { Badge } from './svg.js';

export const BADGE_KINDS = ['score', 'baseline'] as const;
export type BadgeKind = (typeof BADGE_KINDS)[number];

/** The parts of a ScanResult (or of a result file read back) a badge reads. */
export interface BadgeSource {
  posture: { status: 'ok'; aggregateScore: number } | { status: 'not-run' };
  baseline: { status: 'ok'; levelReached: 0 | 1 | 2 | 3 } | { status: 'not-run' };
}

export const BADGE_COLORS = {
  brightgreen: '#4c1',
  green: '#97ca00',
  yellowgreen: '#a4a61d',
  yellow: '#dfb317',
  orange: '#fe7d37',
  red: '#e05d44',
  grey: '#9f9f9f',
} as const;

/** Score bands, highest first: the first whose minimum the score reaches gives the colour. */
export const SCORE_BANDS: ReadonlyArray<readonly [number, string]> = [
  [8, BADGE_COLORS.brightgreen],
  [6, BADGE_COLORS.green],
  [4, BADGE_COLORS.yellow],
  [2, BADGE_COLORS.orange],
  [0, BADGE_COLORS.red],
];

const LEVEL_COLORS: Readonly<Record<0 | 1 | 2 | 3, string>> = {
  0: BADGE_COLORS.orange,
  1: BADGE_COLORS.yellowgreen,
  2: BADGE_COLORS.green,
  3: BADGE_COLORS.brightgreen,
};

export function badgeFor(source: BadgeSource, kind: BadgeKind): Badge {
  if (kind === 'baseline') {
    const b = source.baseline;
    if (b.status !== 'ok') return { label: 'OSPS Baseline', value: 'unknown', color: BADGE_COLORS.grey };
    return {
      label: 'OSPS Baseline',
      value: b.levelReached === 0 ? 'none' : `level ${b.levelReached}`,
      color: LEVEL_COLORS[b.levelReached],
    };
  }
  const p = source.posture;
  if (p.status !== 'ok' || !(p.aggregateScore >= 0 && p.aggregateScore <= 10))
    return { label: 'security posture', value: 'unknown', color: BADGE_COLORS.grey };
  const band = SCORE_BANDS.find(([min]) => p.aggregateScore >= min) ?? SCORE_BANDS[SCORE_BANDS.length - 1]!;
  return { label: 'security posture', value: `${p.aggregateScore.toFixed(1)}/10`, color: band[1] };
}
