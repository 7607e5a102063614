import { closingQuote, decodeJsonString } from '../json-string.js';

const QUOTE = 34;
const NEWLINE = 10;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

/**
 * 1-based lines of the keys of selected top-level objects: for `sections = ['packages']`, the line
 * of every key directly inside the document's `"packages": { ... }`. One linear pass over text that
 * JSON.parse has accepted (comments already blanked); keys are decoded with JSON.parse so escapes
 * mean what they mean to the parser. A key written twice keeps its last line, as JSON.parse keeps
 * its last value.
 */
export function sectionKeyLines(text: string, sections: readonly string[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const wanted = new Set(sections);
  // Container kinds from the root down: true for an object, false for an array.
  const stack: boolean[] = [];
  let expectKey = false;
  let line = 1;
  let lastTopKey: string | undefined;
  let current: Map<string, number> | undefined;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      line++;
      continue;
    }
    if (c === QUOTE) {
      // JSON.parse accepted the text, so a string holds no raw line break.
      const start = i;
      const close = closingQuote(text, i, n);
      i = close < 0 ? n : close;
      if (!expectKey) continue;
      expectKey = false;
      const depth = stack.length;
      if (depth === 1) lastTopKey = decodeJsonString(text.slice(start, i + 1));
      else if (depth === 2 && current) {
        const key = decodeJsonString(text.slice(start, i + 1));
        if (key !== undefined) current.set(key, line);
      }
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      const isObject = c === OPEN_BRACE;
      stack.push(isObject);
      expectKey = isObject;
      if (stack.length === 2) {
        current = undefined;
        if (isObject && lastTopKey !== undefined && wanted.has(lastTopKey)) {
          current = new Map();
          out.set(lastTopKey, current);
        }
      }
      continue;
    }
    if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      stack.pop();
      expectKey = false;
      if (stack.length < 2) current = undefined;
      continue;
    }
    if (c === COMMA) expectKey = stack[stack.length - 1] === true;
  }
  return out;
}
