/**
 * python/pdm-lock: pdm.lock (lock_version 4.x).
 *
 * Scopes come from each entry's `groups`: `default` is prod; a group the pyproject.toml beside the
 * lockfile declares as a dev group (`[tool.pdm.dev-dependencies]`, `[dependency-groups]`) is dev;
 * any other group is an extra (optional), or dev when named like dev/test/lint/docs. Edges come from
 * each entry's PEP 508 `dependencies`; direct dependencies and the root project from pyproject.toml
 * (else the entries nothing depends on are direct). Git entries carry `revision` as the commit;
 * local `path` entries are first-party code, reported and not listed.
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
import { arrayAt, isTable, parseTomlFile, stringAt, stringsAt, type TomlTable } from '../../shared/toml.js';
import { buildLockGraph, directFromPyproject, type LockEntry, siblingPyproject } from '../shared/graph.js';
import { arrayTableLines } from '../shared/lines.js';
import { parseRequirement } from '../shared/pep508.js';
import type { Pyproject } from '../shared/pyproject.js';
import { scopeOfName } from '../shared/scopes.js';

const FILES = ['pdm.lock'] as const;

/** Group names the pyproject.toml declares as development groups. */
function devGroups(doc: Pyproject | undefined): Set<string> {
  const out = new Set<string>();
  for (const d of doc?.dependencies ?? []) {
    for (const prefix of ['dependency-groups.', 'tool.pdm.dev-dependencies.']) {
      if (d.section.startsWith(prefix)) out.add(d.section.slice(prefix.length));
    }
  }
  return out;
}

function scopesOf(groups: string[], dev: Set<string>): Scope[] {
  return groups.map((g) => (g === 'default' ? 'prod' : dev.has(g) ? 'dev' : scopeOfName(g, 'optional')));
}

function sourceOf(e: TomlTable): PackageSource | { local: string } {
  const git = stringAt(e, 'git');
  if (git) {
    const source: PackageSource = { kind: 'git', url: git };
    const revision = stringAt(e, 'revision');
    if (revision) source.commit = revision;
    return source;
  }
  const url = stringAt(e, 'url');
  if (url && !url.startsWith('file:')) return { kind: 'tarball', url };
  const path = stringAt(e, 'path') ?? url;
  if (path !== undefined) return { local: path };
  return { kind: 'registry' };
}

export function extractPdmLock(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const doc = parseTomlFile(file.text, file.path);
  const sink = new DiagnosticSink(file.path);
  const manifest = siblingPyproject(file.path, ctx, sink);
  const dev = devGroups(manifest?.doc);
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
    if ('local' in source) {
      sink.info(
        'local-dependency',
        `${quote(name)} comes from the local path ${quote(source.local)} (first-party or vendored code with no registry version); not listed as a third-party package.`,
        line,
      );
      return;
    }
    const dependencies: string[] = [];
    for (const dep of stringsAt(raw, 'dependencies')) {
      const r = parseRequirement(dep);
      if (r) dependencies.push(r.name);
    }
    entries.push({
      name,
      version,
      source,
      line: line ?? 0,
      dependencies,
      scopes: scopesOf(stringsAt(raw, 'groups'), dev),
    });
  });
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

export const pdmLockExtractor: Extractor = {
  id: 'python/pdm-lock',
  description:
    'Reads pdm.lock: packages, git/url sources, dependency graph, scopes from groups (default prod, dev groups dev, extras optional); direct dependencies from pyproject.toml beside it.',
  ecosystem: 'PyPI',
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractPdmLock,
};
