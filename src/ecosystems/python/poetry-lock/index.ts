/**
 * python/poetry-lock: poetry.lock (lock-version 1.x written by Poetry 1, 2.x by Poetry 2).
 *
 * Scopes come from the lockfile: Poetry 1's `category` (`main` prod, `dev` dev), Poetry 2's `groups`
 * (`main` prod, any other group dev), and `optional = true` (installed only through an extra:
 * optional). Edges come from each entry's `[package.dependencies]`. Direct dependencies come from the
 * pyproject.toml beside the lockfile when there is one (it also names the root project), else the
 * entries no other entry depends on are marked direct.
 */
import type { PackageSource, Scope } from '../../../core/model/package.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { matchesFileName } from '../../npm/file-names.js';
import { arrayAt, isTable, parseTomlFile, stringAt, stringsAt, tableAt } from '../../shared/toml.js';
import { buildLockGraph, directFromPyproject, type LockEntry, siblingPyproject } from '../shared/graph.js';
import { arrayTableLines } from '../shared/lines.js';

const FILES = ['poetry.lock'] as const;

function scopesOf(entry: Record<string, unknown>): Scope[] {
  if (entry.optional === true) return ['optional'];
  const groups = stringsAt(entry, 'groups');
  const category = stringAt(entry, 'category');
  const names = groups.length > 0 ? groups : category ? [category] : [];
  if (names.length === 0) return [];
  const out = new Set<Scope>();
  for (const g of names) out.add(g === 'main' ? 'prod' : 'dev');
  return [...out];
}

/** Where the package comes from; undefined for a local directory or file (first-party code). */
function sourceOf(entry: Record<string, unknown>): PackageSource | 'local' {
  const src = tableAt(entry, 'source');
  const type = stringAt(src, 'type');
  const url = stringAt(src, 'url');
  if (!type) return { kind: 'registry' };
  if (type === 'git') {
    const source: PackageSource = { kind: 'git', ...(url ? { url } : {}) };
    const commit = stringAt(src, 'resolved_reference');
    if (commit) source.commit = commit;
    return source;
  }
  if (type === 'url') return { kind: 'tarball', ...(url ? { url } : {}) };
  if (type === 'directory' || type === 'file') return 'local';
  // `legacy` (a private index) and anything else served by an index.
  return { kind: 'registry', ...(url ? { url } : {}) };
}

export function extractPoetryLock(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const doc = parseTomlFile(file.text, file.path);
  const sink = new DiagnosticSink(file.path);
  const lines = arrayTableLines(file.text, 'package');
  const entries: LockEntry[] = [];
  arrayAt(doc, 'package').forEach((raw, i) => {
    const line = lines[i]?.name;
    if (!isTable(raw)) {
      sink.warn('invalid-entry', '[[package]] entry is not a table; entry skipped.', line);
      return;
    }
    const name = stringAt(raw, 'name');
    const version = stringAt(raw, 'version');
    if (!name || version === undefined) {
      sink.warn(
        'invalid-entry',
        `[[package]] ${quote(name ?? '')} has no name or version; entry skipped.`,
        line,
      );
      return;
    }
    const source = sourceOf(raw);
    if (source === 'local') {
      sink.info(
        'local-dependency',
        `${quote(name)} is a local ${stringAt(tableAt(raw, 'source'), 'type')} (${quote(stringAt(tableAt(raw, 'source'), 'url') ?? '')}): first-party or vendored code with no registry version; not listed as a third-party package.`,
        line,
      );
      return;
    }
    entries.push({
      name,
      version,
      source,
      line: line ?? 0,
      dependencies: Object.keys(tableAt(raw, 'dependencies') ?? {}),
      scopes: scopesOf(raw),
    });
  });
  const manifest = siblingPyproject(file.path, ctx, sink);
  const { packages, projects } = buildLockGraph({
    lockPath: file.path,
    entries,
    lockScopes: true,
    ...(manifest
      ? {
          rootDirect: directFromPyproject(manifest.doc),
          root: { name: manifest.doc.name, version: manifest.doc.version, path: manifest.path, line: 1 },
        }
      : {}),
  });
  return { packages, projects, diagnostics: sink.finish() };
}

export const poetryLockExtractor: Extractor = {
  id: 'python/poetry-lock',
  description:
    'Reads poetry.lock (Poetry 1 and 2): packages, git/url sources, dependency graph, scopes from category/groups/optional; direct dependencies from pyproject.toml beside it.',
  ecosystem: 'PyPI',
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractPoetryLock,
};
