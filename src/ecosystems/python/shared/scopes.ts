import type { Scope } from '../../../core/model/package.js';

/** Group / extra / file-name words that mean development tooling rather than what the project ships. */
export const DEV_WORDS: ReadonlySet<string> = new Set([
  'dev',
  'develop',
  'development',
  'test',
  'tests',
  'testing',
  'lint',
  'docs',
  'doc',
  'ci',
  'typing',
]);

/** `dev` when any word of `name` (split at `-`, `_`, `.`) is a DEV_WORDS word, else `fallback`. */
export function scopeOfName(name: string, fallback: Scope): Scope {
  return name
    .toLowerCase()
    .split(/[-_.]/)
    .some((w) => DEV_WORDS.has(w))
    ? 'dev'
    : fallback;
}
