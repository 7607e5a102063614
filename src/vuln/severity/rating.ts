/** Qualitative severity levels, and the score bands that map CVSS scores onto them. */

import type { SeverityLevel } from '../../core/model/vulnerability.js';

export type { SeverityLevel };

/**
 * The CVSS v3.x / v4.0 Qualitative Severity Rating Scale (v3.1 specification section 5, v4.0 section 6):
 * 0.0 none, 0.1-3.9 low, 4.0-6.9 medium, 7.0-8.9 high, 9.0-10.0 critical. Compared in tenths, so a
 * score such as 6.9 is never misplaced by floating-point noise.
 */
export function ratingOf(score: number): Exclude<SeverityLevel, 'unknown'> {
  const tenths = Math.round(score * 10);
  if (tenths <= 0) return 'none';
  if (tenths < 40) return 'low';
  if (tenths < 70) return 'medium';
  if (tenths < 90) return 'high';
  return 'critical';
}

/**
 * CVSS v2 has no rating scale of its own; this is NVD's for v2 base scores: 0.0-3.9 low, 4.0-6.9
 * medium, 7.0-10.0 high (no "none", no "critical", so a v2 10.0 stays high as NVD shows it).
 */
export function ratingOfV2(score: number): 'high' | 'medium' | 'low' {
  const tenths = Math.round(score * 10);
  if (tenths < 40) return 'low';
  if (tenths < 70) return 'medium';
  return 'high';
}
