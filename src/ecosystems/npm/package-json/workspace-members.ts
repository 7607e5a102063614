import { posix } from 'node:path';
import type { ExtractorContext } from '../../../core/plugin/extractor.js';
import { type PackageManifest, readManifestIn } from '../manifest.js';
import { resolveWorkspaceDirs } from '../workspaces.js';

/** Per scan: parsed manifests and workspaces by root folder, so that N members cost N reads, not N². */
interface Cache {
  manifests: Map<string, PackageManifest | null>;
  workspaces: Map<string, { dirs: Set<string>; names: Set<string> }>;
}
const caches = new WeakMap<ExtractorContext, Cache>();

function cacheOf(ctx: ExtractorContext): Cache {
  let cache = caches.get(ctx);
  if (!cache) {
    cache = { manifests: new Map(), workspaces: new Map() };
    caches.set(ctx, cache);
  }
  return cache;
}

/** `a/b` -> ['a/b', 'a', '.']. */
export function selfAndAncestors(dir: string): string[] {
  const out: string[] = [];
  let d = dir;
  for (;;) {
    out.push(d);
    if (d === '.' || d === '' || d === '/') return out;
    d = posix.dirname(d);
  }
}

function manifestAt(ctx: ExtractorContext, cache: Cache, dir: string): PackageManifest | null {
  const seen = cache.manifests.get(dir);
  if (seen !== undefined) return seen;
  // A broken one reports its own error when it is extracted.
  const manifest = readManifestIn(ctx, dir) ?? null;
  cache.manifests.set(dir, manifest);
  return manifest;
}

/**
 * Names of the packages of the npm/yarn workspace `dir` belongs to (its root and every member), or an
 * empty set when it belongs to none. A dependency on one of them is first-party code.
 */
export function workspaceNames(ctx: ExtractorContext, dir: string): Set<string> {
  const cache = cacheOf(ctx);
  for (const root of selfAndAncestors(dir)) {
    const manifest = manifestAt(ctx, cache, root);
    if (!manifest || manifest.workspaces.length === 0) continue;
    let workspace = cache.workspaces.get(root);
    if (!workspace) {
      const dirs = resolveWorkspaceDirs(root, manifest.workspaces, ctx.files);
      const names = new Set<string>();
      for (const d of [root, ...dirs]) {
        const name = manifestAt(ctx, cache, d)?.name;
        if (name) names.add(name);
      }
      workspace = { dirs: new Set(dirs), names };
      cache.workspaces.set(root, workspace);
    }
    if (root === dir || workspace.dirs.has(dir)) return workspace.names;
  }
  return new Set();
}
