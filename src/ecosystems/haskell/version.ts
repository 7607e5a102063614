import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import { compareNumericLists, splitNumeric } from '../shared/version-text.js';

/**
 * Hackage and GHC: a version is a non-empty list of natural numbers separated by dots (Cabal's
 * `Version`), compared as a list: number by number, and a proper prefix sorts first (`1.0` < `1.0.0`).
 * Rejected: anything but digits and single dots (tags such as `1.0-foo` were removed from Cabal).
 */
export const haskellVersionScheme: VersionScheme<readonly string[]> = {
  id: 'haskell/pvp',
  description: 'Hackage and GHC versions: dot-separated numbers compared as lists (PVP / Cabal order).',
  requirements: { network: false },
  ecosystems: ['GHC', 'Hackage'],
  parse: (text) => splitNumeric(text, '.'),
  compare: compareNumericLists,
};
