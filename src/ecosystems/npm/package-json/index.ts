import type { Extractor } from '../../../core/plugin/extractor.js';
import { matchesFileName } from '../file-names.js';
import { extractPackageJson } from './extract.js';

const FILES = ['package.json'] as const;

export const packageJsonExtractor: Extractor = {
  id: 'npm/package-json',
  description:
    'Reads package.json where no JS lockfile covers it: the project and its declared dependencies as unresolved ranges.',
  ecosystem: 'npm',
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractPackageJson,
};
