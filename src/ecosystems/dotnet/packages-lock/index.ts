/**
 * dotnet/packages-lock: NuGet's packages.lock.json (`RestorePackagesWithLockFile`), one section per
 * target framework (and runtime). `Direct` packages are the project's own references, `Transitive`
 * and `CentralTransitive` (pinned by Directory.Packages.props) come through them, `Project` entries
 * are referenced first-party projects and are not reported as packages. The same package in several
 * target frameworks is one package; `dependencies` within a target framework are the graph. NuGet
 * has no dev scope: every package is prod.
 */
import { posix } from 'node:path';
import { InputError } from '../../../core/errors/index.js';
import type { DirectDependency, Package } from '../../../core/model/package.js';
import { markDirect, propagateScopes } from '../../../core/model/scopes.js';
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
import { makeProject } from '../../shared/package.js';
import { ECOSYSTEM, folderOf, nugetPackage } from '../shared/nuget.js';

const FILES = ['packages.lock.json'] as const;
const KNOWN_TYPES = ['Direct', 'Transitive', 'CentralTransitive', 'Project'];

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The project file beside the lockfile names the project; else the folder does. */
function projectName(ctx: ExtractorContext, folder: string): string | undefined {
  const prefix = folder === '.' ? '' : `${folder}/`;
  for (const f of ctx.files) {
    if (!f.startsWith(prefix) || f.slice(prefix.length).includes('/')) continue;
    const base = posix.basename(f);
    for (const ext of ['.csproj', '.fsproj', '.vbproj'])
      if (base.endsWith(ext)) return base.slice(0, -ext.length);
  }
  return undefined;
}

export function extractPackagesLock(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const doc = parseJsonFile(file.text, file.path);
  if (!isObject(doc) || !isObject(doc.dependencies)) {
    throw new InputError(`${file.path}:1: not a NuGet packages.lock.json (no \`dependencies\` object)`, {
      path: file.path,
      line: 1,
      hint: 'Regenerate it with `dotnet restore --force-evaluate`, or exclude it with --exclude.',
    });
  }
  const sink = new DiagnosticSink(file.path);
  const packages = new Map<string, Package>();
  const direct = new Map<string, DirectDependency>();
  const edges: [Package, string[], Map<string, string>][] = [];
  for (const [framework, section] of Object.entries(doc.dependencies)) {
    if (!isObject(section)) {
      sink.warn('invalid-entry', `target framework ${quote(framework)} is not an object; skipped`);
      continue;
    }
    const cursor = new TextCursor(file.text);
    const started = cursor.find(`${JSON.stringify(framework)}`) !== undefined;
    const byName = new Map<string, string>();
    for (const [name, entry] of Object.entries(section)) {
      const q = JSON.stringify(name);
      const line = started ? (cursor.find(`${q}: {`) ?? cursor.find(`${q}:{`)) : undefined;
      if (!isObject(entry)) {
        sink.warn('invalid-entry', `package ${quote(name)} is not an object; skipped`, line);
        continue;
      }
      const type = typeof entry.type === 'string' ? entry.type : '';
      if (type === 'Project') continue;
      if (!KNOWN_TYPES.includes(type)) {
        sink.info(
          'unknown-type',
          `package ${quote(name)} has an unknown type ${quote(type)}; read as transitive`,
          line,
        );
      }
      const resolved = typeof entry.resolved === 'string' ? entry.resolved.trim() : '';
      if (resolved === '') {
        sink.warn('invalid-entry', `package ${quote(name)} has no resolved version; entry skipped`, line);
        continue;
      }
      const pkg = nugetPackage({
        name,
        version: resolved,
        source:
          typeof entry.contentHash === 'string'
            ? { kind: 'registry', integrity: `sha512-${entry.contentHash}` }
            : undefined,
        location: { path: file.path, line },
      });
      byName.set(name.toLowerCase(), pkg.id);
      const seen = packages.get(pkg.id);
      const target = seen ?? pkg;
      if (seen) {
        if (line && !seen.locations.some((l) => l.line === line))
          seen.locations.push({ path: file.path, line });
      } else packages.set(pkg.id, pkg);
      if (type === 'Direct') direct.set(pkg.id, { id: pkg.id, scope: 'prod' });
      edges.push([target, isObject(entry.dependencies) ? Object.keys(entry.dependencies) : [], byName]);
    }
  }
  for (const [pkg, names, byName] of edges) {
    const deps = new Set(pkg.dependencies);
    for (const n of names) {
      const id = byName.get(n.toLowerCase());
      if (id && id !== pkg.id) deps.add(id);
    }
    pkg.dependencies = [...deps].sort();
  }
  const folder = folderOf(file.path);
  const list = [...packages.values()];
  const projects =
    list.length > 0
      ? [
          makeProject({
            ecosystem: ECOSYSTEM,
            folder,
            name: projectName(ctx, folder),
            location: { path: file.path, line: 1 },
            dependencies: [...direct.values()],
          }),
        ]
      : [];
  propagateScopes(projects, list);
  markDirect(projects, list);
  return { packages: list, projects, diagnostics: sink.finish() };
}

export const packagesLockExtractor: Extractor = {
  id: 'dotnet/packages-lock',
  description:
    'Reads NuGet packages.lock.json: resolved packages of every target framework with content hashes and the dependency graph; Direct entries are direct, referenced projects (type Project) are first-party and not packages. NuGet records no dev scope.',
  ecosystem: ECOSYSTEM,
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractPackagesLock,
};
