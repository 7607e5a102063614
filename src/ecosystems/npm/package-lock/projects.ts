/** First-party projects of a lockfile: the root and its workspace members. */
import type { DirectDependency, Scope } from '../../../core/model/package.js';
import { type PackageManifest, readManifestIn } from '../manifest.js';
import type { Run } from './run.js';

/** The package.json beside the lockfile, when there is one; an unreadable one becomes a warning. */
export function readRootManifest(run: Run): PackageManifest | undefined {
  return readManifestIn(run.ctx, run.dir, {
    sink: run.sink,
    consequence: 'direct dependencies are guessed',
  });
}

/** A top-level installed package, for finding direct dependencies without a root entry. */
export interface TopLevel {
  name: string;
  id: string;
  scopes: readonly Scope[];
}

/**
 * Direct dependencies of a root project whose lockfile does not list them (v1, or v2 without `""`):
 * from the package.json beside it when there is one, else the top-level packages nothing else
 * requires (a lower bound: a direct dependency that another package also requires is missed).
 */
export function guessRootDependencies(
  top: ReadonlyMap<string, TopLevel>,
  required: ReadonlySet<string>,
  manifest: PackageManifest | undefined,
): DirectDependency[] {
  const out: DirectDependency[] = [];
  if (manifest) {
    for (const dep of manifest.dependencies) {
      const pkg = top.get(dep.name);
      if (pkg) out.push({ id: pkg.id, scope: dep.scope });
    }
    return out;
  }
  for (const pkg of top.values()) {
    if (required.has(pkg.id)) continue;
    for (const scope of pkg.scopes) out.push({ id: pkg.id, scope });
  }
  return out;
}
