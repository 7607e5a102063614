/**
 * ruby/gemfile-lock: Bundler's Gemfile.lock / gems.locked. GEM specs are registry gems, GIT specs git
 * gems pinned to `revision`, PATH specs local gems; a PATH source at `.` is the project's own gemspec
 * (first-party). Spec dependencies (six-space lines) are the graph, DEPENDENCIES the direct ones.
 * The lockfile does not record Gemfile groups: they come from the Gemfile (gems.rb) beside it when
 * there is one (gems only in development/test groups are `dev`, transitive scopes follow the graph);
 * without it every gem is `prod`.
 */
import { posix } from 'node:path';
import { InputError } from '../../../core/errors/index.js';
import type { DirectDependency, Package, PackageSource } from '../../../core/model/package.js';
import { markDirect, propagateScopes } from '../../../core/model/scopes.js';
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
import { gemfileGroups, isDevOnly } from './gemfile.js';
import { type LockSource, type LockSpec, parseGemfileLock } from './parse.js';

const FILES = ['Gemfile.lock', 'gems.locked'] as const;
const ECOSYSTEM = 'RubyGems';
const RUBYGEMS = ['https://rubygems.org/', 'https://rubygems.org', 'http://rubygems.org/'];

/** A PATH source pointing at the lockfile's own folder: the gem is the project itself. */
function isSelf(source: LockSource): boolean {
  if (source.type !== 'PATH') return false;
  const remote = source.remotes[0] ?? '';
  return remote === '.' || remote === './' || remote === '';
}

function sourceOf(source: LockSource): PackageSource {
  const remote = source.remotes.length === 1 ? source.remotes[0] : undefined;
  if (source.type === 'GIT') {
    const s: PackageSource = { kind: 'git' };
    if (remote) s.url = remote;
    if (source.revision) s.commit = source.revision;
    return s;
  }
  if (source.type === 'PATH') return remote ? { kind: 'file', url: remote } : { kind: 'file' };
  if (remote && !RUBYGEMS.includes(remote)) return { kind: 'registry', url: remote };
  return { kind: 'registry' };
}

export function extractGemfileLock(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const lock = parseGemfileLock(text);
  if (!lock.recognised && text.trim() !== '') {
    throw new InputError(
      `${file.path}:1: not a Bundler lockfile (no GEM, GIT, PATH or DEPENDENCIES section)`,
      {
        path: file.path,
        line: 1,
        hint: 'Regenerate it with `bundle lock`, or exclude it with --exclude.',
      },
    );
  }
  const sink = new DiagnosticSink(file.path);
  for (const p of lock.problems) {
    sink.warn('invalid-entry', `${p.message}: ${quote(p.value)}; entry skipped`, p.line);
  }
  const folder = posix.dirname(file.path);
  const byName = new Map<string, string>();
  const packages = new Map<string, Package>();
  const platforms = new Map<string, Set<string>>();
  const selfSpecs: LockSpec[] = [];
  const specs: [LockSpec, Package][] = [];
  for (const spec of lock.specs) {
    if (isSelf(spec.source)) {
      selfSpecs.push(spec);
      continue;
    }
    const pkg = makePackage({
      ecosystem: ECOSYSTEM,
      name: spec.name,
      version: spec.version,
      purlType: 'gem',
      qualifiers: spec.platform ? { platform: spec.platform } : undefined,
      source: sourceOf(spec.source),
      location: { path: file.path, line: spec.line },
    });
    const seen = packages.get(pkg.id);
    const set = platforms.get(pkg.id) ?? new Set<string>();
    set.add(spec.platform ?? '');
    platforms.set(pkg.id, set);
    if (seen) {
      // The same gem locked for several platforms: one package, every line, no platform in the purl.
      seen.locations.push({ path: file.path, line: spec.line });
      if (set.size > 1) {
        const plain = makePackage({
          ecosystem: ECOSYSTEM,
          name: spec.name,
          version: spec.version,
          purlType: 'gem',
          source: seen.source,
        });
        if (plain.purl) seen.purl = plain.purl;
      }
      specs.push([spec, seen]);
      continue;
    }
    packages.set(pkg.id, pkg);
    if (!byName.has(spec.name)) byName.set(spec.name, pkg.id);
    specs.push([spec, pkg]);
  }
  for (const [spec, pkg] of specs) {
    const deps = new Set(pkg.dependencies);
    for (const dep of spec.deps) {
      const id = byName.get(dep);
      if (id && id !== pkg.id) deps.add(id);
    }
    pkg.dependencies = [...deps].sort();
  }
  const self = selfSpecs[0];
  const base = posix.basename(file.path);
  const gemfilePath = posix.join(folder, base === 'gems.locked' ? 'gems.rb' : 'Gemfile');
  const gemfileText = ctx.readText(gemfilePath);
  const groups = gemfileText === undefined ? undefined : gemfileGroups(gemfileText);
  const direct = new Map<string, DirectDependency>();
  const addDirect = (name: string, line: number, fromGemspec = false): void => {
    if (selfSpecs.some((s) => s.name === name)) return;
    const id = byName.get(name);
    if (!id) {
      sink.info(
        'not-locked',
        `${quote(name)} is declared but not locked (a gem for another platform, or a stale lockfile); not reported`,
        line,
      );
      return;
    }
    const dev = !fromGemspec && isDevOnly(groups?.get(name));
    const key = `${id} ${dev ? 'dev' : 'prod'}`;
    if (!direct.has(key)) direct.set(key, { id, scope: dev ? 'dev' : 'prod' });
  };
  for (const d of lock.dependencies) addDirect(d.name, d.line);
  for (const s of selfSpecs) for (const dep of s.deps) if (byName.has(dep)) addDirect(dep, s.line, true);
  const list = [...packages.values()];
  const projects =
    list.length > 0 || self || lock.dependencies.length > 0
      ? [
          makeProject({
            ecosystem: ECOSYSTEM,
            folder,
            name: self?.name,
            version: self?.version,
            location: { path: file.path, line: self?.line ?? lock.dependenciesLine ?? 1 },
            dependencies: [...direct.values()].sort((a, b) =>
              a.id === b.id ? (a.scope < b.scope ? -1 : 1) : a.id < b.id ? -1 : 1,
            ),
          }),
        ]
      : [];
  propagateScopes(projects, list);
  markDirect(projects, list);
  return { packages: list, projects, diagnostics: sink.finish() };
}

export const gemfileLockExtractor: Extractor = {
  id: 'ruby/gemfile-lock',
  description:
    'Reads Gemfile.lock / gems.locked (Bundler): GEM, GIT (with revision) and PATH gems, the dependency graph, and direct dependencies from DEPENDENCIES; scopes from the Gemfile groups (development/test -> dev) when a Gemfile or gems.rb sits beside it, else every gem is prod.',
  ecosystem: ECOSYSTEM,
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractGemfileLock,
};
