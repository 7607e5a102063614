/**
 * The word level of the shell reader (tokenize.ts): quotes, escapes, `$…` expansions, backquotes and
 * heredoc bodies, over one cursor into the script. No regular expression on the script text.
 */

/**
 * One word. `kind` follows mvdan/sh's word parts: `lit` (one unquoted literal), `single` ('…'),
 * `double` ("…" with no expansion), `complex` (several parts or any expansion: Scorecard skips those).
 */
export interface ShellWord {
  kind: 'lit' | 'single' | 'double' | 'complex';
  /** The text inside the quotes (otherwise the word as written). */
  text: string;
  /** Commands of a process substitution `<(…)` when the word is one. */
  procSubst?: ShellCommand[];
}

export interface ShellRedirect {
  op: string;
  target?: ShellWord;
}

export interface ShellCommand {
  /** Words after leading `NAME=value` assignments. */
  words: ShellWord[];
  redirects: ShellRedirect[];
  /** 1-based line within the script. */
  line: number;
  /** The command's text in the script (for snippets). */
  start: number;
  end: number;
  /** The pipeline it belongs to, and its position in it. */
  pipeline: number;
  stage: number;
}

export interface ShellLimits {
  maxDepth: number;
  maxWords: number;
}

export class ShellError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r';
}

export function isMeta(c: string): boolean {
  return (
    c === '|' || c === '&' || c === ';' || c === '(' || c === ')' || c === '<' || c === '>' || c === '\n'
  );
}

function isNameChar(c: string): boolean {
  return /[A-Za-z0-9_]/.test(c);
}

export abstract class WordReader {
  i = 0;
  line = 1;
  words = 0;
  pipelines = 0;

  constructor(
    readonly s: string,
    readonly limits: ShellLimits,
  ) {}

  /** Commands until the end, or an unmatched `)` when `nested`. */
  abstract readList(depth: number, nested: boolean): ShellCommand[];
  /** Commands of a backquoted script. */
  abstract readBackquoted(text: string, base: number, depth: number): ShellCommand[];

  fail(line: number, message: string): never {
    throw new ShellError(line, message);
  }

  checkDepth(depth: number): void {
    if (depth > this.limits.maxDepth)
      this.fail(this.line, `nested deeper than ${this.limits.maxDepth} levels`);
  }

  expect(close: string, openedAt: number): void {
    if (this.s.charAt(this.i) !== close) this.fail(openedAt, `unclosed ${close === ')' ? '(' : close}`);
    this.i++;
  }

  private countLines(from: number, to: number): void {
    for (let k = from; k < to; k++) if (this.s.charCodeAt(k) === 10) this.line++;
  }

  skipHeredoc(delim: string, strip: boolean): void {
    const s = this.s;
    while (this.i < s.length) {
      let end = s.indexOf('\n', this.i);
      if (end < 0) end = s.length;
      let body = s.slice(this.i, end);
      if (body.endsWith('\r')) body = body.slice(0, -1);
      if (strip) {
        let t = 0;
        while (body.charAt(t) === '\t') t++;
        body = body.slice(t);
      }
      this.i = end + 1;
      this.line++;
      if (body === delim) return;
    }
  }

