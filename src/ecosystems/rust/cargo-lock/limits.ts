/**
 * Bounds on hostile or broken Cargo files. Real Cargo.lock files have a few thousand entries and are a
 * few hundred kilobytes; crate names are at most 64 characters.
 */
export const LIMITS = {
  /** Bytes of Cargo.lock (or a Cargo.toml) handed to the TOML parser; a bigger file is refused. */
  maxBytes: 16 * 1024 * 1024,
  /** `[[package]]` entries read; the rest is reported. */
  maxEntries: 100_000,
  maxNameLength: 256,
  maxVersionLength: 256,
  maxSourceLength: 4_096,
  /** Cargo.toml files read to find workspace members and path dependencies. */
  maxManifests: 5_000,
} as const;
