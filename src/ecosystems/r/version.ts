import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import { compareNumericLists, splitNumeric } from '../shared/version-text.js';

/**
 * Parses an R package version: at least two natural numbers separated by `.` or `-` (R's
 * `package_version`; `0.1-2` = `0.1.2`, `0.01` = `0.1`). Rejected: a single number (R refuses it),
 * letters, empty components.
 */
export function parseCranVersion(text: string): readonly string[] | undefined {
  const parts = splitNumeric(text, '.-');
  return parts && parts.length >= 2 ? parts : undefined;
}

/** CRAN and Bioconductor: R's `compareVersion` order, number by number, a proper prefix first. */
export const rVersionScheme: VersionScheme<readonly string[]> = {
  id: 'r/cran',
  description: 'CRAN and Bioconductor versions: numbers separated by "." or "-", compared as lists.',
  requirements: { network: false },
  ecosystems: ['Bioconductor', 'CRAN'],
  parse: parseCranVersion,
  compare: compareNumericLists,
};
