import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ExtractionOutput, Extractor, ExtractorContext } from '../../src/core/plugin/extractor.js';

/** An ExtractorContext over in-memory files (path -> text). */
export function memoryContext(files: Record<string, string>): ExtractorContext {
  const paths = Object.keys(files).sort();
  return {
    files: paths,
    has: (p) => p in files,
    readText: (p) => files[p],
  };
}

/** Runs an extractor on in-memory files; `path` must be one of them. */
export function extractMemory(
  extractor: Extractor,
  path: string,
  files: Record<string, string>,
): ExtractionOutput {
  const text = files[path];
  if (text === undefined) throw new Error(`no file ${path} in the memory workspace`);
  return extractor.extract({ path, text }, memoryContext(files));
}

/**
 * Runs an extractor on a file on disk, with the file's folder as the scanned root (its siblings,
 * one level, are visible to the extractor). Used for third-party conformance fixtures.
 */
export function extractDisk(extractor: Extractor, absPath: string): ExtractionOutput {
  const dir = dirname(absPath);
  const siblings = readdirSync(dir)
    .filter((n) => statSync(join(dir, n)).isFile())
    .sort();
  const ctx: ExtractorContext = {
    files: siblings,
    has: (p) => siblings.includes(p),
    readText: (p) => (siblings.includes(p) ? readFileSync(join(dir, p), 'utf8') : undefined),
  };
  return extractor.extract({ path: basename(absPath), text: readFileSync(absPath, 'utf8') }, ctx);
}
