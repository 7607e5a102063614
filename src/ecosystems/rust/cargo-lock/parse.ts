import { InputError } from '../../../core/errors/index.js';
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import { quote } from '../../../core/util/quote.js';
import { isTable, parseTomlFile } from '../../shared/toml.js';
import { LIMITS } from './limits.js';

/** One `[[package]]` of Cargo.lock. */
export interface LockEntry {
  name: string;
  version: string;
  /** As written (`registry+https://...`, `git+https://...#commit`); absent for path packages. */
  source?: string;
  /** Hex sha256 (v2+ per package, v1 from `[metadata]`). */
  checksum?: string;
  /** As written: `name`, `name version` or `name version (source)`. */
  dependencies: string[];
  /** 1-based line of the entry's `name =` (its `[[package]]` header when not found). */
  line?: number;
}

export interface ParsedLock {
  /** The `version = N` of v3+; undefined for v1 and v2. */
  version?: number;
  entries: LockEntry[];
}

/** True when the trimmed line is the `[[package]]` array-of-tables header (a comment may follow). */
function isPackageHeader(trimmed: string): boolean {
  if (!trimmed.startsWith('[[')) return false;
  const end = trimmed.indexOf(']]');
  if (end < 0) return false;
  if (trimmed.slice(2, end).trim() !== 'package') return false;
  const rest = trimmed.slice(end + 2).trimStart();
  return rest === '' || rest.startsWith('#');
}

/** True when the trimmed line assigns the bare key `name`. */
function isNameLine(trimmed: string): boolean {
  if (!trimmed.startsWith('name')) return false;
  return trimmed.slice(4).trimStart().startsWith('=');
}

/**
 * Line of each `[[package]]` entry's `name =`, in order: one linear pass, no regular expression.
 * Comment lines start with `#` and never match.
 */
export function packageLines(text: string): number[] {
  const lines: number[] = [];
  let header = 0;
  let inPackage = false;
  let nameFound = false;
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const trimmed = text.slice(start, end).trim();
    if (trimmed.startsWith('[')) {
      if (inPackage && !nameFound) lines.push(header);
      inPackage = isPackageHeader(trimmed);
      nameFound = false;
      header = lineNo;
    } else if (inPackage && !nameFound && isNameLine(trimmed)) {
      lines.push(lineNo);
      nameFound = true;
    }
    start = end + 1;
  }
  if (inPackage && !nameFound) lines.push(header);
  return lines;
}

function stringField(entry: Record<string, unknown>, key: string, max: number): string | undefined {
  const v = entry[key];
  return typeof v === 'string' && v.length <= max ? v : undefined;
}

/** v1 `[metadata]`: `"checksum <name> <version> (<source>)" = "<hex>"`. */
function metadataChecksums(doc: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  const meta = doc.metadata;
  if (!isTable(meta)) return out;
  for (const [key, value] of Object.entries(meta)) {
    if (!key.startsWith('checksum ') || typeof value !== 'string') continue;
    const parts = key.slice('checksum '.length).split(' ');
    if (parts.length >= 3) out.set(`${parts[0]} ${parts[1]} ${parts.slice(2).join(' ')}`, value);
  }
  return out;
}

/** Parses Cargo.lock (v1-v4). Throws InputError when the file is not TOML or `package` is not a list. */
export function parseCargoLock(text: string, path: string, sink: DiagnosticSink): ParsedLock {
  const doc = parseTomlFile(text, path, { maxLength: LIMITS.maxBytes });
  const version = typeof doc.version === 'number' ? doc.version : undefined;
  if (version !== undefined && (version < 3 || version > 4)) {
    sink.warn(
      'unsupported-lockfile-version',
      `Cargo.lock version ${version} is not one Sterling knows (1-4); entries are read as version 4`,
    );
  }
  const raw = doc.package ?? [];
  if (!Array.isArray(raw)) {
    throw new InputError(`${quote(path)}: \`package\` must be a list of [[package]] tables`, { path });
  }
  const lines = packageLines(text);
  const lineOf = (i: number): number | undefined => (lines.length === raw.length ? lines[i] : undefined);
  const checksums = metadataChecksums(doc);
  const entries: LockEntry[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (entries.length >= LIMITS.maxEntries) {
      sink.warn(
        'too-many-entries',
        `only the first ${LIMITS.maxEntries} of ${raw.length} [[package]] entries were read`,
      );
      break;
    }
    const item = raw[i];
    const line = lineOf(i);
    if (!isTable(item)) {
      sink.warn('invalid-entry', 'a [[package]] entry is not a table; entry skipped', line);
      continue;
    }
    const name = stringField(item, 'name', LIMITS.maxNameLength);
    const ver = stringField(item, 'version', LIMITS.maxVersionLength);
    if (!name || !ver) {
      const what = typeof item.name === 'string' ? `package ${quote(item.name)}` : 'a [[package]] entry';
      sink.warn('invalid-entry', `${what} has no usable name and version; entry skipped`, line);
      continue;
    }
    const source = stringField(item, 'source', LIMITS.maxSourceLength);
    const deps: string[] = [];
    if (Array.isArray(item.dependencies)) {
      for (const d of item.dependencies) {
        if (typeof d === 'string' && d.length <= LIMITS.maxSourceLength) deps.push(d);
        else
          sink.warn(
            'invalid-dependency',
            `package ${quote(name)} lists a dependency that is not a string`,
            line,
          );
      }
    }
    const entry: LockEntry = { name, version: ver, dependencies: deps };
    if (source !== undefined) entry.source = source;
    const checksum = stringField(item, 'checksum', 256) ?? checksums.get(`${name} ${ver} (${source ?? ''})`);
    if (checksum !== undefined) entry.checksum = checksum;
    if (line !== undefined) entry.line = line;
    entries.push(entry);
  }
  const out: ParsedLock = { entries };
  if (version !== undefined) out.version = version;
  return out;
}