  /** One word at the cursor; commands inside `$(…)` and backquotes are appended to `inner`. */
  readWord(depth: number, inner: ShellCommand[]): ShellWord {
    if (++this.words > this.limits.maxWords) this.fail(this.line, `more than ${this.limits.maxWords} words`);
    const s = this.s;
    let parts = 0;
    let kind: ShellWord['kind'] = 'lit';
    let text = '';
    const start = this.i;
    while (this.i < s.length) {
      const c = s.charAt(this.i);
      if (isSpace(c) || isMeta(c)) break;
      parts++;
      if (c === '\\' && s.charAt(this.i + 1) === '\n') {
        this.i += 2;
        this.line++;
        parts--;
      } else if (c === "'") {
        const end = s.indexOf("'", this.i + 1);
        if (end < 0) this.fail(this.line, 'unclosed single quote');
        text = s.slice(this.i + 1, end);
        this.countLines(this.i, end);
        this.i = end + 1;
        kind = 'single';
      } else if (c === '"') {
        const r = this.readDouble(depth, inner);
        text = r.text;
        kind = r.expands ? 'complex' : 'double';
      } else if (c === '$' || c === '`') {
        this.readExpansion(depth, inner);
        kind = 'complex';
      } else this.skipLiteral();
    }
    const raw = s.slice(start, this.i);
    if (parts !== 1) return { kind: 'complex', text: raw };
    return kind === 'single' || kind === 'double' ? { kind, text } : { kind, text: raw };
  }

  /** A run of unquoted literal characters (backslash escapes included). */
  private skipLiteral(): void {
    const s = this.s;
    while (this.i < s.length) {
      const d = s.charAt(this.i);
      if (d === '\\') {
        if (s.charAt(this.i + 1) === '\n') return;
        this.i = Math.min(s.length, this.i + 2);
      } else if (isSpace(d) || isMeta(d) || d === "'" || d === '"' || d === '$' || d === '`') return;
      else this.i++;
    }
  }

  private readDouble(depth: number, inner: ShellCommand[]): { text: string; expands: boolean } {
    const s = this.s;
    const open = this.line;
    this.i++;
    const start = this.i;
    let expands = false;
    while (this.i < s.length && s.charAt(this.i) !== '"') {
      const c = s.charAt(this.i);
      if (c === '\\') {
        this.countLines(this.i, this.i + 2);
        this.i += 2;
      } else if (c === '$' || c === '`') {
        this.readExpansion(depth, inner);
        expands = true;
      } else {
        if (c === '\n') this.line++;
        this.i++;
      }
    }
    if (this.i >= s.length) this.fail(open, 'unclosed double quote');
    const text = s.slice(start, this.i);
    this.i++;
    return { text, expands };
  }

  /** `$name`, `${…}`, `$((…))`, `$(…)` or a backquoted command at the cursor. */
  private readExpansion(depth: number, inner: ShellCommand[]): void {
    const s = this.s;
    const open = this.line;
    if (s.charAt(this.i) === '`') {
      const end = s.indexOf('`', this.i + 1);
      if (end < 0) this.fail(open, 'unclosed backquote');
      inner.push(...this.readBackquoted(s.slice(this.i + 1, end), this.i + 1, depth + 1));
      this.countLines(this.i, end);
      this.i = end + 1;
      return;
    }
    const next = s.charAt(this.i + 1);
    if (next === '(' && s.charAt(this.i + 2) === '(') {
      this.skipBalanced('(', ')', open);
    } else if (next === '(') {
      this.i += 2;
      inner.push(...this.readList(depth + 1, true));
      this.expect(')', open);
    } else if (next === '{') {
      this.skipBalanced('{', '}', open);
    } else {
      this.i++;
      // `$name`, or one special parameter (`$@`, `$1`, `$?`...)
      if (isNameChar(s.charAt(this.i)) && !/[0-9]/.test(s.charAt(this.i))) {
        while (this.i < s.length && isNameChar(s.charAt(this.i))) this.i++;
      } else if (this.i < s.length && '@*#?$!-0123456789'.includes(s.charAt(this.i))) this.i++;
    }
  }

  private skipBalanced(openCh: string, closeCh: string, openLine: number): void {
    const s = this.s;
    let level = 0;
    while (this.i < s.length) {
      const c = s.charAt(this.i);
      if (c === openCh) level++;
      else if (c === closeCh && --level === 0) {
        this.i++;
        return;
      } else if (c === '\n') this.line++;
      this.i++;
    }
    this.fail(openLine, `unclosed ${openCh}`);
  }
}
