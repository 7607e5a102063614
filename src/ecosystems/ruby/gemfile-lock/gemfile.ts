/**
 * Bundler groups from the Gemfile (or gems.rb) beside a lockfile, which the lockfile does not record.
 * The Gemfile is Ruby; this is a cheap line scan of the forms Bundler documents, not an interpreter:
 * `group :development, :test do ... end` blocks (nested blocks and `if`/`unless` tracked by their
 * `end`), and `gem "name", group: :test` / `groups: [:development, :test]` / `:group => :test`
 * options. Gems it cannot place stay in the default group.
 */

/** Groups Bundler users install only for development; every other group is treated as production. */
const DEV_GROUPS = new Set(['development', 'test', 'dev']);

/** Words of `:sym`, `"str"` and `'str'` tokens in `text`, up to `stop` (a `]`) when given. */
function symbols(text: string, single: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ']' || c === '#') break;
    if (c === ':' || c === '"' || c === "'") {
      const quote = c === ':' ? '' : c;
      let j = i + 1;
      while (j < text.length) {
        const d = text[j]!;
        if (quote ? d === quote : !/[A-Za-z0-9_]/.test(d)) break;
        j++;
      }
      const word = text.slice(i + 1, j);
      if (word !== '') out.push(word);
      if (single) break;
      i = j + 1;
      continue;
    }
    if (single && c !== ' ' && c !== '[') break;
    i++;
  }
  return out;
}

/** The value of a `group:` / `groups:` / `:group =>` option on a `gem` line. */
function groupOption(rest: string): string[] {
  for (const key of ['groups:', 'group:', ':groups =>', ':group =>', ':groups=>', ':group=>']) {
    const at = rest.indexOf(key);
    if (at < 0) continue;
    const value = rest.slice(at + key.length).trimStart();
    return symbols(value, !value.startsWith('['));
  }
  return [];
}

/** The first quoted argument of `gem "name", ...` / `gem('name')`. */
function gemName(body: string): { name: string; rest: string } | undefined {
  let i = 3;
  while (i < body.length && (body[i] === ' ' || body[i] === '(')) i++;
  const q = body[i];
  if (q !== '"' && q !== "'") return undefined;
  const end = body.indexOf(q, i + 1);
  if (end < 0) return undefined;
  return { name: body.slice(i + 1, end), rest: body.slice(end + 1) };
}

const OPENERS = ['if ', 'unless ', 'case ', 'while ', 'until ', 'begin'];

/** Groups of each gem the Gemfile names (`default` for a gem outside any group). */
export function gemfileGroups(text: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const stack: string[][] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const body = text.slice(start, end).trim();
    start = end + 1;
    if (body === '' || body.startsWith('#')) continue;
    const inherited = stack.length > 0 ? stack[stack.length - 1]! : [];
    if (body === 'end' || body.startsWith('end ') || body.startsWith('end.')) {
      stack.pop();
      continue;
    }
    const opensBlock =
      body.endsWith(' do') || body.includes(' do |') || OPENERS.some((o) => body.startsWith(o));
    if (body.startsWith('group ') || body.startsWith('group(')) {
      const head = body.slice(5, body.lastIndexOf(' do') > 0 ? body.lastIndexOf(' do') : body.length);
      if (opensBlock) stack.push([...inherited, ...symbols(head.replace('(', ' '), false)]);
      continue;
    }
    if (opensBlock) {
      stack.push(inherited);
      continue;
    }
    if (body.startsWith('gem ') || body.startsWith('gem(')) {
      const gem = gemName(body);
      if (!gem) continue;
      const own = [...inherited, ...groupOption(gem.rest)];
      groups.set(gem.name, [...(groups.get(gem.name) ?? []), ...(own.length > 0 ? own : ['default'])]);
    }
  }
  return groups;
}

/** Whether a gem with these groups is only needed for development (all of them development groups). */
export function isDevOnly(groups: readonly string[] | undefined): boolean {
  return groups !== undefined && groups.length > 0 && groups.every((g) => DEV_GROUPS.has(g));
}
