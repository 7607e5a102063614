/**
 * Line parser for the classic yarn.lock (v1) format. Not YAML: entries are
 *
 *   "a@^1.0.0", a@~1.2.0:
 *     version "1.2.3"
 *     resolved "https://registry.yarnpkg.com/a/-/a-1.2.3.tgz#<sha1>"
 *     integrity sha512-...
 *     dependencies:
 *       b "^2.0.0"
 *
 * One pass over the lines, no regular expressions, no recursion; quoted strings are JSON strings (as
 * yarn writes them). A malformed entry is reported and skipped; the rest of the file is kept.
 */

import { InputError } from '../../../core/errors/index.js';
import { quote } from '../../../core/util/quote.js';
import { closingQuote, decodeJsonString } from '../json-string.js';

export interface V1RawEntry {
  /** 1-based line of the header. */
  line: number;
  /** Descriptors of the header, unquoted (`a@^1.0.0`). */
  keys: string[];
  /** Scalar fields (`version`, `resolved`, `integrity`, ...). */
  fields: Map<string, string>;
  /** Nested blocks (`dependencies`, `optionalDependencies`) as [name, range] pairs. */
  blocks: Map<string, Array<[string, string]>>;
}

export interface V1Problem {
  line: number;
  message: string;
}

export interface V1ParseResult {
  entries: V1RawEntry[];
  problems: V1Problem[];
}

/** Reads a JSON string starting at `s[start] === '"'`. Returns the value and the index after the closing quote. */
function readQuoted(s: string, start: number): { value: string; end: number } | string {
  const close = closingQuote(s, start);
  if (close < 0) return 'unterminated string';
  const value = decodeJsonString(s.slice(start, close + 1));
  return value === undefined ? 'invalid string escape' : { value, end: close + 1 };
}

/** Parses a header `"a@^1", a@~1.2:` (the trailing colon already removed) into its descriptors. */
function parseHeader(s: string): string[] | string {
  const keys: string[] = [];
  let i = 0;
  while (i < s.length) {
    while (s.charCodeAt(i) === 32) i++;
    let key: string;
    if (s.charCodeAt(i) === 34) {
      const q = readQuoted(s, i);
      if (typeof q === 'string') return q;
      key = q.value;
      i = q.end;
      while (s.charCodeAt(i) === 32) i++;
    } else {
      const comma = s.indexOf(',', i);
      const end = comma < 0 ? s.length : comma;
      key = s.slice(i, end).trim();
      i = end;
    }
    if (key === '') return 'empty descriptor';
    keys.push(key);
    if (i < s.length) {
      if (s.charCodeAt(i) !== 44) return 'expected "," between descriptors';
      i++;
    }
  }
  return keys.length > 0 ? keys : 'empty header';
}

/** Parses `key value`, `key: value` or `key:` (block start). */
function parseField(s: string): { key: string; value?: string } | string {
  let key: string;
  let i: number;
  if (s.charCodeAt(0) === 34) {
    const q = readQuoted(s, 0);
    if (typeof q === 'string') return q;
    key = q.value;
    i = q.end;
    if (s.charCodeAt(i) === 58) i++;
  } else {
    let end = s.indexOf(' ');
    if (end < 0) end = s.length;
    i = end;
    if (s.charCodeAt(end - 1) === 58) end--;
    key = s.slice(0, end);
  }
  if (key === '') return 'empty key';
  while (s.charCodeAt(i) === 32) i++;
  if (i >= s.length) return s.charCodeAt(s.length - 1) === 58 ? { key } : `no value for ${quote(key)}`;
  if (s.charCodeAt(i) === 34) {
    const q = readQuoted(s, i);
    if (typeof q === 'string') return q;
    if (q.end !== s.length) return 'unexpected text after value';
    return { key, value: q.value };
  }
  return { key, value: s.slice(i) };
}

function isConflictMarker(line: string): boolean {
  return (
    line.startsWith('<<<<<<< ') || line.startsWith('>>>>>>> ') || line === '=======' || line === '<<<<<<<'
  );
}

export function parseV1(text: string, path: string): V1ParseResult {
  const entries: V1RawEntry[] = [];
  const problems: V1Problem[] = [];
  let current: V1RawEntry | undefined;
  let block: Array<[string, string]> | undefined;
  /** True while skipping the lines of a malformed entry. */
  let skipping = false;
  const fail = (line: number, message: string): void => {
    problems.push({ line, message });
    current = undefined;
    block = undefined;
    skipping = true;
  };

  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const lineNo = n + 1;
    let raw = lines[n]!;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (isConflictMarker(raw)) {
      throw new InputError(`${path}:${lineNo}: unresolved merge conflict in yarn.lock`, {
        path,
        line: lineNo,
        hint: 'Resolve the conflict (running `yarn install` does it for yarn.lock) and scan again.',
      });
    }
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    const content = raw.slice(indent).trimEnd();
    if (content === '' || content.charCodeAt(0) === 35) continue; // blank or # comment
    if (content.charCodeAt(0) === 9) {
      if (skipping) continue;
      if (current) entries.pop();
      fail(
        lineNo,
        current ? `tab indentation in the entry starting at line ${current.line}` : 'tab indentation',
      );
      continue;
    }

    if (indent === 0) {
      current = undefined;
      block = undefined;
      skipping = false;
      if (!content.endsWith(':')) {
        fail(lineNo, 'entry header does not end with ":"');
        continue;
      }
      const keys = parseHeader(content.slice(0, -1));
      if (typeof keys === 'string') {
        fail(lineNo, `bad entry header: ${keys}`);
        continue;
      }
      current = { line: lineNo, keys, fields: new Map(), blocks: new Map() };
      entries.push(current);
      continue;
    }
    if (skipping) continue;
    if (!current) {
      fail(lineNo, 'indented line outside an entry');
      continue;
    }
    if (indent % 2 !== 0 || indent > 4) {
      entries.pop();
      fail(lineNo, `unexpected indentation in the entry starting at line ${current.line}`);
      continue;
    }
    const field = parseField(content);
    if (typeof field === 'string') {
      entries.pop();
      fail(lineNo, `${field} in the entry starting at line ${current.line}`);
      continue;
    }
    if (indent === 2) {
      if (field.value === undefined) {
        block = [];
        current.blocks.set(field.key, block);
      } else {
        block = undefined;
        current.fields.set(field.key, field.value);
      }
      continue;
    }
    // indent 4: a `name range` pair inside a block
    if (!block || field.value === undefined) {
      entries.pop();
      fail(lineNo, `unexpected nesting in the entry starting at line ${current.line}`);
      continue;
    }
    block.push([field.key, field.value]);
  }
  return { entries, problems };
}
