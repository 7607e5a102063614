import { getOrInit } from '../util/map.js';
import type { Package, Project, Scope } from './package.js';
import { SCOPES } from './package.js';

/** Sorted, unique scopes in the canonical order prod, dev, optional, peer. */
export function normalizeScopes(scopes: Iterable<Scope>): Scope[] {
  let mask = 0;
  for (const s of scopes) {
    const rank = SCOPES.indexOf(s);
    if (rank >= 0) mask |= 1 << rank;
  }
  const out: Scope[] = [];
  for (let rank = 0; rank < SCOPES.length; rank++) if (mask & (1 << rank)) out.push(SCOPES[rank]!);
  return out;
}

/** True when `scopes` is already what normalizeScopes returns for it (then it need not be copied). */
export function isNormalizedScopes(scopes: readonly Scope[]): boolean {
  let last = -1;
  for (const s of scopes) {
    const rank = SCOPES.indexOf(s);
    if (rank <= last) return false;
    last = rank;
  }
  return true;
}

/**
 * Sets `scopes` on every package from the graph: a package gets each scope through which it is
 * reachable from a project's direct dependency. Iterative (no recursion), linear in edges per scope.
 * Packages no project reaches keep the scopes they already have, or `prod` when they have none.
 */
export function propagateScopes(projects: readonly Project[], packages: readonly Package[]): void {
  const byId = new Map(packages.map((p) => [p.id, p]));
  const reached = new Map<string, Set<Scope>>();
  for (const scope of SCOPES) {
    const stack: string[] = [];
    for (const project of projects) {
      for (const dep of project.dependencies) if (dep.scope === scope) stack.push(dep.id);
    }
    const seen = new Set<string>();
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const pkg = byId.get(id);
      if (!pkg) continue;
      getOrInit(reached, id, () => new Set<Scope>()).add(scope);
      for (const child of pkg.dependencies) if (!seen.has(child)) stack.push(child);
    }
  }
  for (const pkg of packages) {
    const set = reached.get(pkg.id);
    if (set) pkg.scopes = normalizeScopes(set);
    else if (pkg.scopes.length === 0) pkg.scopes = ['prod'];
  }
}

/** Marks packages that a project lists as a direct dependency. */
export function markDirect(projects: readonly Project[], packages: readonly Package[]): void {
  const direct = new Set<string>();
  for (const project of projects) for (const dep of project.dependencies) direct.add(dep.id);
  for (const pkg of packages) if (!pkg.direct) pkg.direct = direct.has(pkg.id);
}
