import type { Diagnostic } from '../model/diagnostic.js';
import type { Package, Project } from '../model/package.js';
import type { PluginMeta } from './plugin.js';

/** A file handed to an extractor: path relative to the scanned root (POSIX) and its text. */
export interface ExtractorFile {
  path: string;
  text: string;
}

/** Read-only access to the rest of the workspace, for extractors that need a sibling manifest. */
export interface ExtractorContext {
  /** Every regular file the walk found (relative POSIX paths, sorted). */
  readonly files: readonly string[];
  /** Whether the walk found this file. */
  has(path: string): boolean;
  /** Text of another workspace file, or undefined when absent, skipped or unreadable. */
  readText(path: string): string | undefined;
}

export interface ExtractionOutput {
  packages: Package[];
  projects: Project[];
  diagnostics: Diagnostic[];
}

/**
 * Turns one file format into packages. `matches` must be cheap (it sees every path; look at the
 * basename only). `extract` throws InputError when the whole file is unreadable (not JSON, wrong
 * shape); a bad entry inside an otherwise valid file becomes a Diagnostic and the rest is kept.
 */
export interface Extractor extends PluginMeta {
  readonly ecosystem: string;
  /** File names (or patterns) this extractor reads, for docs. */
  readonly files: readonly string[];
  matches(path: string): boolean;
  extract(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput;
}

export function emptyOutput(): ExtractionOutput {
  return { packages: [], projects: [], diagnostics: [] };
}
