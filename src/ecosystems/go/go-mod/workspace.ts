/**
 * A module inside a Go workspace: the go command finds the nearest go.work at or above the folder,
 * and when that go.work `use`s the module, the go.work's `replace` directives override the module's
 * own for the same module path. go/go-mod applies them here, so a requirement a go.work replaces is
 * reported once, as the replacement that gets built.
 */
import { InputError } from '../../../core/errors/index.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractorContext } from '../../../core/plugin/extractor.js';
import { type GoWork, readGoWork } from '../go-work/parse.js';
import type { Replace } from './directives.js';
import { folderOf } from './module.js';

interface Parsed {
  work: GoWork;
  folders: Set<string | undefined>;
}

/**
 * Parsed go.work files per scan (one ExtractorContext per scan), so that a workspace of n modules
 * is read once, not n times. null: unreadable or not a go.work.
 */
const CACHE = new WeakMap<ExtractorContext, Map<string, Parsed | null>>();

function parsedWork(ctx: ExtractorContext, path: string): Parsed | null {
  let cache = CACHE.get(ctx);
  if (!cache) {
    cache = new Map();
    CACHE.set(ctx, cache);
  }
  const hit = cache.get(path);
  if (hit !== undefined) return hit;
  let parsed: Parsed | null = null;
  const text = ctx.readText(path);
  if (text !== undefined) {
    try {
      const work = readGoWork(text, path, new DiagnosticSink(path));
      parsed = { work, folders: new Set(work.uses.map((u) => u.folder)) };
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
    }
  }
  cache.set(path, parsed);
  return parsed;
}

/** The nearest go.work at or above `folder` when it uses `folder`; its problems are its own extractor's to report. */
export function enclosingWorkspace(ctx: ExtractorContext, folder: string): GoWork | undefined {
  let dir = folder;
  for (;;) {
    const path = dir === '.' ? 'go.work' : `${dir}/go.work`;
    if (ctx.has(path)) {
      const parsed = parsedWork(ctx, path);
      return parsed?.folders.has(folder) ? parsed.work : undefined;
    }
    if (dir === '.') return undefined;
    dir = folderOf(dir);
  }
}

/** The module's replaces with the workspace's in front: a go.work replace of a module path wins. */
export function withWorkspaceReplaces(own: readonly Replace[], work: GoWork | undefined): Replace[] {
  if (!work || work.replaces.length === 0) return [...own];
  const replaced = new Set(work.replaces.map((r) => r.path));
  return [...work.replaces, ...own.filter((r) => !replaced.has(r.path))];
}
