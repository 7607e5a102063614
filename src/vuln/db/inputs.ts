/**
 * The three kinds of import input: a folder (walked without following any link, size-capped), a
 * zip, and a single JSON or YAML file.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../../core/errors/index.js';
import { documentKind } from './decode.js';
import type { RecordSink } from './documents.js';
import type { ImportLimits } from './limits.js';
import { readFileCapped, walkFolder } from './walk.js';
import { readZip, ZipRejected } from './zip.js';

export type InputKind = 'dir' | 'zip' | 'file';

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"

/** Classifies an input path; throws InputError when it does not exist or is of no known kind. */
export function inputKind(path: string): InputKind {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch (err) {
    throw new InputError(`${path}: ${(err as NodeJS.ErrnoException).code ?? 'cannot be read'}`, {
      path,
      hint: 'Give OSV records: an all.zip from osv.dev, a folder of .json/.yaml records, or a .json file.',
    });
  }
  if (st.isDirectory()) return 'dir';
  if (path.toLowerCase().endsWith('.zip')) return 'zip';
  if (documentKind(path, true)) return 'file';
  const head = Buffer.alloc(2);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 2, 0);
  } finally {
    closeSync(fd);
  }
  if (head[0] === ZIP_MAGIC[0] && head[1] === ZIP_MAGIC[1]) return 'zip';
  throw new InputError(`${path}: not a .zip, .json, .yaml or folder`, {
    path,
    hint: 'Give OSV records: an all.zip from osv.dev, a folder of .json/.yaml records, or a .json file.',
  });
}

/** Reads one input into the sink; `label` names it in problems. Returns the reason when it is refused whole. */
export async function readInput(
  path: string,
  label: string,
  kind: InputKind,
  sink: RecordSink,
  limits: ImportLimits,
): Promise<{ refused?: string }> {
  if (kind === 'zip') {
    try {
      await readZip(path, limits, (item) => {
        const file = `${label}!${item.name}`;
        if (item.kind === 'entry') return sink.document(item.text, file, 'json');
        if (item.kind === 'problem') sink.invalid(file, item.reason);
        else sink.ignored();
        return undefined;
      });
      return {};
    } catch (err) {
      if (err instanceof ZipRejected) return { refused: `zip refused: ${err.message}` };
      const code = (err as NodeJS.ErrnoException).code;
      if (code) throw new InputError(`${label}: cannot be read (${code})`, { path });
      throw err;
    }
  }
  if (kind === 'file') {
    const r = readFileCapped(path, limits.maxFileBytes, true);
    if ('text' in r) await sink.document(r.text, label, documentKind(path, true) ?? 'json');
    else sink.skipped(label, r.reason);
    return {};
  }
  await readDir(path, label, sink, limits);
  return {};
}

async function readDir(path: string, label: string, sink: RecordSink, limits: ImportLimits): Promise<void> {
  const prefix = label.endsWith('/') ? label : `${label}/`;
  for (const item of walkFolder(path, limits.maxDirFiles)) {
    if (item.kind === 'skipped') {
      sink.skipped(`${prefix}${item.rel}`, item.reason);
      continue;
    }
    const kind = documentKind(item.rel, true);
    if (!kind) {
      sink.ignored();
      continue;
    }
    const r = readFileCapped(item.abs, limits.maxEntryBytes);
    if ('text' in r) await sink.document(r.text, `${prefix}${item.rel}`, kind);
    else sink.skipped(`${prefix}${item.rel}`, r.reason);
  }
}
