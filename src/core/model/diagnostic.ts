/**
 * Something a scan could not do or had to approximate. Data problems are results, not exceptions:
 * a malformed entry, a skipped file or an unsupported dependency kind each become one Diagnostic.
 */
export type DiagnosticLevel = 'error' | 'warning' | 'info';

export interface Diagnostic {
  level: DiagnosticLevel;
  /** Stable machine-readable code, e.g. `parse-error`, `unsupported-source`, `file-too-large`. */
  code: string;
  message: string;
  path?: string;
  line?: number;
}

/** Why the workspace walk did not read a path. */
export type SkipReason =
  | 'excluded-dir'
  | 'excluded'
  | 'not-included'
  | 'symlink'
  | 'symlink-outside-root'
  | 'file-too-large'
  | 'unreadable'
  | 'too-deep'
  | 'too-many-files';

export interface SkippedPath {
  path: string;
  reason: SkipReason;
  detail?: string;
}
