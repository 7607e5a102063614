import { type Extractor, emptyOutput } from '../../../core/plugin/extractor.js';

const FILES = ['package-lock.json', 'npm-shrinkwrap.json'] as const;

/** TODO: not implemented yet. */
export const packageLockExtractor: Extractor = {
  id: 'npm/package-lock',
  description: 'Reads package-lock.json,npm-shrinkwrap.json (not implemented yet).',
  ecosystem: 'npm',
  files: FILES,
  requirements: { network: false },
  matches: (path) => (FILES as readonly string[]).includes(path.slice(path.lastIndexOf('/') + 1)),
  extract: () => emptyOutput(),
};
