/**
 * A small, bounded shell reader: enough of POSIX sh / bash syntax to list the simple commands of a
 * script as Scorecard's walk over mvdan/sh's syntax tree meets them (words, pipes, redirects, process
 * and command substitutions; heredoc bodies skipped). One pass over the text, nesting depth and word
 * count capped. It is not a shell parser: control structures only separate commands, and a script it
 * cannot read (an unclosed quote) is an error, as it is for Scorecard.
 */
import {
  isMeta,
  isSpace,
  type ShellCommand,
  ShellError,
  type ShellLimits,
  type ShellRedirect,
  type ShellWord,
  WordReader,
} from './words.js';

export type { ShellCommand, ShellRedirect, ShellWord } from './words.js';

export interface ShellParse {
  /** Every simple command in walk order (commands of a substitution after the command holding it). */
  commands: ShellCommand[];
  error?: { line: number; message: string };
}

export const SHELL_LIMITS: ShellLimits = { maxDepth: 8, maxWords: 100_000 };

const KEYWORDS = new Set(['then', 'else', 'elif', 'do', '!', 'time']);
/** Keywords that open a compound command, and the keyword that closes it. */
const OPENERS: ReadonlyMap<string, string> = new Map([
  ['if', 'fi'],
  ['while', 'done'],
  ['until', 'done'],
  ['for', 'done'],
  ['select', 'done'],
  ['case', 'esac'],
  ['{', '}'],
]);
const CLOSERS = new Set(['fi', 'done', 'esac', '}']);
/** Keywords whose following words are not a command (`for x in a b`, `case $x in`). */
const HEADERS = new Set(['for', 'select', 'case', 'function']);

function isAssignment(w: ShellWord): boolean {
  if (w.kind !== 'lit' && w.kind !== 'complex') return false;
  const eq = w.text.indexOf('=');
  if (eq <= 0) return false;
  for (let i = 0; i < eq; i++) {
    const c = w.text.charCodeAt(i);
    const ok = c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (i > 0 && c >= 48 && c <= 57);
    if (!ok) return false;
  }
  return true;
}

const isFd = (w: ShellWord): boolean =>
  w.kind === 'lit' && w.text.length === 1 && w.text >= '0' && w.text <= '9';

interface Pending {
  words: ShellWord[];
  redirects: ShellRedirect[];
  line: number;
  start: number;
  end: number;
  skip: boolean;
}

/** The command and pipeline state of one list (the script, or a `$(…)` / `<(…)` inside it). */
class ListState {
  out: ShellCommand[] = [];
  cur: Pending | undefined;
  inner: ShellCommand[] = [];
  heredocs: { delim: string; strip: boolean }[] = [];
  /** Closing keywords of the compound commands open here (`fi`, `done`...), innermost last. */
  open: { closer: string; line: number }[] = [];
  stage = 0;
  constructor(
    private readonly r: ShellReader,
    public pipeline: number,
  ) {}

  begin(): Pending {
    this.cur ??= { words: [], redirects: [], line: this.r.line, start: this.r.i, end: this.r.i, skip: false };
    return this.cur;
  }

  finish(endPipeline: boolean): void {
    const cur = this.cur;
    if (cur && (cur.words.length > 0 || cur.redirects.length > 0) && !cur.skip) {
      let k = 0;
      while (k < cur.words.length && isAssignment(cur.words[k]!)) k++;
      const { line, start, end, redirects } = cur;
      this.out.push({
        words: cur.words.slice(k),
        redirects,
        line,
        start,
        end,
        pipeline: this.pipeline,
        stage: this.stage,
      });
    }
    this.out.push(...this.inner);
    this.inner = [];
    this.cur = undefined;
    if (endPipeline) {
      this.pipeline = this.r.pipelines++;
      this.stage = 0;
    } else this.stage++;
  }
}

