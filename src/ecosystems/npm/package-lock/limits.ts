/**
 * Bounds on hostile or broken lockfiles. npm itself never comes near them: real lockfiles have a few
 * thousand entries, names of at most 214 characters and node_modules nesting far below 64 levels.
 */
export const LIMITS = {
  /** Entries read from `packages`, or nodes from a v1 `dependencies` tree; the rest is reported. */
  maxEntries: 250_000,
  /** npm allows 214 characters; some slack for old data. */
  maxNameLength: 256,
  maxVersionLength: 256,
  /** `resolved`, `integrity`, link targets. */
  maxUrlLength: 4_096,
  /** Path segments in a `packages` key (node_modules/a/node_modules/b has 4). */
  maxKeySegments: 256,
  /** Depth of a v1 `dependencies` tree (the line scan bounds JSON nesting as well). */
  maxTreeDepth: 128,
} as const;
