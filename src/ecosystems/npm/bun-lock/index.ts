import type { Extractor, ExtractorContext, ExtractorFile } from '../../../core/plugin/extractor.js';
import { emptyOutput } from '../../../core/plugin/extractor.js';
import { basename, matchesFileName } from '../file-names.js';
import { extractBunLock } from './extract.js';

const FILES = ['bun.lock', 'bun.lockb'] as const;

/**
 * bun.lockb is bun's older binary lockfile. It is not read: it says so once, unless a text bun.lock
 * sits beside it. Without any lockfile the npm/package-json extractor lists the declared ranges.
 */
function skipBinary(file: ExtractorFile, ctx: ExtractorContext) {
  const out = emptyOutput();
  const dir = file.path.slice(0, file.path.lastIndexOf('/') + 1);
  if (ctx.has(`${dir}bun.lock`)) return out;
  out.diagnostics.push({
    level: 'info',
    code: 'unsupported-format',
    message:
      'bun.lockb is bun\'s binary lockfile and is not read; dependencies come from package.json as unresolved ranges. Run "bun install --save-text-lockfile" (bun 1.1.39 or later) and commit bun.lock for exact versions.',
    path: file.path,
  });
  return out;
}

export const bunLockExtractor: Extractor = {
  id: 'npm/bun-lock',
  description:
    "Reads bun's text lockfile bun.lock (lockfileVersion 0 to 2): exact versions, sources, workspaces and the dependency graph.",
  ecosystem: 'npm',
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: (file, ctx) =>
    basename(file.path) === 'bun.lockb' ? skipBinary(file, ctx) : extractBunLock(file, ctx),
};