class ShellReader extends WordReader {
  readList(depth: number, nested: boolean): ShellCommand[] {
    this.checkDepth(depth);
    const st = new ListState(this, this.pipelines++);
    let parens = 0;
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charAt(this.i);
      const two = s.slice(this.i, this.i + 2);
      if (isSpace(c)) this.i++;
      else if (two === '\\\n') {
        this.i += 2;
        this.line++;
      } else if (c === '#') {
        while (this.i < s.length && s.charAt(this.i) !== '\n') this.i++;
      } else if (c === '\n') {
        st.finish(true);
        this.i++;
        this.line++;
        for (const h of st.heredocs.splice(0)) this.skipHeredoc(h.delim, h.strip);
      } else if (c === '|' || c === ';' || (c === '&' && two !== '&>')) {
        st.finish(c === '|' ? two === '||' : true);
        this.i += ['||', '&&', ';;', '|&'].includes(two) ? 2 : 1;
      } else if (c === '(') {
        st.finish(true);
        parens++;
        this.i++;
      } else if (c === ')') {
        st.finish(true);
        // inside `case … esac` a `)` ends a pattern, not the substitution
        if (parens === 0 && nested && st.open[st.open.length - 1]?.closer !== 'esac') return this.closed(st);
        parens = Math.max(0, parens - 1);
        this.i++;
      } else if ((c === '<' || c === '>') && s.charAt(this.i + 1) === '(') this.procSubst(st, depth);
      else if (c === '<' || c === '>' || c === '&') this.redirect(st, depth);
      else this.word(st, depth);
    }
    st.finish(true);
    for (const h of st.heredocs.splice(0)) this.skipHeredoc(h.delim, h.strip);
    return this.closed(st);
  }

  /** The list's commands, once every compound command opened in it is closed (`if` without `fi` is an error). */
  private closed(st: ListState): ShellCommand[] {
    const last = st.open.pop();
    if (last) this.fail(last.line, `${last.closer} missing`);
    return st.out;
  }

  private procSubst(st: ListState, depth: number): void {
    const start = this.i;
    const line = this.line;
    const input = this.s.charAt(this.i) === '<';
    this.i += 2;
    const sub = this.readList(depth + 1, true);
    this.expect(')', line);
    const cmd = st.begin();
    const w: ShellWord = { kind: 'complex', text: this.s.slice(start, this.i) };
    if (input) w.procSubst = sub;
    cmd.words.push(w);
    cmd.end = this.i;
    st.inner.push(...sub);
  }

  private redirect(st: ListState, depth: number): void {
    const s = this.s;
    let op = s.charAt(this.i++);
    while (op.length < 3 && '<>&|-'.includes(s.charAt(this.i)) && this.i < s.length) op += s.charAt(this.i++);
    while (this.i < s.length && isSpace(s.charAt(this.i))) this.i++;
    const cmd = st.begin();
    if (op.startsWith('<<') && op !== '<<<') {
      const delim = this.readWord(depth, []);
      st.heredocs.push({ delim: delim.text, strip: op === '<<-' });
      cmd.redirects.push({ op, target: delim });
    } else if (this.i < s.length && !isMeta(s.charAt(this.i))) {
      cmd.redirects.push({ op, target: this.readWord(depth, st.inner) });
    } else cmd.redirects.push({ op });
    cmd.end = this.i;
  }

  private word(st: ListState, depth: number): void {
    const cmd = st.begin();
    const w = this.readWord(depth, st.inner);
    const next = this.s.charAt(this.i);
    if (isFd(w) && (next === '>' || next === '<')) return; // `2>file`: the number belongs to the redirection
    if (cmd.words.length === 0 && w.kind === 'lit') {
      const closer = OPENERS.get(w.text);
      if (closer !== undefined) st.open.push({ closer, line: this.line });
      if (CLOSERS.has(w.text)) {
        // `}` may close a `function f {` body, which is not tracked
        if (st.open[st.open.length - 1]?.closer === w.text) st.open.pop();
        else if (w.text !== '}') this.fail(this.line, `unexpected ${w.text}`);
      }
      if (KEYWORDS.has(w.text) || (closer !== undefined && !HEADERS.has(w.text)) || CLOSERS.has(w.text)) {
        st.cur = undefined;
        return;
      }
    }
    if (cmd.words.length === 0 && w.kind === 'lit' && HEADERS.has(w.text)) cmd.skip = true;
    cmd.words.push(w);
    cmd.end = this.i;
  }

  readBackquoted(text: string, base: number, depth: number): ShellCommand[] {
    this.checkDepth(depth);
    const limits = { maxDepth: this.limits.maxDepth - depth, maxWords: this.limits.maxWords - this.words };
    const sub = parseShell(text, limits);
    if (sub.error) this.fail(this.line + sub.error.line - 1, sub.error.message);
    const first = this.pipelines;
    this.pipelines += sub.commands.length + 1;
    return sub.commands.map((c) => ({
      ...c,
      line: this.line + c.line - 1,
      start: base + c.start,
      end: base + c.end,
      pipeline: first + c.pipeline,
    }));
  }
}

export function parseShell(script: string, limits: ShellLimits = SHELL_LIMITS): ShellParse {
  const reader = new ShellReader(script, limits);
  try {
    return { commands: reader.readList(0, false) };
  } catch (e) {
    if (!(e instanceof ShellError)) throw e;
    return { commands: [], error: { line: e.line, message: e.message } };
  }
}
