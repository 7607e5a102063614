import { type Extractor, emptyOutput } from '../../../core/plugin/extractor.js';

const FILES = ['pnpm-lock.yaml'] as const;

/** TODO: not implemented yet. */
export const pnpmLockExtractor: Extractor = {
  id: 'npm/pnpm-lock',
  description: 'Reads pnpm-lock.yaml (not implemented yet).',
  ecosystem: 'npm',
  files: FILES,
  requirements: { network: false },
  matches: (path) => (FILES as readonly string[]).includes(path.slice(path.lastIndexOf('/') + 1)),
  extract: () => emptyOutput(),
};
