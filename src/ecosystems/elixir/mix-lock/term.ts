/**
 * A small reader for the Elixir term syntax mix.lock uses: maps `%{}`, tuples `{}`, lists `[]`,
 * strings, atoms (`:name`, `:"quoted"`), keyword keys (`hex:`, `"name":`), booleans/nil and numbers.
 * It reads data only (no evaluation), iteratively bounded in nesting depth, with the 1-based line of
 * every value; a syntax error is an InputError naming the file and line.
 */
import { InputError } from '../../../core/errors/index.js';
import { quote } from '../../../core/util/quote.js';

export type Term =
  | { t: 'str'; v: string; line: number }
  | { t: 'atom'; v: string; line: number }
  | { t: 'word'; v: string; line: number }
  | { t: 'tuple'; items: Term[]; line: number }
  | { t: 'list'; items: Term[]; line: number }
  | { t: 'map'; items: Term[]; line: number }
  /** `key: value` (keyword or map entry with an atom/string key). */
  | { t: 'pair'; key: string; value: Term; line: number };

export const MAX_TERM_DEPTH = 64;

type Open = {
  t: 'tuple' | 'list' | 'map';
  items: Term[];
  line: number;
  close: number;
  pendingKey?: { key: string; line: number };
};

const CLOSE_TUPLE = 125; // }
const CLOSE_LIST = 93; // ]

function isIdent(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 64 ||
    c === 46 ||
    c === 63 ||
    c === 33
  );
}

export function parseTerm(text: string, path: string): Term {
  let i = 0;
  let line = 1;
  const fail = (what: string): never => {
    throw new InputError(`${path}:${line}: not a valid mix.lock (${what})`, {
      path,
      line,
      hint: 'Regenerate it with `mix deps.get`, or exclude it with --exclude.',
    });
  };
  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c === 35) {
        // # comment to end of line
        while (i < text.length && text.charCodeAt(i) !== 10) i++;
        continue;
      } else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xfeff) return;
      i++;
    }
  };
  const readString = (): string => {
    // at the opening quote
    const startLine = line;
    i++;
    let out = '';
    let from = i;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(from, i);
        i++;
        return out;
      }
      if (c === 10) line++;
      if (c === 92) {
        out += text.slice(from, i);
        const n = text.charAt(i + 1);
        out += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'e' ? '\u001b' : n;
        i += 2;
        from = i;
        continue;
      }
      i++;
    }
    line = startLine;
    return fail('unterminated string');
  };
  const readWord = (): string => {
    const from = i;
    while (i < text.length && isIdent(text.charCodeAt(i))) i++;
    return text.slice(from, i);
  };

  const stack: Open[] = [];
  let result: Term | undefined;
  const emit = (term: Term) => {
    const top = stack.at(-1);
    if (!top) {
      if (result) fail('more than one value');
      result = term;
      return;
    }
    if (top.pendingKey) {
      top.items.push({ t: 'pair', key: top.pendingKey.key, value: term, line: top.pendingKey.line });
      top.pendingKey = undefined;
    } else top.items.push(term);
  };
  /** After a string or word: `key: value` when a colon follows directly. */
  const keyFollows = (): boolean => {
    if (text.charCodeAt(i) !== 58) return false;
    const n = text.charCodeAt(i + 1);
    return n === 32 || n === 9 || n === 10 || n === 13;
  };
  const setKey = (key: string, keyLine: number) => {
    const top = stack.at(-1);
    if (!top || top.pendingKey) fail('a key where a value belongs');
    top!.pendingKey = { key, line: keyLine };
    i++; // the colon
  };

  for (;;) {
    skipSpace();
    if (i >= text.length) break;
    const c = text.charCodeAt(i);
    const at = line;
    if (c === 37 && text.charCodeAt(i + 1) === 123) {
      if (stack.length >= MAX_TERM_DEPTH) fail(`nested deeper than ${MAX_TERM_DEPTH} levels`);
      stack.push({ t: 'map', items: [], line: at, close: CLOSE_TUPLE });
      i += 2;
      continue;
    }
    if (c === 123 || c === 91) {
      if (stack.length >= MAX_TERM_DEPTH) fail(`nested deeper than ${MAX_TERM_DEPTH} levels`);
      stack.push({
        t: c === 123 ? 'tuple' : 'list',
        items: [],
        line: at,
        close: c === 123 ? CLOSE_TUPLE : CLOSE_LIST,
      });
      i++;
      continue;
    }
    if (c === CLOSE_TUPLE || c === CLOSE_LIST) {
      const top = stack.pop();
      if (!top || top.close !== c) fail(`unexpected ${quote(text.charAt(i))}`);
      if (top!.pendingKey) fail('a key without a value');
      i++;
      emit({ t: top!.t, items: top!.items, line: top!.line });
      continue;
    }
    if (c === 44) {
      if (stack.length === 0) fail('unexpected ,');
      i++;
      continue;
    }
    if (c === 34) {
      const s = readString();
      if (keyFollows()) setKey(s, at);
      else emit({ t: 'str', v: s, line: at });
      continue;
    }
    if (c === 58) {
      i++;
      const name = text.charCodeAt(i) === 34 ? readString() : readWord();
      if (name === '') fail('an empty atom');
      emit({ t: 'atom', v: name, line: at });
      continue;
    }
    if (isIdent(c) || c === 45) {
      if (c === 45) i++;
      const w = (c === 45 ? '-' : '') + readWord();
      if (w === '' || w === '-') fail(`unexpected ${quote(text.charAt(i))}`);
      if (keyFollows()) setKey(w, at);
      else emit({ t: 'word', v: w, line: at });
      continue;
    }
    fail(`unexpected ${quote(text.charAt(i))}`);
  }
  if (stack.length > 0) {
    line = stack.at(-1)!.line;
    fail('unclosed bracket');
  }
  if (!result) return fail('no value');
  return result;
}
