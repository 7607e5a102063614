/**
 * npm/yarn-lock: yarn.lock, classic (v1, yarn's own line format) and berry (v2+, YAML with `__metadata`).
 * Packages come from the lockfile; which of them are direct, and in which scope, from the package.json
 * beside it and its workspaces.
 */

import { markDirect, propagateScopes } from '../../../core/model/scopes.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { matchesFileName } from '../file-names.js';
import { isBerry, readBerry } from './berry.js';
import type { ParsedLock } from './entry.js';
import { buildGraph } from './graph.js';
import { buildProjects } from './projects.js';
import { readV1 } from './v1.js';

const FILES = ['yarn.lock'] as const;

function reportProblems(lock: ParsedLock, sink: DiagnosticSink): void {
  for (const p of lock.problems) {
    const code = p.code ?? 'invalid-entry';
    const message = code === 'invalid-entry' ? `${p.message}; entry skipped` : p.message;
    sink.add(p.level ?? 'warning', code, message, p.line);
  }
}

export function extractYarnLock(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const lock = isBerry(text) ? readBerry(text, file.path) : readV1(text, file.path);
  const sink = new DiagnosticSink(file.path);
  reportProblems(lock, sink);
  const { packages, descriptors } = buildGraph(lock, file.path);
  const projects = buildProjects(ctx, descriptors, lock.workspaces, sink, packages.length > 0);
  propagateScopes(projects, packages);
  markDirect(projects, packages);
  return { packages, projects, diagnostics: sink.finish() };
}

export const yarnLockExtractor: Extractor = {
  id: 'npm/yarn-lock',
  description:
    'Reads yarn.lock (classic v1 and berry v2+): packages, sources, dependency graph; direct dependencies and scopes from package.json and workspaces.',
  ecosystem: 'npm',
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractYarnLock,
};
