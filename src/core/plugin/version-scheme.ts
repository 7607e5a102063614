import type { PluginMeta } from './plugin.js';

/**
 * The version ordering of one OSV ecosystem (or a family of them that share it, e.g. every RPM
 * distribution). Matching a package against OSV ranges goes through exactly one scheme; an ecosystem
 * without one is reported as unsupported, never guessed.
 *
 * `V` is the scheme's parsed form. Parse once, compare many times: the matcher parses the package
 * version and each range event once per record.
 */
export interface VersionScheme<V = unknown> extends PluginMeta {
  /**
   * OSV ecosystem names this scheme serves, exactly as OSV spells them before any `:` suffix
   * (`PyPI`, `crates.io`, `Debian`, `Red Hat`). `Debian:12` and `Ubuntu:22.04:LTS` map through their prefix.
   */
  readonly ecosystems: readonly string[];
  /**
   * The parsed version, or `undefined` when `text` is not a version in this scheme (the matcher then
   * reports the package's status as unknown). Lenient schemes (dpkg, Maven) accept almost anything, as
   * their tools do. Must not throw, and must stay linear on hostile input (no backtracking regexes).
   */
  parse(text: string): V | undefined;
  /** Negative when `a` sorts before `b`, zero when they are equal in this scheme, positive otherwise. */
  compare(a: V, b: V): number;
}

/** Compares two version strings; `undefined` when either is not a valid version in the scheme. */
export function compareVersionStrings<V>(scheme: VersionScheme<V>, a: string, b: string): number | undefined {
  const pa = scheme.parse(a);
  if (pa === undefined) return undefined;
  const pb = scheme.parse(b);
  if (pb === undefined) return undefined;
  return scheme.compare(pa, pb);
}
