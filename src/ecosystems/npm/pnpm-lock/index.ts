import type { Extractor } from '../../../core/plugin/extractor.js';
import { matchesFileName } from '../file-names.js';
import { extractPnpmLock } from './extract.js';

const FILES = ['pnpm-lock.yaml'] as const;

/** pnpm-lock.yaml v5.x (5.3/5.4), v6.x and v9.x, including workspace `importers`. */
export const pnpmLockExtractor: Extractor = {
  id: 'npm/pnpm-lock',
  description:
    'Reads pnpm-lock.yaml (lockfile v5.x, v6 and v9): packages with exact versions, sources, the dependency graph, and workspace importers as projects.',
  ecosystem: 'npm',
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractPnpmLock,
};
