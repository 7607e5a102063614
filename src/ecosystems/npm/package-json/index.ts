import { type Extractor, emptyOutput } from '../../../core/plugin/extractor.js';

const FILES = ['package.json'] as const;

/** TODO: not implemented yet. */
export const packageJsonExtractor: Extractor = {
  id: 'npm/package-json',
  description: 'Reads package.json (not implemented yet).',
  ecosystem: 'npm',
  files: FILES,
  requirements: { network: false },
  matches: (path) => (FILES as readonly string[]).includes(path.slice(path.lastIndexOf('/') + 1)),
  extract: () => emptyOutput(),
};
