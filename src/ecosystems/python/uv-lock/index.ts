/**
 * python/uv-lock: uv.lock (lock `version = 1`).
 *
 * Entries whose source is `virtual` or `editable` are the project and its workspace members: they
 * become Projects, their `dependencies` prod, their `optional-dependencies` extras optional (dev when
 * the extra is named like dev/test/lint/docs), their `dev-dependencies` groups dev. Scopes and direct
 * flags are propagated from those projects through the `dependencies` edges of every entry. Git
 * sources carry the commit after `#`; `path`/`directory` sources are local code, reported, not listed.
 */
import { posix } from 'node:path';
import type { DirectDependency, PackageSource, Project, Scope } from '../../../core/model/package.js';
import { markDirect, propagateScopes } from '../../../core/model/scopes.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { matchesFileName } from '../../npm/file-names.js';
import { makeProject } from '../../shared/package.js';
import { arrayAt, isTable, parseTomlFile, stringAt, type TomlTable, tableAt } from '../../shared/toml.js';
import { buildLockGraph, type LockEntry } from '../shared/graph.js';
import { arrayTableLines } from '../shared/lines.js';
import { PYPI, pypiName } from '../shared/package.js';
import { scopeOfName } from '../shared/scopes.js';

const FILES = ['uv.lock'] as const;

function depNames(list: unknown[]): string[] {
  const out: string[] = [];
  for (const d of list) {
    const name = stringAt(d, 'name');
    if (name) out.push(name);
  }
  return out;
}

type Source = PackageSource | { local: string } | { member: string };

function sourceOf(entry: TomlTable): Source {
  const src = tableAt(entry, 'source');
  if (!src) return { kind: 'registry' };
  const virtual = stringAt(src, 'virtual') ?? stringAt(src, 'editable');
  if (virtual !== undefined) return { member: virtual };
  const git = stringAt(src, 'git');
  if (git) {
    const hash = git.indexOf('#');
    const base = hash < 0 ? git : git.slice(0, hash);
    const q = base.indexOf('?');
    const source: PackageSource = { kind: 'git', url: q < 0 ? base : base.slice(0, q) };
    if (hash >= 0 && git.slice(hash + 1)) source.commit = git.slice(hash + 1);
    return source;
  }
  const url = stringAt(src, 'url');
  if (url) return { kind: 'tarball', url };
  const local = stringAt(src, 'path') ?? stringAt(src, 'directory');
  if (local !== undefined) return { local };
  const registry = stringAt(src, 'registry');
  return registry && registry !== 'https://pypi.org/simple'
    ? { kind: 'registry', url: registry }
    : { kind: 'registry' };
}

interface Member {
  name: string;
  version?: string;
  folder: string;
  line?: number;
  direct: { name: string; scope: Scope }[];
}

function memberOf(entry: TomlTable, name: string, folder: string, line: number | undefined): Member {
  const direct: { name: string; scope: Scope }[] = [];
  for (const n of depNames(arrayAt(entry, 'dependencies'))) direct.push({ name: n, scope: 'prod' });
  for (const [extra, list] of Object.entries(tableAt(entry, 'optional-dependencies') ?? {})) {
    const scope = scopeOfName(extra, 'optional');
    for (const n of depNames(Array.isArray(list) ? list : [])) direct.push({ name: n, scope });
  }
  for (const list of Object.values(tableAt(entry, 'dev-dependencies') ?? {})) {
    for (const n of depNames(Array.isArray(list) ? list : [])) direct.push({ name: n, scope: 'dev' });
  }
  const version = stringAt(entry, 'version');
  return { name, ...(version ? { version } : {}), folder, ...(line ? { line } : {}), direct };
}

export function extractUvLock(file: ExtractorFile): ExtractionOutput {
  const doc = parseTomlFile(file.text, file.path);
  const sink = new DiagnosticSink(file.path);
  const lines = arrayTableLines(file.text, 'package');
  const dir = posix.dirname(file.path);
  const entries: LockEntry[] = [];
  const members: Member[] = [];
  arrayAt(doc, 'package').forEach((raw, i) => {
    const line = lines[i]?.name;
    if (!isTable(raw)) {
      sink.warn('invalid-entry', '[[package]] entry is not a table; entry skipped.', line);
      return;
    }
    const name = stringAt(raw, 'name');
    if (!name) {
      sink.warn('invalid-entry', '[[package]] entry has no name; entry skipped.', line);
      return;
    }
    const source = sourceOf(raw);
    if ('member' in source) {
      members.push(memberOf(raw, name, posix.normalize(posix.join(dir, source.member)), line));
      return;
    }
    if ('local' in source) {
      sink.info(
        'local-dependency',
        `${quote(name)} comes from the local path ${quote(source.local)} (first-party or vendored code with no registry version); not listed as a third-party package.`,
        line,
      );
      return;
    }
    const version = stringAt(raw, 'version');
    if (version === undefined) {
      sink.warn('invalid-entry', `${quote(name)} has no version; entry skipped.`, line);
      return;
    }
    entries.push({
      name,
      version,
      source,
      line: line ?? 0,
      dependencies: [
        ...depNames(arrayAt(raw, 'dependencies')),
        ...Object.values(tableAt(raw, 'optional-dependencies') ?? {}).flatMap((l) =>
          depNames(Array.isArray(l) ? l : []),
        ),
      ],
      scopes: [],
    });
  });
  const { packages } = buildLockGraph({ lockPath: file.path, entries, lockScopes: true });
  // Projects from the workspace members; their direct dependencies by name (members excluded).
  const byName = new Map<string, string[]>();
  for (const p of packages) byName.set(p.name, [...(byName.get(p.name) ?? []), p.id]);
  const projects: Project[] = members.map((m) => {
    const deps: DirectDependency[] = [];
    const seen = new Set<string>();
    for (const d of m.direct) {
      for (const id of byName.get(pypiName(d.name)) ?? []) {
        const key = `${id} ${d.scope}`;
        if (seen.has(key)) continue;
        seen.add(key);
        deps.push({ id, scope: d.scope });
      }
    }
    deps.sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0,
    );
    return makeProject({
      ecosystem: PYPI,
      folder: m.folder,
      name: m.name,
      ...(m.version ? { version: m.version } : {}),
      location: { path: file.path, ...(m.line ? { line: m.line } : {}) },
      dependencies: deps,
    });
  });
  if (projects.length > 0) {
    // Scopes and direct flags from the members, not from the lockfile's roots.
    for (const p of packages) {
      p.scopes = [];
      p.direct = false;
    }
    propagateScopes(projects, packages);
    markDirect(projects, packages);
  }
  return { packages, projects, diagnostics: sink.finish() };
}

export const uvLockExtractor: Extractor = {
  id: 'python/uv-lock',
  description:
    'Reads uv.lock: packages, git/url sources, dependency graph; workspace members (virtual/editable sources) as projects with their direct, optional and dev dependencies; scopes propagated.',
  ecosystem: 'PyPI',
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractUvLock,
};
