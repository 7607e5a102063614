/**
 * rust/cargo-lock: Cargo.lock, versions 1-4. Packages come from the lockfile (registry, git with the
 * pinned commit, local path packages); first-party code (the root package, workspace members, path
 * dependencies, `[patch]` / `[replace]` folders) from the Cargo.toml beside it, which also says which
 * dependencies are direct and whether they are dev- or optional (feature-gated) dependencies.
 * Build-dependencies count as prod: they run at build time and shape the artifact.
 */
import { markDirect, propagateScopes } from '../../../core/model/scopes.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { buildGraph } from './graph.js';
import { readWorkspace } from './manifest.js';
import { parseCargoLock } from './parse.js';

const FILES = ['Cargo.lock'] as const;

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : path.slice(0, slash);
}

export function extractCargoLock(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const sink = new DiagnosticSink(file.path);
  const lock = parseCargoLock(text, file.path, sink);
  const manifests = lock.entries.length > 0 ? readWorkspace(ctx, folderOf(file.path), sink) : undefined;
  if (!manifests && lock.entries.some((e) => e.source === undefined)) {
    sink.info(
      'manifest-missing',
      'no readable Cargo.toml beside Cargo.lock: local packages are reported as packages, and which dependencies are direct is not known',
    );
  }
  const { packages, projects } = buildGraph(lock.entries, file.path, manifests, sink);
  propagateScopes(projects, packages);
  markDirect(projects, packages);
  return { packages, projects, diagnostics: sink.finish() };
}

export const cargoLockExtractor: Extractor = {
  id: 'rust/cargo-lock',
  description:
    'Reads Cargo.lock (v1-v4): crates with registry, git and path sources, checksums and the dependency graph; workspace members as projects, direct dependencies and dev/optional scopes from Cargo.toml (build-dependencies are prod).',
  ecosystem: 'crates.io',
  files: FILES,
  requirements: { network: false },
  matches: (path) => path === 'Cargo.lock' || path.endsWith('/Cargo.lock'),
  extract: extractCargoLock,
};
