/** Reads a ScanResult JSON file the user names (`scan --compare`, `badge --from`). */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../core/errors/index.js';
import type { PreviousScan } from '../core/model/comparison.js';
import { parseResultFile, previousScan, type ResultSummary } from '../report/compare/result-file.js';

/** Larger than any result Sterling writes for a real project; a bound against reading a huge file. */
const MAX_RESULT_BYTES = 512 * 1024 * 1024;

export function readResultFile(path: string): ResultSummary {
  let text: string;
  try {
    if (statSync(path).size > MAX_RESULT_BYTES)
      throw new InputError(`${path}: larger than ${MAX_RESULT_BYTES / 1024 / 1024} MB, not read`, { path });
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
      path,
      hint: 'Give the path of a file written by `sterling scan --format json`.',
    });
  }
  return parseResultFile(text, path);
}

export function readPreviousScan(path: string): PreviousScan {
  return previousScan(readResultFile(path), path);
}
