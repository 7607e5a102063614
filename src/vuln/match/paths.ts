/**
 * Dependency paths from a direct dependency down to a package, over the inventory graph: the
 * shortest few, found by one breadth-first search upwards (over reverse edges) from the package.
 */
import type { Inventory } from '../../core/model/inventory.js';
import { compareStrings } from '../../core/util/compare.js';
import { getOrInit } from '../../core/util/map.js';

export const MAX_PATHS = 5;
/** Paths longer than this are not searched (deep graphs stay cheap). */
const MAX_DEPTH = 64;

export interface PathFinder {
  /** Up to MAX_PATHS shortest paths `[direct, ..., target]`, sorted; `[]` when unreachable. */
  paths(targetId: string): string[][];
}

export function pathFinder(inventory: Inventory): PathFinder {
  const parents = new Map<string, string[]>();
  const direct = new Set<string>();
  for (const p of inventory.packages) {
    if (p.direct) direct.add(p.id);
    for (const d of p.dependencies) getOrInit(parents, d, () => []).push(p.id);
  }
  for (const pr of inventory.projects) for (const d of pr.dependencies) direct.add(d.id);
  return {
    paths(targetId) {
      // Each frontier entry is a path upwards: [target, parent, grandparent, ...].
      let frontier: string[][] = [[targetId]];
      const found: string[][] = [];
      const seen = new Set<string>([targetId]);
      for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0 && found.length === 0; depth++) {
        const next: string[][] = [];
        const reachedNow = new Set<string>();
        for (const path of frontier) {
          const head = path[path.length - 1]!;
          if (direct.has(head)) {
            found.push([...path].reverse());
            continue;
          }
          for (const parent of parents.get(head) ?? []) {
            if (seen.has(parent)) continue;
            reachedNow.add(parent);
            if (next.length < 1000) next.push([...path, parent]);
          }
        }
        for (const r of reachedNow) seen.add(r);
        frontier = next;
      }
      return found
        .sort((a, b) => a.length - b.length || compareStrings(a.join('\n'), b.join('\n')))
        .slice(0, MAX_PATHS);
    },
  };
}
