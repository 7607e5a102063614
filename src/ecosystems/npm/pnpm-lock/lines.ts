/**
 * 1-based lines of the keys directly under top-level sections (`packages:`, `importers:`), found in one
 * linear pass over the text: js-yaml does not report positions. Each line is scanned once, by hand
 * (no regular expressions). The child indentation of a section is that of its first child line,
 * normally 2 spaces. Keys that cannot be decoded here simply get no line.
 */
import { closingQuote, decodeJsonString } from '../json-string.js';

export type KeyLines = Map<string, Map<string, number>>;

/** A key written twice in one section: YAML keeps the last value, so the first is silently lost. */
export interface DuplicateKey {
  section: string;
  key: string;
  first: number;
  line: number;
}

const SPACE = 32;
const TAB = 9;
const HASH = 35;
const CR = 13;
const COLON = 58;

export function sectionKeyLines(
  text: string,
  sections: readonly string[],
  duplicates: DuplicateKey[] = [],
): KeyLines {
  const wanted = new Set(sections);
  const out: KeyLines = new Map();
  let current: Map<string, number> | undefined;
  let currentName = '';
  let childIndent = -1;
  let lineNo = 0;
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    lineNo++;
    let lineEnd = end;
    if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === CR) lineEnd--;
    let i = pos;
    while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    if (i < lineEnd && text.charCodeAt(i) !== HASH && text.charCodeAt(i) !== TAB) {
      const indent = i - pos;
      if (indent === 0) {
        const key = readKey(text, i, lineEnd);
        current = undefined;
        if (key !== undefined && wanted.has(key) && !out.has(key)) {
          current = new Map();
          currentName = key;
          out.set(key, current);
        }
        childIndent = -1;
      } else if (current) {
        if (childIndent < 0) childIndent = indent;
        if (indent === childIndent) {
          const key = readKey(text, i, lineEnd);
          if (key === undefined) {
            // not a key decoded here: no line
          } else if (!current.has(key)) current.set(key, lineNo);
          else {
            // YAML keeps the last value, so the last line is where the data comes from.
            duplicates.push({ section: currentName, key, first: current.get(key)!, line: lineNo });
            current.set(key, lineNo);
          }
        }
      }
    }
    pos = end + 1;
  }
  return out;
}

/** The mapping key starting at `start` on a line ending at `end`, or undefined. */
export function readKey(text: string, start: number, end: number): string | undefined {
  const first = text.charCodeAt(start);
  if (first === 39) return readSingleQuoted(text, start, end); // '
  if (first === 34) return readDoubleQuoted(text, start, end); // "
  if (first === 45 && (start + 1 === end || text.charCodeAt(start + 1) === SPACE)) return undefined; // "- item"
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === COLON) {
      const next = j + 1 < end ? text.charCodeAt(j + 1) : SPACE;
      if (next === SPACE || next === TAB) return text.slice(start, j).trimEnd();
    } else if (c === HASH && j > start) {
      const prev = text.charCodeAt(j - 1);
      if (prev === SPACE || prev === TAB) return undefined; // comment before any ':'
    }
  }
  return undefined;
}

/** `'it''s':` -> it's, when a ':' follows the closing quote. */
function readSingleQuoted(text: string, start: number, end: number): string | undefined {
  let out = '';
  let from = start + 1;
  let j = from;
  while (j < end) {
    if (text.charCodeAt(j) === 39) {
      if (j + 1 < end && text.charCodeAt(j + 1) === 39) {
        out += `${text.slice(from, j)}'`;
        j += 2;
        from = j;
        continue;
      }
      out += text.slice(from, j);
      return afterQuote(text, j + 1, end) ? out : undefined;
    }
    j++;
  }
  return undefined;
}

/** `"a\"b":`; escapes are decoded as JSON (YAML-only escapes such as `\e` give no line). */
function readDoubleQuoted(text: string, start: number, end: number): string | undefined {
  const close = closingQuote(text, start, end);
  if (close < 0 || !afterQuote(text, close + 1, end)) return undefined;
  return decodeJsonString(text.slice(start, close + 1));
}

function afterQuote(text: string, j: number, end: number): boolean {
  while (j < end && text.charCodeAt(j) === SPACE) j++;
  return j < end && text.charCodeAt(j) === COLON;
}
