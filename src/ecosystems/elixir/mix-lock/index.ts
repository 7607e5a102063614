/**
 * elixir/mix-lock: mix.lock, read with a bounded term reader (never evaluated). Hex entries
 * (`{:hex, :name, "version", "checksum", managers, deps, "repo", "outer_checksum"}`) are packages of
 * ecosystem `Hex`, `pkg:hex/<name>@<version>` (a private organisation, `"hexpm:acme"`, is the purl
 * namespace), with the inner checksum as integrity and the dependency edges of their deps list. Git
 * entries (`{:git, url, commit, opts}`) are git sources pinned by commit, with no version. mix.lock
 * does not say which dependencies are direct (mix.exs does), so none is marked direct.
 */
import { InputError } from '../../../core/errors/index.js';
import type { Package } from '../../../core/model/package.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { matchesFileName } from '../../npm/file-names.js';
import { makePackage } from '../../shared/package.js';
import { parseTerm, type Term } from './term.js';

export const ECOSYSTEM = 'Hex';
const FILES = ['mix.lock'] as const;

function str(t: Term | undefined): string | undefined {
  return t?.t === 'str' ? t.v : undefined;
}

function atom(t: Term | undefined): string | undefined {
  return t?.t === 'atom' ? t.v : undefined;
}

/** App names a deps list points at: `{:app, "~> 1.0", [hex: :pkg, optional: true]}`. */
function depApps(t: Term | undefined): string[] {
  if (t?.t !== 'list') return [];
  const out: string[] = [];
  for (const d of t.items) {
    if (d.t !== 'tuple') continue;
    const app = atom(d.items[0]);
    if (app) out.push(app);
  }
  return out;
}

export function extractMixLock(file: ExtractorFile): ExtractionOutput {
  const root = parseTerm(file.text, file.path);
  if (root.t !== 'map') {
    throw new InputError(`${file.path}:${root.line}: not a mix.lock (expected a map %{...})`, {
      path: file.path,
      line: root.line,
    });
  }
  const sink = new DiagnosticSink(file.path);
  const byApp = new Map<string, Package>();
  const deps = new Map<string, string[]>();
  for (const entry of root.items) {
    if (entry.t !== 'pair') {
      sink.warn('invalid-entry', 'an entry that is not "name": {...}; skipped', entry.line);
      continue;
    }
    const app = entry.key;
    const v = entry.value;
    const kind = v.t === 'tuple' ? atom(v.items[0]) : undefined;
    const location = { path: file.path, line: entry.line };
    if (v.t !== 'tuple' || kind === undefined) {
      sink.warn(
        'invalid-entry',
        `${quote(app)} is not a {:hex, ...} or {:git, ...} tuple; skipped`,
        entry.line,
      );
      continue;
    }
    if (kind === 'hex') {
      const name = atom(v.items[1]);
      const version = str(v.items[2]);
      if (!name || !version) {
        sink.warn('invalid-entry', `${quote(app)} has no package name or version; skipped`, entry.line);
        continue;
      }
      const checksum = str(v.items[3]);
      const repo = str(v.items[6]) ?? 'hexpm';
      const org = repo.startsWith('hexpm:') ? repo.slice('hexpm:'.length) : undefined;
      if (repo !== 'hexpm' && !org) {
        sink.info(
          'other-repository',
          `${quote(app)} comes from the Hex repository ${quote(repo)}`,
          entry.line,
        );
      }
      const pkg = makePackage({
        ecosystem: ECOSYSTEM,
        name,
        version,
        purlType: 'hex',
        ...(org ? { purlNamespace: org } : {}),
        source: checksum ? { kind: 'registry', integrity: checksum } : { kind: 'registry' },
        location,
      });
      byApp.set(app, pkg);
      deps.set(app, depApps(v.items[5]));
      continue;
    }
    if (kind === 'git') {
      const url = str(v.items[1]);
      const commit = str(v.items[2]);
      if (!url || !commit) {
        sink.warn(
          'invalid-entry',
          `${quote(app)} is a git entry without a URL or commit; skipped`,
          entry.line,
        );
        continue;
      }
      byApp.set(
        app,
        makePackage({
          ecosystem: ECOSYSTEM,
          name: app,
          version: '',
          purlType: 'hex',
          source: { kind: 'git', url, commit },
          location,
        }),
      );
      continue;
    }
    sink.warn(
      'unsupported-source',
      `${quote(app)} has a ${quote(kind)} source, which Sterling does not read; skipped`,
      entry.line,
    );
  }
  for (const [app, list] of deps) {
    const pkg = byApp.get(app)!;
    const ids = new Set<string>();
    for (const d of list) {
      const target = byApp.get(d);
      if (target) ids.add(target.id);
    }
    pkg.dependencies = [...ids].sort();
  }
  return { packages: [...byApp.values()], projects: [], diagnostics: sink.finish() };
}

export const mixLockExtractor: Extractor = {
  id: 'elixir/mix-lock',
  description:
    'Reads Elixir mix.lock (without evaluating it): Hex packages with checksums and dependency edges, git dependencies pinned by commit.',
  ecosystem: ECOSYSTEM,
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractMixLock,
};
