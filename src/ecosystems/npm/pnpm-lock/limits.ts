/**
 * Bounds on hostile or broken pnpm lockfiles. pnpm itself stays far below them: large monorepos
 * have tens of thousands of entries, keys of a few hundred characters (peer suffixes included).
 */
export const LIMITS = {
  /** Text length read at all (the workspace walk caps files at the same size). */
  maxTextLength: 64 * 1024 * 1024,
  /** Entries read from `packages` + `snapshots` + `importers`; the rest is reported. */
  maxEntries: 250_000,
  /** A `packages` key, peer suffix included. */
  maxKeyLength: 8_192,
  /** npm allows 214 characters; some slack for old data. */
  maxNameLength: 256,
  maxVersionLength: 256,
  /** Examples quoted in the one `unresolved-dependency` summary. */
  maxUnresolvedExamples: 5,
} as const;
