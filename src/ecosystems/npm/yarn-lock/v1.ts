/** Classic yarn.lock (v1): raw entries from the line parser -> normalised LockEntry values. */

import { InputError } from '../../../core/errors/index.js';
import { quote } from '../../../core/util/quote.js';
import { aliasTarget, type NameAndRange, splitDescriptor } from './descriptor.js';
import type { LockEntry, ParsedLock } from './entry.js';
import { v1Source } from './source.js';
import { parseV1, type V1RawEntry } from './v1-parse.js';

function toEntry(raw: V1RawEntry): LockEntry | string {
  let name: string | undefined;
  let aliases: Set<string> | undefined;
  const ranges: string[] = [];
  const descriptors: NameAndRange[] = [];
  for (const key of raw.keys) {
    const d = splitDescriptor(key);
    if (!d) return `bad descriptor ${quote(key)}`;
    descriptors.push(d);
    const target = aliasTarget(d.range);
    // yarn 1 also accepts `x@npm:y` (alias to y's latest): without an `@`, the whole rest is the name.
    const bareAlias = !target && d.range.startsWith('npm:') && !d.range.slice(4).includes('@');
    const realName = target?.name ?? (bareAlias ? d.range.slice(4) : d.name);
    ranges.push(target?.range ?? (bareAlias ? '' : d.range));
    if (name === undefined) name = realName;
    else if (realName !== name)
      return `descriptors name different packages (${quote(name)}, ${quote(realName)})`;
    if (d.name !== realName) {
      aliases ??= new Set();
      aliases.add(d.name);
    }
  }
  const version = raw.fields.get('version');
  if (!name) return 'header names no package';
  if (!version) return `${quote(name)} has no version`;
  const deps = raw.blocks.get('dependencies');
  const optional = raw.blocks.get('optionalDependencies');
  const dependencies = optional ? [...(deps ?? []), ...optional] : (deps ?? []);
  return {
    line: raw.line,
    descriptors,
    name,
    aliases: aliases ? [...aliases].sort() : [],
    version,
    source: v1Source(ranges, raw.fields.get('resolved'), raw.fields.get('integrity')),
    dependencies,
  };
}

/** Parses a classic yarn.lock. Throws InputError when nothing in a non-empty file reads as an entry. */
export function readV1(text: string, path: string): ParsedLock {
  const { entries: raws, problems } = parseV1(text, path);
  const out: ParsedLock = { entries: [], workspaces: [], problems: [...problems] };
  if (raws.length === 0 && problems.length > 0) {
    const first = problems[0]!;
    throw new InputError(`${path}:${first.line}: not a yarn.lock file (${first.message})`, {
      path,
      line: first.line,
      hint: 'Regenerate the file with `yarn install`, or exclude it with --exclude.',
    });
  }
  for (const raw of raws) {
    const entry = toEntry(raw);
    if (typeof entry === 'string') out.problems.push({ line: raw.line, message: entry });
    else out.entries.push(entry);
  }
  out.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return out;
}
