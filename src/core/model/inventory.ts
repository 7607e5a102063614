import type { Diagnostic, SkippedPath } from './diagnostic.js';
import type { FileTag } from './file-tag.js';
import type { Package, Project } from './package.js';

/** One file an extractor read. */
export interface ExtractedFile {
  path: string;
  extractor: string;
  status: 'extracted' | 'error';
  packageCount: number;
  /** Set when the file is under a test, example or fixture folder (e.g. `test/fixtures/`). */
  tag?: FileTag;
}

export interface Inventory {
  /** Third-party packages, unique by id, sorted by id. */
  packages: Package[];
  /** First-party projects (root and workspace members), sorted by id. */
  projects: Project[];
  files: ExtractedFile[];
  /** Paths the walk did not read, and why. */
  skipped: SkippedPath[];
  diagnostics: Diagnostic[];
}
