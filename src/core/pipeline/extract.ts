import { fileTag } from '../../workspace/file-tags.js';
import { firstMatch, type PathPattern } from '../../workspace/path-filter.js';
import type { Workspace } from '../../workspace/workspace.js';
import { errorMessage, InputError } from '../errors/index.js';
import type { Diagnostic, SkippedPath } from '../model/diagnostic.js';
import type { FileTag } from '../model/file-tag.js';
import type { ExtractedFile, Inventory } from '../model/inventory.js';
import type { Package, Project } from '../model/package.js';
import type { Extractor, ExtractorContext } from '../plugin/extractor.js';
import { compareStrings } from '../util/compare.js';
import { mergePackages, mergeProjects } from './merge.js';
import type { ProgressEvent } from './scan.js';

/** Which of the walked files are extracted: `--include` / `--exclude` patterns. */
export interface FileSelection {
  /** When not empty, only files matching one of these (or under a matching folder) are read. */
  include: readonly PathPattern[];
  /** Files matching one of these (or under a matching folder) are not read. */
  exclude: readonly PathPattern[];
}

/**
 * Runs every matching extractor on every walked file the selection keeps. Each file is read at most
 * once. A file that cannot be parsed, or an extractor that fails, becomes an error Diagnostic; the
 * scan goes on. A file some extractor would read but the selection leaves out is listed as skipped.
 */
export function extractAll(
  ws: Workspace,
  walked: { files: string[]; skipped: SkippedPath[] },
  extractors: readonly Extractor[],
  onProgress?: (e: ProgressEvent) => void,
  selection?: FileSelection,
  subpath?: string,
): Inventory {
  // Under --subpath, only folders below it give tags: the folder the user chose is the project.
  const tagOf = (path: string) =>
    fileTag(subpath !== undefined && path.startsWith(`${subpath}/`) ? path.slice(subpath.length + 1) : path);
  const skipped = [...walked.skipped];
  const fileSet = new Set(walked.files);
  const texts = new Map<string, string | undefined>();
  // Extractors may read a file the walk did not list (e.g. the package.json of a `file:` dependency
  // inside an excluded `vendor/` folder): the workspace still enforces the root, size cap and symlink
  // rules. Only a walked file that cannot be read is reported; an absent sibling is normal.
  const read = (path: string): string | undefined => {
    if (texts.has(path)) return texts.get(path);
    const r = ws.read(path);
    if (r.ok) texts.set(path, r.text);
    else {
      texts.set(path, undefined);
      if (fileSet.has(path) || r.skip.reason !== 'unreadable') skipped.push(r.skip);
    }
    return r.ok ? r.text : undefined;
  };
  const ctx: ExtractorContext = { files: walked.files, has: (p) => fileSet.has(p), readText: read };

  const work: Array<{ path: string; extractor: Extractor }> = [];
  for (const path of walked.files) {
    const before = work.length;
    for (const extractor of extractors) if (extractor.matches(path)) work.push({ path, extractor });
    if (selection && work.length > before) {
      const skip = selectionSkip(selection, path);
      if (skip) {
        work.length = before;
        skipped.push(skip);
      }
    }
  }

  const packages: Package[] = [];
  const projects: Project[] = [];
  const diagnostics: Diagnostic[] = [];
  const files: ExtractedFile[] = [];
  let done = 0;
  for (const { path, extractor } of work) {
    onProgress?.({ stage: 'extract', path, done: done++, total: work.length });
    const text = read(path);
    if (text === undefined) continue;
    try {
      const out = extractor.extract({ path, text }, ctx);
      packages.push(...out.packages);
      projects.push(...out.projects);
      diagnostics.push(...out.diagnostics);
      if (out.packages.length > 0 || out.projects.length > 0) {
        files.push(
          withTag(
            { path, extractor: extractor.id, status: 'extracted', packageCount: out.packages.length },
            tagOf,
          ),
        );
      }
    } catch (err) {
      files.push(withTag({ path, extractor: extractor.id, status: 'error', packageCount: 0 }, tagOf));
      diagnostics.push(
        err instanceof InputError
          ? {
              level: 'error',
              code: 'parse-error',
              message: err.message,
              path,
              ...(err.line ? { line: err.line } : {}),
            }
          : {
              level: 'error',
              code: 'extractor-failed',
              message: `${extractor.id} failed on ${path}: ${errorMessage(err)} (this is a bug in Sterling; please report it)`,
              path,
            },
      );
    }
  }
  return {
    packages: tagPackages(mergePackages(packages), tagOf),
    projects: tagProjects(mergeProjects(projects), tagOf),
    files,
    skipped: dedupeSkipped(skipped),
    diagnostics: sortDiagnostics(diagnostics),
  };
}

/** Why the selection leaves a file out, or undefined when it is read. */
function selectionSkip(selection: FileSelection, path: string): SkippedPath | undefined {
  if (selection.include.length > 0 && !firstMatch(selection.include, path)) {
    return { path, reason: 'not-included', detail: 'matches no --include pattern' };
  }
  const ex = firstMatch(selection.exclude, path);
  return ex ? { path, reason: 'excluded', detail: `matches --exclude ${ex.text}` } : undefined;
}

type TagOf = (path: string) => FileTag | undefined;

function withTag(file: ExtractedFile, tagOf: TagOf): ExtractedFile {
  const tag = tagOf(file.path);
  return tag ? { ...file, tag } : file;
}

/**
 * Marks packages found only in test, example or fixture files with those files' tags. A package
 * also found in any untagged file is not tagged: it ships.
 */
function tagPackages(packages: Package[], tagOf: TagOf): Package[] {
  for (const p of packages) {
    const tags = new Set<FileTag>();
    let untagged = p.locations.length === 0;
    for (const l of p.locations) {
      const tag = tagOf(l.path);
      if (tag) tags.add(tag);
      else {
        untagged = true;
        break;
      }
    }
    if (!untagged) p.tags = [...tags].sort();
  }
  return packages;
}

function tagProjects(projects: Project[], tagOf: TagOf): Project[] {
  for (const p of projects) {
    const tag = tagOf(p.location.path);
    if (tag) p.tag = tag;
  }
  return projects;
}

function dedupeSkipped(list: SkippedPath[]): SkippedPath[] {
  const m = new Map(list.map((s) => [`${s.path}\u0000${s.reason}`, s]));
  return [...m.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const LEVEL_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      compareStrings(a.path ?? '', b.path ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareStrings(a.code, b.code) ||
      compareStrings(a.message, b.message),
  );
}
