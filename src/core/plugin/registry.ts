import type { PluginMeta } from './plugin.js';

const ID_RE = /^[a-z0-9]+(?:[-.][a-z0-9]+)*(?:\/[a-z0-9]+(?:[-.][a-z0-9]+)*)*$/;

/**
 * Checks the contract every registry shares: ids unique, well-formed, sorted; description present.
 * Returns the problems found (empty when the registry is sound).
 */
export function checkRegistry(entries: readonly PluginMeta[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    if (!ID_RE.test(e.id)) problems.push(`id "${e.id}" is not kebab-case with optional "/" namespaces`);
    if (seen.has(e.id)) problems.push(`id "${e.id}" is registered twice`);
    seen.add(e.id);
    if (!e.description || e.description.trim().length < 10) problems.push(`${e.id}: description missing`);
    if (typeof e.requirements?.network !== 'boolean') problems.push(`${e.id}: requirements.network missing`);
  }
  const ids = entries.map((e) => e.id);
  const sorted = [...ids].sort();
  if (ids.join('\n') !== sorted.join('\n')) problems.push('registry is not sorted by id');
  return problems;
}
