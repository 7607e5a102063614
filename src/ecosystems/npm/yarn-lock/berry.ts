/**
 * yarn berry (v2+) lockfiles: YAML with a `__metadata` entry, keys `"a@npm:^1, a@npm:^1.2"`, each with
 * `version`, `resolution`, `dependencies`, `checksum`, `linkType`... Parsed with the shared bounded YAML
 * reader (failsafe schema, so versions stay strings); header lines come from one scan of the text.
 */

import { posix } from 'node:path';
import { InputError } from '../../../core/errors/index.js';
import { parseYamlFile } from '../../../core/parse/yaml.js';
import { quote } from '../../../core/util/quote.js';
import { isRecord } from '../boundary.js';
import { closingQuote, decodeJsonString } from '../json-string.js';
import { isOutsideRoot } from '../project.js';
import { type NameAndRange, splitDescriptor, splitKeyList } from './descriptor.js';
import type { LockEntry, ParsedLock } from './entry.js';
import { berryReference } from './source.js';

/** Patches of patches are legal; deeper nesting than this is not something yarn writes. */
const MAX_PATCH_DEPTH = 4;

/** True when the text has a top-level `__metadata:` key, the mark of a berry lockfile. */
export function isBerry(text: string): boolean {
  return text.startsWith('__metadata:') || text.includes('\n__metadata:');
}

/** The key of a top-level YAML line (`"a@npm:^1, a@npm:^1.2":`, `a@npm:1:`, `key: value`), unquoted. */
function keyOf(content: string): string | undefined {
  const first = content.charCodeAt(0);
  if (first === 34) {
    const close = closingQuote(content, 0);
    if (close < 0 || content.charCodeAt(close + 1) !== 58) return undefined;
    return decodeJsonString(content.slice(0, close + 1)) ?? content.slice(1, close);
  }
  if (first === 39) {
    let i = 1;
    while (i < content.length) {
      if (content.charCodeAt(i) === 39) {
        if (content.charCodeAt(i + 1) !== 39) break;
        i++;
      }
      i++;
    }
    if (content.charCodeAt(i + 1) !== 58) return undefined;
    return content.slice(1, i).split("''").join("'");
  }
  const colon = content.indexOf(': ');
  if (colon > 0) return content.slice(0, colon);
  return content.endsWith(':') ? content.slice(0, -1) : undefined;
}

/** 1-based line of every top-level key (first occurrence). Linear in the text. */
export function topLevelKeyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let start = 0;
  let lineNo = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const c = text.charCodeAt(start);
    if (start < end && c !== 32 && c !== 9 && c !== 35 && c !== 13) {
      const key = keyOf(text.slice(start, end).trimEnd());
      if (key !== undefined && !lines.has(key)) lines.set(key, lineNo);
    }
    start = end + 1;
    lineNo++;
  }
  return lines;
}

function stringPairs(v: unknown): Array<[string, string]> {
  if (!isRecord(v)) return [];
  const out: Array<[string, string]> = [];
  for (const [k, r] of Object.entries(v)) if (typeof r === 'string') out.push([k, r]);
  return out;
}

/** Resolves `resolution` through `patch:` wrappers to the underlying locator. */
function unwrapResolution(resolution: string, checksum: string | undefined) {
  let locator = resolution;
  for (let depth = 0; depth <= MAX_PATCH_DEPTH; depth++) {
    const d = splitDescriptor(locator);
    if (!d || d.range === '') return undefined;
    // The checksum of a patched package is that of the patched archive; keep it only for the plain one.
    const ref = berryReference(d.range, depth === 0 ? checksum : undefined);
    if (ref.kind !== 'patch') return { name: d.name, ref };
    locator = ref.inner;
  }
  return undefined;
}

export function readBerry(text: string, path: string): ParsedLock {
  const data = parseYamlFile(text, path);
  const out: ParsedLock = { entries: [], workspaces: [], problems: [] };
  if (data === null || data === undefined) return out;
  if (!isRecord(data)) {
    throw new InputError(`${path}: not a yarn lockfile (the YAML document is not a mapping)`, { path });
  }
  const lines = topLevelKeyLines(text);
  const lockDir = posix.dirname(path);
  for (const [key, value] of Object.entries(data)) {
    if (key === '__metadata') continue;
    const line = lines.get(key) ?? 0;
    const problem = (message: string) => out.problems.push({ ...(line ? { line } : {}), message });
    if (!isRecord(value)) {
      problem(`entry ${quote(key)} is not a mapping`);
      continue;
    }
    const { version, resolution, checksum } = value;
    if (typeof resolution !== 'string' || resolution === '') {
      problem(`entry ${quote(key)} has no resolution`);
      continue;
    }
    const resolved = unwrapResolution(resolution, typeof checksum === 'string' ? checksum : undefined);
    if (!resolved) {
      problem(`entry ${quote(key)} has an unreadable resolution ${quote(resolution)}`);
      continue;
    }
    const descriptors: NameAndRange[] = [];
    for (const k of splitKeyList(key)) {
      const split = splitDescriptor(k);
      if (split) descriptors.push(split);
    }
    const dependencies = stringPairs(value.dependencies);
    const { name, ref } = resolved;
    if (ref.kind === 'workspace') {
      const folder = posix.normalize(posix.join(lockDir, ref.path || '.'));
      if (isOutsideRoot(folder)) {
        problem(`workspace ${quote(name)} points outside the scanned folder (${quote(ref.path)})`);
        continue;
      }
      out.workspaces.push({ line, descriptors, name, path: folder, dependencies });
      continue;
    }
    if (typeof version !== 'string' || version === '') {
      problem(`${quote(name)} has no version`);
      continue;
    }
    if (ref.kind === 'unsupported') {
      out.problems.push({
        ...(line ? { line } : {}),
        level: 'info',
        code: 'unsupported-source',
        message: `${quote(name)}@${quote(version)} comes from an unknown protocol ${quote(ref.protocol)}; reported as a registry package`,
      });
    }
    const aliases = new Set<string>();
    for (const d of descriptors) if (d.name !== name) aliases.add(d.name);
    const entry: LockEntry = {
      line,
      descriptors,
      name,
      aliases: [...aliases].sort(),
      version,
      source: ref.kind === 'package' ? ref.source : { kind: 'registry' },
      dependencies,
    };
    out.entries.push(entry);
  }
  out.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return out;
}
