/**
 * python/pipfile-lock: Pipfile.lock (pipenv, pipfile-spec 6).
 *
 * `default` entries are prod, `develop` entries dev (a package in both keeps both scopes). Versions
 * are `==x` pins; a git entry (`git` + `ref`) becomes a git package whose version is the ref, marked
 * unresolved; a local `path` entry is first-party and reported, not listed. Pipfile.lock has no graph:
 * which packages are direct comes from the Pipfile beside it, when there is one.
 */
import { posix } from 'node:path';
import { errorMessage, InputError } from '../../../core/errors/index.js';
import type { Package, PackageSource, Scope } from '../../../core/model/package.js';
import { normalizeScopes } from '../../../core/model/scopes.js';
import { parseJsonFile } from '../../../core/parse/json.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { matchesFileName } from '../../npm/file-names.js';
import { makeProject } from '../../shared/package.js';
import { isTable, parseTomlFile, type TomlTable } from '../../shared/toml.js';
import { compareById, locationOf, PYPI, pypiName, pypiPackage } from '../shared/package.js';
import { sectionKeyLines } from './lines.js';

const FILES = ['Pipfile.lock'] as const;
const SECTIONS: readonly [string, Scope][] = [
  ['default', 'prod'],
  ['develop', 'dev'],
];

function isCommit(ref: string): boolean {
  return ref.length === 40 && /^[0-9a-f]+$/i.test(ref);
}

/** The names the Pipfile beside the lockfile declares, by normalised name. */
function pipfileDirect(
  lockPath: string,
  ctx: ExtractorContext,
  sink: DiagnosticSink,
): Set<string> | undefined {
  const dir = posix.dirname(lockPath);
  const path = dir === '.' ? 'Pipfile' : `${dir}/Pipfile`;
  const text = ctx.readText(path);
  if (text === undefined) return undefined;
  try {
    const doc = parseTomlFile(text, path);
    const out = new Set<string>();
    for (const section of ['packages', 'dev-packages']) {
      const t = doc[section];
      if (isTable(t)) for (const name of Object.keys(t)) out.add(pypiName(name));
    }
    return out;
  } catch (err) {
    sink.push({
      level: 'warning',
      code: 'manifest-unreadable',
      message: `${errorMessage(err)}; direct dependencies are unknown.`,
      path,
    });
    return undefined;
  }
}

export function extractPipfileLock(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  if (file.text.trim() === '') return { packages: [], projects: [], diagnostics: [] };
  const doc = parseJsonFile(file.text, file.path);
  if (!isTable(doc)) {
    throw new InputError(`${file.path}: not a Pipfile.lock (expected a JSON object)`, { path: file.path });
  }
  const sink = new DiagnosticSink(file.path);
  const lines = sectionKeyLines(file.text);
  const packages = new Map<string, Package>();
  for (const [section, scope] of SECTIONS) {
    const entries = doc[section];
    if (entries === undefined) continue;
    if (!isTable(entries)) {
      sink.warn('invalid-entry', `${quote(section)} is not an object; section skipped.`);
      continue;
    }
    for (const [name, raw] of Object.entries(entries)) {
      const line = lines.get(section)?.get(name);
      const pkg = entryPackage(name, raw, scope, locationOf(file.path, line), sink, line);
      if (!pkg) continue;
      const seen = packages.get(pkg.id);
      if (seen) {
        seen.scopes = normalizeScopes([...seen.scopes, scope]);
        seen.locations.push(...pkg.locations);
      } else packages.set(pkg.id, pkg);
    }
  }
  const list = [...packages.values()].sort(compareById);
  const direct = pipfileDirect(file.path, ctx, sink);
  const projects = [];
  if (direct) {
    const deps = [];
    for (const p of list) {
      if (!direct.has(p.name)) continue;
      p.direct = true;
      for (const scope of p.scopes) deps.push({ id: p.id, scope });
    }
    const dir = posix.dirname(file.path);
    projects.push(
      makeProject({
        ecosystem: PYPI,
        folder: dir,
        location: { path: dir === '.' ? 'Pipfile' : `${dir}/Pipfile`, line: 1 },
        dependencies: deps,
      }),
    );
  }
  return { packages: list, projects, diagnostics: sink.finish() };
}

function entryPackage(
  name: string,
  raw: unknown,
  scope: Scope,
  location: ReturnType<typeof locationOf>,
  sink: DiagnosticSink,
  line: number | undefined,
): Package | undefined {
  if (!isTable(raw)) {
    sink.warn('invalid-entry', `${quote(name)} is not an object; entry skipped.`, line);
    return undefined;
  }
  const e = raw as TomlTable;
  const str = (k: string) => (typeof e[k] === 'string' ? (e[k] as string) : undefined);
  const version = str('version');
  if (version !== undefined) {
    if (!version.startsWith('==') || version.length < 3) {
      sink.warn(
        'invalid-entry',
        `${quote(name)}: version ${quote(version)} is not an exact == pin; entry skipped.`,
        line,
      );
      return undefined;
    }
    const source: PackageSource = { kind: 'registry' };
    const hashes = Array.isArray(e.hashes) ? e.hashes : [];
    if (typeof hashes[0] === 'string') source.integrity = hashes[0];
    return pypiPackage({ name, version: version.replace(/^===?/, ''), source, location, scopes: [scope] });
  }
  const git = str('git');
  if (git) {
    const ref = str('ref') ?? '';
    const source: PackageSource = { kind: 'git', url: git };
    if (isCommit(ref)) source.commit = ref.toLowerCase();
    return pypiPackage({ name, version: ref, source, resolution: 'unresolved', location, scopes: [scope] });
  }
  const url = str('file');
  if (url && !url.startsWith('file:')) {
    return pypiPackage({
      name,
      version: '',
      source: { kind: 'tarball', url },
      resolution: 'unresolved',
      location,
      scopes: [scope],
    });
  }
  if (str('path') !== undefined || url) {
    sink.info(
      'local-dependency',
      `${quote(name)} is a local path (first-party or vendored code); not listed as a third-party package.`,
      line,
    );
    return undefined;
  }
  sink.warn('invalid-entry', `${quote(name)} has no version, git or file source; entry skipped.`, line);
  return undefined;
}

export const pipfileLockExtractor: Extractor = {
  id: 'python/pipfile-lock',
  description:
    'Reads Pipfile.lock (pipenv): default (prod) and develop (dev) packages with hashes and git sources; direct dependencies from the Pipfile beside it.',
  ecosystem: 'PyPI',
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractPipfileLock,
};
