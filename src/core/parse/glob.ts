/**
 * Matches a POSIX path against a glob with `*`, `?` and `**` segments (no braces or classes).
 * Written without regular expressions so that hostile patterns cannot cause catastrophic backtracking;
 * segment matching is O(pattern x text) by dynamic programming.
 */
export function matchGlob(glob: string, path: string): boolean {
  const g = glob.split('/').filter((s) => s !== '');
  const p = path.split('/').filter((s) => s !== '');
  // dp over segments; '**' matches zero or more segments.
  let prev = new Array<boolean>(p.length + 1).fill(false);
  prev[0] = true;
  for (const seg of g) {
    const next = new Array<boolean>(p.length + 1).fill(false);
    if (seg === '**') {
      let any = false;
      for (let j = 0; j <= p.length; j++) {
        any = any || prev[j]!;
        next[j] = any;
      }
    } else {
      for (let j = 1; j <= p.length; j++) next[j] = prev[j - 1]! && matchSegment(seg, p[j - 1]!);
    }
    prev = next;
  }
  return prev[p.length]!;
}

/** Wildcard match of one path segment: `*` any run of characters, `?` one character. */
export function matchSegment(pattern: string, text: string): boolean {
  let pi = 0;
  let ti = 0;
  let star = -1;
  let mark = 0;
  while (ti < text.length) {
    const c = pattern[pi];
    if (c === '?' || (c !== undefined && c !== '*' && c === text[ti])) {
      pi++;
      ti++;
    } else if (c === '*') {
      star = pi++;
      mark = ti;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++mark;
    } else {
      return false;
    }
  }
  while (pattern[pi] === '*') pi++;
  return pi === pattern.length;
}
