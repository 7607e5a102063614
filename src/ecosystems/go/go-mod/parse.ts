/**
 * A go.mod (and go.work) reader: the lines of each directive (single-line or in a `verb ( ... )` block), their
 * tokens (bare words, "quoted" and `raw` strings, `=>`) and whether the line carries `// indirect`.
 * Hand-written, linear per line, no regular expression; follows golang.org/x/mod/modfile's lexer
 * closely enough for the directives Sterling reads.
 */
import { InputError } from '../../../core/errors/index.js';
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import { quote } from '../../../core/util/quote.js';
import { LIMITS } from './module.js';

/** A file in go.mod syntax: its name (for messages) and the directives the go command knows in it. */
export interface ModFileKind {
  name: string;
  verbs: ReadonlySet<string>;
}

export const GO_MOD_FILE: ModFileKind = {
  name: 'go.mod',
  verbs: new Set([
    'module',
    'go',
    'toolchain',
    'godebug',
    'require',
    'exclude',
    'replace',
    'retract',
    'tool',
    'ignore',
  ]),
};

/** go.work: the same syntax, its own directives (golang.org/x/mod/modfile's ParseWork). */
export const GO_WORK_FILE: ModFileKind = {
  name: 'go.work',
  verbs: new Set(['go', 'toolchain', 'godebug', 'use', 'replace']),
};

export interface DirectiveLine {
  verb: string;
  /** Tokens after the verb (inside a block: every token of the line). */
  args: string[];
  /** The line's trailing comment is exactly `indirect` or starts with `indirect;`. */
  indirect: boolean;
  line: number;
}

type Tokenized = { tokens: string[]; comment?: string } | { error: string };

/** Splits one line into tokens and its trailing `//` comment. */
export function tokenize(line: string): Tokenized {
  const tokens: string[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
      i++;
      continue;
    }
    if (c === '/' && line[i + 1] === '/') return { tokens, comment: line.slice(i + 2).trim() };
    if (c === '(' || c === ')' || c === '[' || c === ']' || c === ',') {
      tokens.push(c);
      i++;
      continue;
    }
    if (c === '"') {
      let value = '';
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length) j++;
        value += line[j];
      }
      if (j >= line.length) return { error: 'unterminated quoted string' };
      tokens.push(value);
      i = j + 1;
      continue;
    }
    if (c === '`') {
      const close = line.indexOf('`', i + 1);
      if (close < 0) return { error: 'unterminated raw string' };
      tokens.push(line.slice(i + 1, close));
      i = close + 1;
      continue;
    }
    const start = i;
    while (i < line.length && !' \t\r\f\v()[],"`'.includes(line[i]!)) i++;
    tokens.push(line.slice(start, i));
  }
  return { tokens };
}

function isIndirect(comment: string | undefined): boolean {
  if (comment === undefined) return false;
  return comment === 'indirect' || comment.startsWith('indirect;');
}

/**
 * Every directive line of a go.mod (or of another `kind`). Throws InputError when the file has no
 * directive at all but does have text (not such a file); anything else wrong is a warning with the
 * line, and the rest is kept.
 */
export function parseGoMod(
  text: string,
  path: string,
  sink: DiagnosticSink,
  kind: ModFileKind = GO_MOD_FILE,
): DirectiveLine[] {
  if (text.length > LIMITS.maxBytes) {
    throw new InputError(
      `${quote(path)} is too large to read (${text.length} characters; at most ${LIMITS.maxBytes})`,
      {
        path,
      },
    );
  }
  const out: DirectiveLine[] = [];
  let block: { verb: string; line: number } | undefined;
  let firstUnknown: { word: string; line: number } | undefined;
  let lineNo = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const raw = text.slice(start, end);
    start = end + 1;
    if (raw.length > LIMITS.maxTokenLength * 4) {
      sink.warn('invalid-line', `line is too long (${raw.length} characters); ignored`, lineNo);
      continue;
    }
    const t = tokenize(raw);
    if ('error' in t) {
      sink.warn('invalid-line', `${t.error}; line ignored`, lineNo);
      continue;
    }
    const { tokens, comment } = t;
    if (tokens.length === 0) continue;
    if (block) {
      if (tokens.length === 1 && tokens[0] === ')') {
        block = undefined;
        continue;
      }
      out.push({ verb: block.verb, args: tokens, indirect: isIndirect(comment), line: lineNo });
      continue;
    }
    const verb = tokens[0]!;
    if (!kind.verbs.has(verb)) {
      firstUnknown ??= { word: verb, line: lineNo };
      sink.warn('unknown-directive', `unknown directive ${quote(verb)}; line ignored`, lineNo);
      continue;
    }
    if (tokens.length === 2 && tokens[1] === '(') {
      block = { verb, line: lineNo };
      continue;
    }
    out.push({ verb, args: tokens.slice(1), indirect: isIndirect(comment), line: lineNo });
  }
  if (block) sink.warn('unclosed-block', `the ${quote(block.verb)} block is not closed with ")"`, block.line);
  if (out.length === 0 && firstUnknown) {
    throw new InputError(
      `${quote(path)} is not a ${kind.name} file: unknown directive ${quote(firstUnknown.word)} (line ${firstUnknown.line})`,
      { path, line: firstUnknown.line },
    );
  }
  return out;
}
