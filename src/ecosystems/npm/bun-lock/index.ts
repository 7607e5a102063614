import { type Extractor, emptyOutput } from '../../../core/plugin/extractor.js';

const FILES = ['bun.lock'] as const;

/** TODO: not implemented yet. */
export const bunLockExtractor: Extractor = {
  id: 'npm/bun-lock',
  description: 'Reads bun.lock (not implemented yet).',
  ecosystem: 'npm',
  files: FILES,
  requirements: { network: false },
  matches: (path) => (FILES as readonly string[]).includes(path.slice(path.lastIndexOf('/') + 1)),
  extract: () => emptyOutput(),
};
