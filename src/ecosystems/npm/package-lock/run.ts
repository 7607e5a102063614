import type { Project } from '../../../core/model/package.js';
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractorContext } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import type { PackageCollector } from './collect.js';
import { LIMITS } from './limits.js';
import type { LineIndex } from './lines.js';

/** What the v1 and v2 readers share while extracting one lockfile. */
export interface Run {
  /** The lockfile's path relative to the scanned root. */
  path: string;
  /** Its folder relative to the scanned root (`.` at the root). */
  dir: string;
  /** The lockfile's top-level object. */
  top: Record<string, unknown>;
  lines: LineIndex;
  sink: DiagnosticSink;
  ctx: ExtractorContext;
  packages: PackageCollector;
  projects: Project[];
}

/** An `invalid-entry` warning for the entry under `key`, which is skipped. */
export function invalidEntry(run: Run, key: string, reason: string, line: number | undefined): void {
  // Quoted, so a hostile key cannot reach a terminal raw (the path is the walk's, already safe).
  run.sink.warn('invalid-entry', `${run.path}: skipped entry ${quote(key)}: ${reason}`, line);
}

/** Reading stopped at LIMITS.maxEntries, at the entry on `line`. */
export function tooManyEntries(run: Run, line: number | undefined): void {
  run.sink.warn(
    'too-many-entries',
    `${run.path}: only the first ${LIMITS.maxEntries} entries were read`,
    line,
  );
}

/** The root project's name: the root entry's, the lockfile's, the package.json's (else the folder's). */
export function rootName(
  run: Run,
  entryName: string | undefined,
  manifestName: string | undefined,
): string | undefined {
  for (const c of [entryName, run.top.name, manifestName])
    if (typeof c === 'string' && c.length > 0) return c;
  return undefined;
}
