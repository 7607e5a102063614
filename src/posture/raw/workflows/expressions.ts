/**
 * `${{ … }}` expressions in a script and Scorecard's test for attacker-controlled context in them.
 * Linear scans with indexOf, no regular expression: a script with thousands of `${{` costs one pass.
 */

/** Most expressions kept from one script; the rest are counted, not kept. */
export const MAX_EXPRESSIONS = 10_000;

export interface Expression {
  /** The text between `${{` and `}}`, as Scorecard reads it. */
  text: string;
  /** 0-based line of the `${{` within the script. */
  lineOffset: number;
}

export interface ExpressionScan {
  expressions: Expression[];
  /** A `${{` with no `}}` after it (Scorecard aborts the whole check on this; we report it). */
  unterminated?: { lineOffset: number };
  truncated: boolean;
}

export function scanExpressions(script: string): ExpressionScan {
  const expressions: Expression[] = [];
  let truncated = false;
  let pos = 0;
  let line = 0;
  let counted = 0; // newlines counted up to here
  for (;;) {
    const s = script.indexOf('${{', pos);
    if (s < 0) break;
    for (let i = counted; i < s; i++) if (script.charCodeAt(i) === 10) line++;
    counted = s;
    const e = script.indexOf('}}', s);
    if (e < 0) return { expressions, unterminated: { lineOffset: line }, truncated };
    if (expressions.length < MAX_EXPRESSIONS)
      expressions.push({ text: script.slice(s + 3, e), lineOffset: line });
    else truncated = true;
    pos = e; // Scorecard continues from the `}}`
  }
  return { expressions, truncated };
}

/** Event fields an outsider can set (GitHub Security Lab's list, as Scorecard uses it). */
const UNTRUSTED_FIELDS = [
  'issue.title',
  'issue.body',
  'pull_request.title',
  'pull_request.body',
  'discussion.title',
  'discussion.body',
  'comment.body',
  'review.body',
  'review_comment.body',
  'head_commit.message',
  'head_commit.author.email',
  'head_commit.author.name',
  'blocked_user.name',
  'blocked_user.email',
  'pull_request.head.ref',
  'pull_request.head.label',
  'pull_request.head.repo.default_branch',
] as const;

/** `first` then, later on the same line, `then` (Scorecard's `pages.*\.page_name` and the like). */
const UNTRUSTED_PAIRS = [
  ['pages', '.page_name'],
  ['commits', '.message'],
  ['commits', '.author.email'],
  ['commits', '.author.name'],
] as const;

function followedBy(line: string, first: string, then: string): boolean {
  const i = line.indexOf(first);
  return i >= 0 && line.lastIndexOf(then) >= i + first.length;
}

const WS = new Set([' ', '\t', '\n', '\r', '\f']);

function skipWs(s: string, i: number): number {
  while (i < s.length && WS.has(s.charAt(i))) i++;
  return i;
}

/** `toJSON(github)` or `toJSON(github.event)`, any case, spaces allowed: the whole context serialised. */
function serialisesContext(expr: string): boolean {
  const lower = expr.toLowerCase();
  for (let at = lower.indexOf('tojson'); at >= 0; at = lower.indexOf('tojson', at + 1)) {
    let i = skipWs(lower, at + 6);
    if (lower.charAt(i) !== '(') continue;
    i = skipWs(lower, i + 1);
    if (!lower.startsWith('github', i)) continue;
    i += 6;
    if (lower.startsWith('.event', i)) i += 6;
    i = skipWs(lower, i);
    if (lower.charAt(i) === ')') return true;
  }
  return false;
}

/** Whether an expression reads attacker-controlled context (Scorecard's containsUntrustedContextPattern). */
export function isUntrustedContext(expr: string): boolean {
  if (expr.includes('github.head_ref')) return true;
  if (serialisesContext(expr)) return true;
  if (!expr.includes('github.event.')) return false;
  for (const line of expr.split('\n')) {
    if (UNTRUSTED_FIELDS.some((f) => line.includes(f))) return true;
    if (UNTRUSTED_PAIRS.some(([a, b]) => followedBy(line, a, b))) return true;
  }
  return false;
}
