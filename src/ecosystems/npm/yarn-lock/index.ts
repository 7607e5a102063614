/**
 * npm/yarn-lock: yarn.lock, classic (v1, yarn's own line format) and berry (v2+, YAML with `__metadata`).
 * Packages come from the lockfile; which of them are direct, and in which scope, from the package.json
 * beside it and its workspaces.
 */

import type { Diagnostic } from '../../../core/model/diagnostic.js';
import { markDirect, propagateScopes } from '../../../core/model/scopes.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { isBerry, readBerry } from './berry.js';
import type { ParsedLock } from './entry.js';
import { buildGraph } from './graph.js';
import { buildProjects } from './projects.js';
import { readV1 } from './v1.js';

const FILES = ['yarn.lock'] as const;

/** invalid-entry warnings reported per file; the rest are counted in one more. */
export const MAX_ENTRY_DIAGNOSTICS = 100;

function problemDiagnostics(lock: ParsedLock, path: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  let dropped = 0;
  for (const p of lock.problems) {
    if (out.length >= MAX_ENTRY_DIAGNOSTICS) {
      dropped++;
      continue;
    }
    const code = p.code ?? 'invalid-entry';
    out.push({
      level: p.level ?? 'warning',
      code,
      message: code === 'invalid-entry' ? `${p.message}; entry skipped` : p.message,
      path,
      ...(p.line ? { line: p.line } : {}),
    });
  }
  if (dropped > 0) {
    out.push({
      level: 'warning',
      code: 'invalid-entry',
      message: `${dropped} more problems in this file not listed`,
      path,
    });
  }
  return out;
}

export function extractYarnLock(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const lock = isBerry(text) ? readBerry(text, file.path) : readV1(text, file.path);
  const diagnostics = problemDiagnostics(lock, file.path);
  const { packages, descriptors } = buildGraph(lock, file.path);
  const projects = buildProjects(
    file.path,
    ctx,
    descriptors,
    lock.workspaces,
    diagnostics,
    packages.length > 0,
  );
  propagateScopes(projects, packages);
  markDirect(projects, packages);
  return { packages, projects, diagnostics };
}

export const yarnLockExtractor: Extractor = {
  id: 'npm/yarn-lock',
  description:
    'Reads yarn.lock (classic v1 and berry v2+): packages, sources, dependency graph; direct dependencies and scopes from package.json and workspaces.',
  ecosystem: 'npm',
  files: FILES,
  requirements: { network: false },
  matches: (path) => (FILES as readonly string[]).includes(path.slice(path.lastIndexOf('/') + 1)),
  extract: extractYarnLock,
};
