import { posix } from 'node:path';
import { InputError } from '../../../core/errors/index.js';
import { markDirect } from '../../../core/model/scopes.js';
import { jsonDepthError, MAX_JSON_DEPTH, parseJsonUnbounded } from '../../../core/parse/json.js';
import { mergeProjects } from '../../../core/pipeline/merge.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { isRecord } from '../boundary.js';
import { basename, matchesFileName } from '../file-names.js';
import { createCollector } from './collect.js';
import { indexLines } from './lines.js';
import type { Run } from './run.js';
import { extractV1 } from './v1.js';
import { extractV2 } from './v2.js';

const FILES = ['package-lock.json', 'npm-shrinkwrap.json'] as const;
const SUPPORTED_VERSIONS = new Set([1, 2, 3]);

function extract(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const dir = posix.dirname(file.path);
  const sink = new DiagnosticSink(file.path);
  const shrinkwrap = posix.join(dir, 'npm-shrinkwrap.json');
  if (basename(file.path) === 'package-lock.json' && ctx.has(shrinkwrap)) {
    sink.add(
      'info',
      'superseded-lockfile',
      `${file.path} not read: npm installs from ${shrinkwrap} when both exist, so that file is the one inventoried`,
    );
    return { packages: [], projects: [], diagnostics: sink.finish() };
  }
  const data = parseJsonUnbounded(file.text, file.path);
  const format = !isRecord(data)
    ? undefined
    : isRecord(data.packages)
      ? 'v2'
      : isRecord(data.dependencies)
        ? 'v1'
        : undefined;
  // The line scan bounds the nesting (parseJsonUnbounded has not), before anything reads the value.
  const lines = indexLines(file.text, format ?? 'v2', MAX_JSON_DEPTH);
  if (lines.depth > MAX_JSON_DEPTH) throw jsonDepthError(file.text, file.path);
  if (!isRecord(data)) {
    throw new InputError(`${file.path}: not an npm lockfile (expected a JSON object)`, {
      path: file.path,
      hint: 'Regenerate it with `npm install --package-lock-only`, or exclude it with --exclude.',
    });
  }
  const version = data.lockfileVersion;
  if (typeof version === 'number' && !SUPPORTED_VERSIONS.has(version)) {
    sink.add(
      'warning',
      'unsupported-version',
      `${file.path}: lockfileVersion ${version} is not known; read as version 3`,
      1,
    );
  }
  for (const field of ['packages', 'dependencies'] as const) {
    if (format === undefined && data[field] !== undefined) {
      throw new InputError(`${file.path}: \`${field}\` is not an object`, { path: file.path });
    }
  }
  const run: Run = {
    path: file.path,
    dir,
    top: data,
    lines,
    sink,
    ctx,
    packages: createCollector(),
    projects: [],
  };
  if (format === 'v2') extractV2(data.packages as Record<string, unknown>, run);
  else extractV1(format === 'v1' ? (data.dependencies as Record<string, unknown>) : {}, run);
  const packages = run.packages.list();
  const projects = mergeProjects(run.projects);
  markDirect(projects, packages);
  return { packages, projects, diagnostics: sink.finish() };
}

/** npm lockfiles: package-lock.json and npm-shrinkwrap.json, lockfileVersion 1, 2 and 3. */
export const packageLockExtractor: Extractor = {
  id: 'npm/package-lock',
  description:
    'Reads npm package-lock.json and npm-shrinkwrap.json (lockfileVersion 1, 2, 3): packages, workspaces, dependency graph.',
  ecosystem: 'npm',
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract,
};
