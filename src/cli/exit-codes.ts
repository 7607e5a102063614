import { ExternalSourceError, InputError, UsageError, UserError } from '../core/errors/index.js';

/**
 * The exit-code contract (documented in README.md). The CLI is the only place that chooses one.
 */
export const EXIT = {
  /** The command did what was asked. */
  ok: 0,
  /** Findings over the configured threshold (reserved for policy gates). */
  findings: 1,
  /** The command line is wrong. */
  usage: 2,
  /** The target or a file in it cannot be read or parsed; results are missing or incomplete. */
  input: 3,
  /** A network source or external program (git) failed. */
  external: 4,
  /** A bug in Sterling. */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeFor(err: unknown): ExitCode {
  if (err instanceof UsageError) return EXIT.usage;
  if (err instanceof InputError) return EXIT.input;
  if (err instanceof ExternalSourceError) return EXIT.external;
  if (err instanceof UserError) return EXIT.input;
  return EXIT.internal;
}
