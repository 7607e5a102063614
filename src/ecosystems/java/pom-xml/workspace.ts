/**
 * Other POMs of the scanned tree: parents and modules, read through the ExtractorContext and parsed
 * once per scan (cached per context), and an index by groupId:artifactId:version for parents that
 * are not at their relativePath. Nothing here touches the network.
 */
import { posix } from 'node:path';
import type { ExtractorContext } from '../../../core/plugin/extractor.js';
import { baseName } from '../maven-package.js';
import { type Pom, type PomParent, readPom } from './pom.js';

/** POMs indexed by coordinates when a parent is looked up by them; bounds the work on huge trees. */
export const MAX_INDEXED_POMS = 5000;

interface Cache {
  poms: Map<string, Pom | null>;
  byGav?: Map<string, string>;
}

const CACHES = new WeakMap<ExtractorContext, Cache>();

function cacheOf(ctx: ExtractorContext): Cache {
  let c = CACHES.get(ctx);
  if (!c) {
    c = { poms: new Map() };
    CACHES.set(ctx, c);
  }
  return c;
}

/** The POM at `path`, or undefined when absent or unreadable. */
export function loadPom(ctx: ExtractorContext, path: string): Pom | undefined {
  const cache = cacheOf(ctx);
  const seen = cache.poms.get(path);
  if (seen !== undefined) return seen ?? undefined;
  let pom: Pom | null = null;
  const text = ctx.readText(path);
  if (text !== undefined) {
    try {
      pom = readPom(text, path);
    } catch {
      pom = null;
    }
  }
  cache.poms.set(path, pom);
  return pom ?? undefined;
}

/** A path relative to the scanned root, or undefined when it leaves the root. */
export function joinInTree(dir: string, rel: string): string | undefined {
  const p = posix.normalize(posix.join(dir, rel));
  if (p === '..' || p.startsWith('../') || posix.isAbsolute(p)) return undefined;
  return p;
}

/** The pom.xml a `relativePath` or `<module>` names (a folder means its pom.xml). */
export function pomPathIn(dir: string, rel: string): string | undefined {
  const p = joinInTree(dir, rel);
  if (p === undefined) return undefined;
  return p.endsWith('.xml') ? p : p === '.' ? 'pom.xml' : `${p}/pom.xml`;
}

/** groupId and version of a POM, inherited from its parent declaration when not its own. */
export function ownCoordinates(pom: Pom): { groupId: string; artifactId: string; version: string } {
  return {
    groupId: pom.groupId || pom.parent?.groupId || '',
    artifactId: pom.artifactId,
    version: pom.version || pom.parent?.version || '',
  };
}

function gavIndex(ctx: ExtractorContext): Map<string, string> {
  const cache = cacheOf(ctx);
  if (cache.byGav) return cache.byGav;
  const index = new Map<string, string>();
  let n = 0;
  for (const f of ctx.files) {
    if (baseName(f) !== 'pom.xml') continue;
    if (++n > MAX_INDEXED_POMS) break;
    const pom = loadPom(ctx, f);
    if (!pom) continue;
    const c = ownCoordinates(pom);
    const key = `${c.groupId}:${c.artifactId}:${c.version}`;
    if (!index.has(key)) index.set(key, f);
  }
  cache.byGav = index;
  return index;
}

function isParent(pom: Pom, parent: PomParent): boolean {
  const c = ownCoordinates(pom);
  return c.groupId === parent.groupId && c.artifactId === parent.artifactId && c.version === parent.version;
}

/** The POM of the tree with these coordinates (not `exclude`), or undefined. */
export function findByCoordinates(
  ctx: ExtractorContext,
  c: { groupId: string; artifactId: string; version: string },
  exclude: string,
): Pom | undefined {
  const found = gavIndex(ctx).get(`${c.groupId}:${c.artifactId}:${c.version}`);
  return found === undefined || found === exclude ? undefined : loadPom(ctx, found);
}

/** The declared parent when it is in the tree: at its relativePath, else by its coordinates. */
export function findParent(ctx: ExtractorContext, childPath: string, parent: PomParent): Pom | undefined {
  if (parent.relativePath !== '') {
    const at = pomPathIn(posix.dirname(childPath), parent.relativePath ?? '../pom.xml');
    if (at !== undefined && at !== childPath) {
      const pom = loadPom(ctx, at);
      if (pom && isParent(pom, parent)) return pom;
    }
  }
  return findByCoordinates(ctx, parent, childPath);
}
