import { type Extractor, emptyOutput } from '../../../core/plugin/extractor.js';

const FILES = ['yarn.lock'] as const;

/** TODO: not implemented yet. */
export const yarnLockExtractor: Extractor = {
  id: 'npm/yarn-lock',
  description: 'Reads yarn.lock (not implemented yet).',
  ecosystem: 'npm',
  files: FILES,
  requirements: { network: false },
  matches: (path) => (FILES as readonly string[]).includes(path.slice(path.lastIndexOf('/') + 1)),
  extract: () => emptyOutput(),
};
