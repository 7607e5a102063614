/**
 * php/composer-lock: composer.lock. `packages` are production packages, `packages-dev` development
 * ones (Composer decides the split, so scopes come from it, not from the graph). `require` between
 * locked packages is the graph (platform requirements `php`, `ext-*`, `lib-*`, `composer-*-api` have
 * no `/` and are left out; virtual packages resolve through `provide` / `replace`). Direct
 * dependencies come from the composer.json beside the lockfile when there is one.
 */
import { posix } from 'node:path';
import { InputError } from '../../../core/errors/index.js';
import type { DirectDependency, Package, PackageSource, Scope } from '../../../core/model/package.js';
import { markDirect } from '../../../core/model/scopes.js';
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
import { TextCursor } from '../../shared/line-index.js';
import { makePackage, makeProject } from '../../shared/package.js';

const FILES = ['composer.lock'] as const;
const ECOSYSTEM = 'Packagist';
const SECTIONS: readonly [string, Scope][] = [
  ['packages', 'prod'],
  ['packages-dev', 'dev'],
];

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A full 40- or 64-hex commit id (Composer also writes tags and version strings as references). */
function isCommit(ref: string | undefined): ref is string {
  if (ref === undefined || (ref.length !== 40 && ref.length !== 64)) return false;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/**
 * A branch (`dev-main`, `1.x-dev`) checked out from git is a git source; a path repository a file
 * source; everything else is a registry package, with its commit when Composer recorded one.
 */
function sourceOf(entry: Json, version: string): PackageSource {
  const source = isObject(entry.source) ? entry.source : {};
  const dist = isObject(entry.dist) ? entry.dist : {};
  if (str(dist.type) === 'path') {
    const url = str(dist.url);
    return url ? { kind: 'file', url } : { kind: 'file' };
  }
  const ref = str(source.reference);
  const distRef = str(dist.reference);
  const url = str(source.url);
  if (str(source.type) === 'git' && url && (version.startsWith('dev-') || version.endsWith('-dev'))) {
    return isCommit(ref) ? { kind: 'git', url, commit: ref } : { kind: 'git', url };
  }
  const out: PackageSource = { kind: 'registry' };
  if (isCommit(ref)) out.commit = ref;
  else if (isCommit(distRef)) out.commit = distRef;
  return out;
}

/** Names a requirement map lists that are packages (`vendor/name`), lower-cased as Composer compares them. */
function packageNames(v: unknown): string[] {
  if (!isObject(v)) return [];
  return Object.keys(v)
    .filter((k) => k.includes('/'))
    .map((k) => k.toLowerCase());
}

function lineFinder(text: string, section: string): (name: string) => number | undefined {
  const cursor = new TextCursor(text);
  const started = cursor.find(`"${section}"`) !== undefined;
  return (name) => {
    if (!started) return undefined;
    const q = JSON.stringify(name);
    return cursor.find(`"name": ${q}`) ?? cursor.find(`"name":${q}`);
  };
}

interface Manifest {
  name?: string;
  version?: string;
  requires: [string, Scope][];
  line: number;
}

function readManifest(ctx: ExtractorContext, path: string, sink: DiagnosticSink): Manifest | undefined {
  const text = ctx.readText(path);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = parseJsonFile(text, path);
  } catch (err) {
    sink.push({
      level: 'warning',
      code: 'unreadable-manifest',
      message: `${err instanceof Error ? err.message : String(err)}; direct dependencies unknown`,
      path,
    });
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const requires: [string, Scope][] = [
    ...packageNames(value.require).map((n): [string, Scope] => [n, 'prod']),
    ...packageNames(value['require-dev']).map((n): [string, Scope] => [n, 'dev']),
  ];
  const m: Manifest = { requires, line: 1 };
  const name = str(value.name);
  if (name) m.name = name;
  const version = str(value.version);
  if (version) m.version = version;
  return m;
}

export function extractComposerLock(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const doc = parseJsonFile(file.text, file.path);
  if (!isObject(doc)) {
    throw new InputError(`${file.path}:1: not a composer.lock (the document is not an object)`, {
      path: file.path,
      line: 1,
      hint: 'Regenerate it with `composer update --lock`, or exclude it with --exclude.',
    });
  }
  const sink = new DiagnosticSink(file.path);
  const packages = new Map<string, Package>();
  const byName = new Map<string, string>();
  const requires: [Package, string[]][] = [];
  for (const [section, scope] of SECTIONS) {
    const list = doc[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      sink.warn('invalid-entry', `${quote(section)} is not a list; section skipped`);
      continue;
    }
    const findLine = lineFinder(file.text, section);
    for (const entry of list) {
      const name = isObject(entry) ? str(entry.name) : undefined;
      const version = isObject(entry) ? str(entry.version) : undefined;
      if (!isObject(entry) || !name || !version) {
        const what = name
          ? `package ${quote(name)} has no version`
          : `an entry of ${quote(section)} has no name`;
        sink.warn('invalid-entry', `${what}; entry skipped`, name ? findLine(name) : undefined);
        continue;
      }
      const slash = name.indexOf('/');
      const line = findLine(name);
      const pkg = makePackage({
        ecosystem: ECOSYSTEM,
        name,
        version,
        purlType: 'composer',
        // purl-spec: composer namespace and name are case-insensitive and lower-cased.
        purlNamespace: slash > 0 ? name.slice(0, slash).toLowerCase() : undefined,
        purlName: (slash > 0 ? name.slice(slash + 1) : name).toLowerCase(),
        source: sourceOf(entry, version),
        scopes: [scope],
        location: { path: file.path, line },
      });
      const seen = packages.get(pkg.id);
      if (seen) {
        if (!seen.scopes.includes(scope))
          seen.scopes = scope === 'prod' ? ['prod', ...seen.scopes] : [...seen.scopes, scope];
        seen.locations.push(...pkg.locations);
        continue;
      }
      packages.set(pkg.id, pkg);
      const key = name.toLowerCase();
      if (!byName.has(key)) byName.set(key, pkg.id);
      for (const virtual of [...packageNames(entry.provide), ...packageNames(entry.replace)]) {
        if (!byName.has(virtual)) byName.set(virtual, pkg.id);
      }
      requires.push([pkg, packageNames(entry.require)]);
    }
  }
  for (const [pkg, names] of requires) {
    const deps = new Set<string>();
    for (const n of names) {
      const id = byName.get(n);
      if (id && id !== pkg.id) deps.add(id);
    }
    pkg.dependencies = [...deps].sort();
  }
  const list = [...packages.values()];
  const folder = posix.dirname(file.path);
  const manifestPath = folder === '.' ? 'composer.json' : `${folder}/composer.json`;
  const manifest = readManifest(ctx, manifestPath, sink);
  const projects = [];
  if (manifest) {
    const direct = new Map<string, DirectDependency>();
    for (const [name, scope] of manifest.requires) {
      const id = byName.get(name);
      if (!id) {
        sink.info(
          'not-locked',
          `${quote(name)} is required by ${manifestPath} but not locked (stale lockfile?)`,
        );
        continue;
      }
      if (!direct.has(`${id} ${scope}`)) direct.set(`${id} ${scope}`, { id, scope });
    }
    projects.push(
      makeProject({
        ecosystem: ECOSYSTEM,
        folder,
        name: manifest.name,
        version: manifest.version,
        location: { path: manifestPath, line: 1 },
        dependencies: [...direct.values()],
      }),
    );
    markDirect(projects, list);
  }
  return { packages: list, projects, diagnostics: sink.finish() };
}

export const composerLockExtractor: Extractor = {
  id: 'php/composer-lock',
  description:
    'Reads composer.lock: packages (prod) and packages-dev (dev) with their git commits and the require graph; direct dependencies from the composer.json beside it.',
  ecosystem: ECOSYSTEM,
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractComposerLock,
};
