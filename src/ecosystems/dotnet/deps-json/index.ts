/**
 * dotnet/deps-json: the `<app>.deps.json` the .NET SDK writes beside a built application. `libraries`
 * of type `package` (and `runtimepack`, the self-contained runtime, which OSV also tracks on NuGet)
 * are packages; type `project` is first-party code; `reference` entries are plain assemblies and are
 * not packages. The graph comes from `targets`: each library's `dependencies` by name and version.
 * A deps.json says nothing about dev dependencies: every package is prod.
 */
import { InputError } from '../../../core/errors/index.js';
import type { DirectDependency, Package } from '../../../core/model/package.js';
import { markDirect, propagateScopes } from '../../../core/model/scopes.js';
import { parseJsonFile } from '../../../core/parse/json.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { TextCursor } from '../../shared/line-index.js';
import { makeProject } from '../../shared/package.js';
import { ECOSYSTEM, folderOf, nugetPackage } from '../shared/nuget.js';

const SUFFIX = '.deps.json';
const PACKAGE_TYPES = ['package', 'runtimepack'];

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function matches(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.length > SUFFIX.length && base.endsWith(SUFFIX);
}

/** `Name/1.2.3` -> [Name, 1.2.3]; undefined without a `/`. */
function splitKey(key: string): [string, string] | undefined {
  const slash = key.lastIndexOf('/');
  if (slash <= 0 || slash === key.length - 1) return undefined;
  return [key.slice(0, slash), key.slice(slash + 1)];
}

export function extractDepsJson(file: ExtractorFile): ExtractionOutput {
  const doc = parseJsonFile(file.text, file.path);
  if (!isObject(doc) || !isObject(doc.libraries)) {
    throw new InputError(`${file.path}:1: not a .NET deps.json (no \`libraries\` object)`, {
      path: file.path,
      line: 1,
      hint: 'Exclude it with --exclude if it is not a .NET application manifest.',
    });
  }
  const sink = new DiagnosticSink(file.path);
  const cursor = new TextCursor(file.text);
  const started = cursor.find('"libraries"') !== undefined;
  const packages = new Map<string, Package>();
  const projects = new Map<string, { name: string; version: string; line?: number }>();
  for (const [key, lib] of Object.entries(doc.libraries)) {
    const q = JSON.stringify(key);
    const line = started ? (cursor.find(`${q}: {`) ?? cursor.find(`${q}:{`)) : undefined;
    const parts = splitKey(key);
    if (!parts || !isObject(lib)) {
      sink.warn(
        'invalid-entry',
        `library ${quote(key)} is not \`name/version\` with an object; skipped`,
        line,
      );
      continue;
    }
    const type = typeof lib.type === 'string' ? lib.type : '';
    if (type === 'project') {
      projects.set(key, { name: parts[0], version: parts[1], line });
      continue;
    }
    if (!PACKAGE_TYPES.includes(type)) continue;
    const sha512 =
      typeof lib.sha512 === 'string' && lib.sha512.startsWith('sha512-') ? lib.sha512 : undefined;
    const pkg = nugetPackage({
      name: parts[0],
      version: parts[1],
      source: sha512 ? { kind: 'registry', integrity: sha512 } : undefined,
      location: { path: file.path, line },
    });
    packages.set(key, pkg);
  }
  // The graph: every target's libraries list their dependencies as name -> version.
  const byKey = new Map<string, string>();
  for (const [key, pkg] of packages) byKey.set(key.toLowerCase(), pkg.id);
  const projectDeps = new Map<string, Set<string>>();
  const targets = isObject(doc.targets) ? doc.targets : {};
  for (const target of Object.values(targets)) {
    if (!isObject(target)) continue;
    for (const [key, lib] of Object.entries(target)) {
      if (!isObject(lib) || !isObject(lib.dependencies)) continue;
      const ids: string[] = [];
      for (const [name, version] of Object.entries(lib.dependencies)) {
        const id = typeof version === 'string' ? byKey.get(`${name}/${version}`.toLowerCase()) : undefined;
        if (id) ids.push(id);
      }
      const pkg = packages.get(key);
      if (pkg) pkg.dependencies = [...new Set([...pkg.dependencies, ...ids])].sort();
      else if (projects.has(key)) {
        const set = projectDeps.get(key) ?? new Set<string>();
        for (const id of ids) set.add(id);
        projectDeps.set(key, set);
      }
    }
  }
  const folder = folderOf(file.path);
  const list = [...packages.values()];
  const first = [...projects.entries()][0];
  const out = [];
  if (first || list.length > 0) {
    const direct: DirectDependency[] = [];
    for (const set of projectDeps.values()) for (const id of set) direct.push({ id, scope: 'prod' });
    const base = file.path.slice(file.path.lastIndexOf('/') + 1);
    out.push(
      makeProject({
        ecosystem: ECOSYSTEM,
        folder,
        name: first?.[1].name ?? base.slice(0, -SUFFIX.length),
        version: first?.[1].version,
        location: { path: file.path, line: first?.[1].line ?? 1 },
        dependencies: direct,
      }),
    );
  }
  propagateScopes(out, list);
  markDirect(out, list);
  return { packages: list, projects: out, diagnostics: sink.finish() };
}

export const depsJsonExtractor: Extractor = {
  id: 'dotnet/deps-json',
  description:
    'Reads .NET application manifests (*.deps.json): libraries of type package and runtimepack with their sha512 and the graph from targets; project libraries are first-party and their dependencies direct. No dev scope is recorded.',
  ecosystem: ECOSYSTEM,
  files: ['*.deps.json'],
  requirements: { network: false },
  matches,
  extract: extractDepsJson,
};
