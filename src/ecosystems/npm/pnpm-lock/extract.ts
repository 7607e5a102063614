import { posix } from 'node:path';
import { InputError } from '../../../core/errors/index.js';
import { markDirect, propagateScopes } from '../../../core/model/scopes.js';
import { parseYamlFile } from '../../../core/parse/yaml.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import {
  type ExtractionOutput,
  type ExtractorContext,
  type ExtractorFile,
  emptyOutput,
} from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { firstIssue, isRecord } from '../boundary.js';
import { type KeyFormat, keyFormatOf } from './dep-path.js';
import { MAX_DOCUMENTS, splitDocuments, type YamlDocument } from './documents.js';
import { LockGraph } from './graph.js';
import { LIMITS } from './limits.js';
import { type DuplicateKey, sectionKeyLines } from './lines.js';
import { type ReadContext, readPackages, readSnapshots } from './packages.js';
import { listImporters, ProjectSet, readProjects } from './projects.js';
import { lockfileSchema } from './schema.js';

const HINT = 'Regenerate the file with pnpm install, or exclude it with --exclude.';

/** Without a usable `lockfileVersion`: v9 when there are `snapshots:`, else what the first `/` key looks like. */
function guessFormat(packages: Record<string, unknown>, hasSnapshots: boolean): KeyFormat {
  if (hasSnapshots) return 'v9';
  for (const key of Object.keys(packages)) {
    if (!key.startsWith('/')) continue;
    const nameStart = key.startsWith('/@') ? key.indexOf('/', 2) + 1 : 1;
    const slash = key.indexOf('/', nameStart);
    const at = key.indexOf('@', nameStart);
    return at > 0 && (slash < 0 || at < slash) ? 'v6' : 'v5';
  }
  return 'v6';
}

/** Key format from `lockfileVersion`, reporting versions Sterling does not know. */
function formatOf(
  version: string | undefined,
  packages: Record<string, unknown>,
  hasSnapshots: boolean,
  sink: DiagnosticSink,
): KeyFormat {
  const format = keyFormatOf(version);
  if (format) {
    const major = Number.parseInt(version ?? '', 10);
    if (major > 9 || major < 5) {
      sink.info(
        'unsupported-version',
        `lockfileVersion ${quote(version ?? '')} is not one Sterling knows (5.x, 6.x, 9.x); read as ${format}.`,
      );
    }
    return format;
  }
  const guess = guessFormat(packages, hasSnapshots);
  if (version !== undefined) {
    sink.info('unsupported-version', `lockfileVersion ${quote(version)} is not a number; read as ${guess}.`);
  }
  return guess;
}

function notALockfile(path: string, why: string): InputError {
  return new InputError(`${path}: not a pnpm lockfile (${why})`, { path, hint: HINT });
}

/** Reads one YAML document of the lockfile into the shared graph and project set. */
function readDocument(
  doc: YamlDocument,
  file: ExtractorFile,
  ctx: ExtractorContext,
  shared: { graph: LockGraph; sink: DiagnosticSink; projects: ProjectSet; budget: { left: number } },
): boolean {
  const data = parseYamlFile(doc.text, file.path);
  if (data === null || data === undefined) return false; // empty document, or only comments
  if (!isRecord(data)) throw notALockfile(file.path, 'expected a YAML mapping at the top level');
  const parsed = lockfileSchema.safeParse(data);
  if (!parsed.success) throw notALockfile(file.path, firstIssue(parsed.error));
  const lock = parsed.data;
  const { graph, sink } = shared;
  graph.format = formatOf(lock.lockfileVersion, lock.packages, Object.keys(lock.snapshots).length > 0, sink);
  const lockDir = posix.dirname(file.path);
  const duplicates: DuplicateKey[] = [];
  const lines = sectionKeyLines(doc.text, ['packages', 'snapshots', 'importers'], duplicates);
  const importers = listImporters(lock.importers, data, lockDir, sink, lines.get('importers'));
  const rc: ReadContext = {
    path: file.path,
    lockDir,
    format: graph.format,
    graph,
    sink,
    lines,
    workspaceFolders: new Map(importers.map((i) => [i.folder, i.id])),
    budget: shared.budget,
  };
  for (const d of duplicates) {
    sink.warn(
      'duplicate-entry',
      `${d.section}: ${quote(d.key)} appears twice (lines ${d.first} and ${d.line}); only the last is read. Regenerate the lockfile with pnpm install.`,
      d.line,
    );
  }
  readPackages(lock.packages, rc);
  readSnapshots(lock.snapshots, rc);
  readProjects(importers, rc, ctx, shared.projects);
  graph.link();
  return true;
}

/**
 * Reads one pnpm-lock.yaml (v5.x, v6.x, v9.x), every YAML document of it: pnpm 11+ may put an env
 * document (config dependencies, pnpm itself) before the project lockfile, and a scanner must see
 * the packages of both.
 */
export function extractPnpmLock(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  if (file.text.length > LIMITS.maxTextLength) {
    throw new InputError(
      `${file.path}: ${file.text.length} characters, over the ${LIMITS.maxTextLength} limit`,
      {
        path: file.path,
        hint: HINT,
      },
    );
  }
  const docs = splitDocuments(file.text);
  if (!docs) throw notALockfile(file.path, `more than ${MAX_DOCUMENTS} YAML documents`);
  const shared = {
    graph: new LockGraph('v9'),
    sink: new DiagnosticSink(file.path),
    projects: new ProjectSet(),
    budget: { left: LIMITS.maxEntries },
  };
  let read = 0;
  for (const doc of docs) if (readDocument(doc, file, ctx, shared)) read++;
  if (read === 0) return emptyOutput();

  const packages = shared.graph.finish();
  const projects = shared.projects.finish();
  // Scopes come from the graph walked from the importers, not from the entries' own `dev` /
  // `optional` flags: pnpm writes those per entry and they go stale when a lockfile is merged by
  // hand, while the importers are what pnpm installs from. The flags only remain for packages that
  // no importer reaches (a partial or hand-trimmed lockfile).
  propagateScopes(projects, packages);
  markDirect(projects, packages);

  const { graph, sink } = shared;
  if (graph.unresolvedCount > 0) {
    const examples = graph.unresolvedExamples.map((e) => quote(e)).join(', ');
    sink.info(
      'unresolved-dependency',
      `${graph.unresolvedCount} dependency references point to no entry in packages: (e.g. ${examples}); the dependency graph and scopes may be incomplete.`,
    );
  }
  return { packages, projects, diagnostics: sink.finish() };
}
