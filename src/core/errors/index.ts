/**
 * Typed failures. Data problems inside a file are Diagnostics; these are for failures that stop a command.
 * The CLI maps each class to one exit code (src/cli/exit-codes.ts).
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
  /** What the user can do about it. */
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

/** The command line itself is wrong (unknown flag, bad value). */
export class UsageError extends UserError {
  override readonly name = 'UsageError';
}

/** A file or target cannot be read or is not valid. Names the file and, where known, the line. */
export class InputError extends UserError {
  override readonly name = 'InputError';
  readonly path: string | undefined;
  readonly line: number | undefined;
  constructor(message: string, opts: { path?: string; line?: number; hint?: string } = {}) {
    super(message, opts.hint);
    this.path = opts.path;
    this.line = opts.line;
  }
}

/** A network source or external program (git) failed. */
export class ExternalSourceError extends UserError {
  override readonly name = 'ExternalSourceError';
}

/** A bug in Sterling. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
