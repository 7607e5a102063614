/**
 * python/pylock: PEP 751 lock files, `pylock.toml` and `pylock.<name>.toml`.
 *
 * Each `[[packages]]` entry is a package (index, vcs, archive sources); a `directory` entry at `.` is
 * the project itself (a Project), other directories are local code, reported and not listed. Scopes
 * come from the entry's marker: no `in extras` / `in dependency_groups` clause, or a group listed in
 * `default-groups`, is prod; another dependency group is dev; an extra is optional (dev when named
 * like dev/test/lint/docs). Edges come from `dependencies`; the entries nothing depends on are direct.
 */
import { posix } from 'node:path';
import type { PackageSource, Scope } from '../../../core/model/package.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { basename } from '../../npm/file-names.js';
import {
  arrayAt,
  isTable,
  parseTomlFile,
  stringAt,
  stringsAt,
  type TomlTable,
  tableAt,
} from '../../shared/toml.js';
import { buildLockGraph, type LockEntry } from '../shared/graph.js';
import { arrayTableLines } from '../shared/lines.js';
import { scopeOfName } from '../shared/scopes.js';

export function matchesPylock(path: string): boolean {
  const name = basename(path);
  if (name === 'pylock.toml') return true;
  // pylock.<name>.toml, where <name> has no dot (PEP 751).
  if (!name.startsWith('pylock.') || !name.endsWith('.toml')) return false;
  const middle = name.slice('pylock.'.length, -'.toml'.length);
  return middle.length > 0 && !middle.includes('.');
}

/** Names quoted right before `in <what>` in a marker (`"dev" in dependency_groups`). */
export function markerNames(marker: string, what: 'extras' | 'dependency_groups'): string[] {
  const out: string[] = [];
  const needle = ` in ${what}`;
  for (let at = marker.indexOf(needle); at >= 0; at = marker.indexOf(needle, at + needle.length)) {
    let end = at;
    while (end > 0 && marker[end - 1] === ' ') end--;
    const q = marker[end - 1];
    if (q !== '"' && q !== "'") continue;
    const start = marker.lastIndexOf(q, end - 2);
    if (start >= 0) out.push(marker.slice(start + 1, end - 1));
  }
  return out;
}

function scopesOf(marker: string | undefined, defaults: Set<string>): Scope[] {
  if (!marker) return ['prod'];
  const groups = markerNames(marker, 'dependency_groups');
  const extras = markerNames(marker, 'extras');
  if (groups.length === 0 && extras.length === 0) return ['prod'];
  const out = new Set<Scope>();
  for (const g of groups) out.add(defaults.has(g) ? 'prod' : 'dev');
  for (const e of extras) out.add(scopeOfName(e, 'optional'));
  return [...out];
}

type Source = PackageSource | { directory: string };

function sourceOf(e: TomlTable): Source {
  const vcs = tableAt(e, 'vcs');
  if (vcs) {
    const url = stringAt(vcs, 'url') ?? stringAt(vcs, 'path');
    const source: PackageSource = { kind: 'git', ...(url ? { url } : {}) };
    const commit = stringAt(vcs, 'commit-id');
    if (commit) source.commit = commit;
    return source;
  }
  const dir = tableAt(e, 'directory');
  if (dir) return { directory: stringAt(dir, 'path') ?? '' };
  const archive = tableAt(e, 'archive');
  if (archive) {
    const url = stringAt(archive, 'url');
    if (url) return { kind: 'tarball', url };
    return { directory: stringAt(archive, 'path') ?? '' };
  }
  const index = stringAt(e, 'index');
  return index && index !== 'https://pypi.org/simple' && index !== 'https://pypi.org/simple/'
    ? { kind: 'registry', url: index }
    : { kind: 'registry' };
}

export function extractPylock(file: ExtractorFile): ExtractionOutput {
  const doc = parseTomlFile(file.text, file.path);
  const sink = new DiagnosticSink(file.path);
  const lines = arrayTableLines(file.text, 'packages');
  const defaults = new Set(stringsAt(doc, 'default-groups'));
  const entries: LockEntry[] = [];
  let root: { name: string; version?: string; line?: number } | undefined;
  arrayAt(doc, 'packages').forEach((raw, i) => {
    const line = lines[i]?.name;
    if (!isTable(raw)) {
      sink.warn('invalid-entry', '[[packages]] entry is not a table; entry skipped.', line);
      return;
    }
    const name = stringAt(raw, 'name');
    if (!name) {
      sink.warn('invalid-entry', '[[packages]] entry has no name; entry skipped.', line);
      return;
    }
    const version = stringAt(raw, 'version');
    const source = sourceOf(raw);
    if ('directory' in source) {
      if (posix.normalize(source.directory || '.') === '.' && !root) {
        root = { name, ...(version ? { version } : {}), ...(line ? { line } : {}) };
      } else {
        sink.info(
          'local-dependency',
          `${quote(name)} comes from the local path ${quote(source.directory)} (first-party or vendored code with no registry version); not listed as a third-party package.`,
          line,
        );
      }
      return;
    }
    const deps = arrayAt(raw, 'dependencies')
      .map((d) => stringAt(d, 'name'))
      .filter((n): n is string => n !== undefined);
    const unpinned = version === undefined;
    if (unpinned && source.kind === 'registry') {
      sink.warn(
        'invalid-entry',
        `${quote(name)} comes from an index but has no version; entry skipped.`,
        line,
      );
      return;
    }
    entries.push({
      name,
      version: version ?? source.commit ?? '',
      source,
      line: line ?? 0,
      dependencies: deps,
      scopes: scopesOf(stringAt(raw, 'marker'), defaults),
      ...(unpinned ? { resolution: 'unresolved' as const } : {}),
    });
  });
  const { packages, projects } = buildLockGraph({
    lockPath: file.path,
    entries,
    lockScopes: true,
    ...(root ? { root: { name: root.name, version: root.version, path: file.path, line: root.line } } : {}),
  });
  return { packages, projects, diagnostics: sink.finish() };
}

export const pylockExtractor: Extractor = {
  id: 'python/pylock',
  description:
    'Reads PEP 751 lock files (pylock.toml, pylock.<name>.toml): packages with index, VCS and archive sources, graph where listed, scopes from markers; the project directory entry as a project.',
  ecosystem: 'PyPI',
  files: ['pylock.toml', 'pylock.*.toml'],
  requirements: { network: false },
  matches: matchesPylock,
  extract: extractPylock,
};
