/**
 * Edges of an SBOM (by the document's own refs) -> package dependencies and project dependencies,
 * plus `direct` for packages a first-party project or the described root depends on.
 */
import type { DirectDependency, Package, Project, Scope } from '../../core/model/package.js';
import { getOrInit } from '../../core/util/map.js';
import { makeProject } from '../shared/package.js';

export interface SbomNodes {
  /** ref -> package. */
  packages: Map<string, Package>;
  /** ref -> project (Sterling's first-party markers). */
  projects: Map<string, Project>;
  /** Refs of the described root when it is not a project (a third-party SBOM's subject). */
  roots: Set<string>;
}

function edgeScope(pkg: Package): Scope {
  if (pkg.scopes.length === 0 || pkg.scopes.includes('prod')) return 'prod';
  return pkg.scopes[0]!;
}

/**
 * Applies `edges` (from ref -> to refs; `dev` marks SPDX DEV_DEPENDENCY_OF edges). Packages keep
 * sorted, unique dependency ids; a package with no `direct` of its own becomes direct when a
 * project or root depends on it.
 */
export function applyEdges(
  nodes: SbomNodes,
  edges: Iterable<{ from: string; to: string; scope?: Scope }>,
  explicitDirect: Set<Package>,
): void {
  const deps = new Map<Package, Set<string>>();
  const direct = new Map<Project, Map<string, DirectDependency>>();
  for (const { from, to, scope } of edges) {
    const target = nodes.packages.get(to);
    const targetProject = target ? undefined : nodes.projects.get(to);
    const toId = target?.id ?? targetProject?.id;
    if (!toId) continue;
    const pkg = nodes.packages.get(from);
    if (pkg) {
      if (toId === pkg.id) continue;
      getOrInit(deps, pkg, () => new Set<string>()).add(toId);
      continue;
    }
    const project = nodes.projects.get(from);
    if (project) {
      const m = getOrInit(direct, project, () => new Map<string, DirectDependency>());
      const s = scope ?? (target ? edgeScope(target) : 'prod');
      m.set(`${toId}\u0000${s}`, { id: toId, scope: s });
    }
    if ((project || nodes.roots.has(from)) && target && !explicitDirect.has(target)) target.direct = true;
  }
  for (const [pkg, set] of deps) pkg.dependencies = [...set].sort();
  for (const [project, m] of direct) project.dependencies = [...m.values()];
}

export { makeProject };
