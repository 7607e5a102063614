import type { Extractor } from '../../../core/plugin/extractor.js';
import { extractPackageJson } from './extract.js';

const FILES = ['package.json'] as const;

export const packageJsonExtractor: Extractor = {
  id: 'npm/package-json',
  description:
    'Reads package.json where no JS lockfile covers it: the project and its declared dependencies as unresolved ranges.',
  ecosystem: 'npm',
  files: FILES,
  requirements: { network: false },
  matches: (path) => (FILES as readonly string[]).includes(path.slice(path.lastIndexOf('/') + 1)),
  extract: extractPackageJson,
};
