/**
 * dart/pubspec-lock: pubspec.lock (YAML, written by `dart pub` / `flutter pub`). `dependency` says
 * what is direct (`direct main` -> prod, `direct dev` -> dev, `direct overridden` -> prod) and what is
 * `transitive`; the lockfile has no graph, so transitive packages are reported in the prod scope.
 * `source: hosted` packages come from pub.dev (or a private server), `git` ones carry the resolved
 * commit, `path` ones are local. `sdk` packages (flutter, flutter_test, ...) ship inside the Flutter
 * SDK with the placeholder version 0.0.0: they are not reported as packages (an info diagnostic says
 * so), because the SDK's own version, not 0.0.0, is what vulnerability data would name.
 */
import { posix } from 'node:path';
import { InputError } from '../../../core/errors/index.js';
import type { DirectDependency, Package, PackageSource, Scope } from '../../../core/model/package.js';
import { markDirect, propagateScopes } from '../../../core/model/scopes.js';
import { parseYamlFile } from '../../../core/parse/yaml.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { matchesFileName } from '../../npm/file-names.js';
import { makePackage, makeProject } from '../../shared/package.js';

const FILES = ['pubspec.lock'] as const;
const ECOSYSTEM = 'Pub';
const PUB_DEV = [
  'https://pub.dev',
  'https://pub.dartlang.org',
  'https://pub.dev/',
  'https://pub.dartlang.org/',
];

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Line of each key directly under the top-level `packages:` mapping (block style, as pub writes it). */
export function packageLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let inPackages = false;
  let keyIndent = -1;
  let lineNo = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    lineNo++;
    let indent = 0;
    while (indent < line.length && line.charCodeAt(indent) === 32) indent++;
    const body = line.slice(indent).trimEnd();
    if (body === '' || body.startsWith('#')) continue;
    if (indent === 0) {
      inPackages = body === 'packages:';
      keyIndent = -1;
      continue;
    }
    if (!inPackages) continue;
    if (keyIndent < 0) keyIndent = indent;
    if (indent !== keyIndent || !body.endsWith(':')) continue;
    let key = body.slice(0, -1);
    if (key.length >= 2 && (key[0] === '"' || key[0] === "'") && key.endsWith(key[0])) key = key.slice(1, -1);
    if (!lines.has(key)) lines.set(key, lineNo);
  }
  return lines;
}

function sourceOf(kind: string | undefined, description: unknown): PackageSource | 'sdk' | undefined {
  const d = isObject(description) ? description : {};
  switch (kind) {
    case 'hosted': {
      const url = str(d.url);
      return url && !PUB_DEV.includes(url) ? { kind: 'registry', url } : { kind: 'registry' };
    }
    case 'git': {
      const s: PackageSource = { kind: 'git' };
      const url = str(d.url);
      const commit = str(d['resolved-ref']);
      if (url) s.url = url;
      if (commit) s.commit = commit;
      return s;
    }
    case 'path': {
      const path = str(d.path);
      return path ? { kind: 'file', url: path } : { kind: 'file' };
    }
    case 'sdk':
      return 'sdk';
    default:
      return undefined;
  }
}

const DIRECT: Record<string, Scope> = {
  'direct main': 'prod',
  'direct dev': 'dev',
  'direct overridden': 'prod',
};

function projectName(ctx: ExtractorContext, path: string): { name?: string; version?: string } {
  const text = ctx.readText(path);
  if (text === undefined) return {};
  try {
    const doc = parseYamlFile(text, path);
    if (!isObject(doc)) return {};
    const out: { name?: string; version?: string } = {};
    const name = str(doc.name);
    const version = str(doc.version);
    if (name) out.name = name;
    if (version) out.version = version;
    return out;
  } catch {
    return {};
  }
}

export function extractPubspecLock(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const doc = parseYamlFile(file.text, file.path);
  if (!isObject(doc) || (doc.packages !== undefined && doc.packages !== null && !isObject(doc.packages))) {
    throw new InputError(`${file.path}:1: not a pubspec.lock (no \`packages\` mapping)`, {
      path: file.path,
      line: 1,
      hint: 'Regenerate it with `dart pub get`, or exclude it with --exclude.',
    });
  }
  const entries = isObject(doc.packages) ? doc.packages : {};
  const lines = packageLines(file.text);
  const sink = new DiagnosticSink(file.path);
  const packages: Package[] = [];
  const direct: DirectDependency[] = [];
  for (const name of Object.keys(entries)) {
    const entry = entries[name];
    const line = lines.get(name);
    const version = isObject(entry) ? str(entry.version) : undefined;
    if (!isObject(entry) || !version) {
      sink.warn('invalid-entry', `package ${quote(name)} has no version; entry skipped`, line);
      continue;
    }
    const kind = str(entry.source);
    const source = sourceOf(kind, entry.description);
    if (source === 'sdk') {
      sink.info(
        'sdk-package',
        `${quote(name)} comes with the ${quote(str(entry.description) ?? 'Dart/Flutter')} SDK; not reported as a package (its version is the SDK's)`,
        line,
      );
      continue;
    }
    if (source === undefined) {
      sink.warn(
        'unsupported-source',
        `package ${quote(name)} has an unknown source ${quote(kind ?? '')}; entry skipped`,
        line,
      );
      continue;
    }
    const pkg = makePackage({
      ecosystem: ECOSYSTEM,
      name,
      version,
      purlType: 'pub',
      source,
      location: { path: file.path, line },
    });
    packages.push(pkg);
    const scope = DIRECT[str(entry.dependency) ?? ''];
    if (scope) direct.push({ id: pkg.id, scope });
  }
  const folder = posix.dirname(file.path);
  const manifest = folder === '.' ? 'pubspec.yaml' : `${folder}/pubspec.yaml`;
  const own = projectName(ctx, manifest);
  const projects =
    packages.length > 0 || own.name
      ? [
          makeProject({
            ecosystem: ECOSYSTEM,
            folder,
            ...own,
            location: { path: ctx.has(manifest) ? manifest : file.path, line: 1 },
            dependencies: direct,
          }),
        ]
      : [];
  propagateScopes(projects, packages);
  markDirect(projects, packages);
  return { packages, projects, diagnostics: sink.finish() };
}

export const pubspecLockExtractor: Extractor = {
  id: 'dart/pubspec-lock',
  description:
    'Reads pubspec.lock (Dart/Flutter pub): hosted, git (with commit) and path packages, direct main/dev dependencies. No graph in the lockfile: transitive packages are in the prod scope; SDK packages (flutter, ...) are noted, not reported.',
  ecosystem: ECOSYSTEM,
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractPubspecLock,
};
