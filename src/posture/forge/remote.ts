/**
 * Which GitHub repository a checkout belongs to: `--repo owner/name`, or the `origin` remote's URL
 * (https, ssh and scp-like forms). Plain string handling, no regular expressions; the URL itself is
 * never printed (it may carry credentials), only its host.
 */

export interface RepoRef {
  owner: string;
  repo: string;
}

const MAX_URL = 2000;

/** GitHub's owner and repository names: letters, digits, `-`, `_`, `.`; 1..100 characters. */
function isName(value: string): boolean {
  if (value.length === 0 || value.length > 100 || value === '.' || value === '..') return false;
  for (const ch of value) {
    const ok =
      (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || '-_.'.includes(ch);
    if (!ok) return false;
  }
  return true;
}

/** `owner/name` (a trailing `.git` is dropped), or undefined. */
export function parseRepoSlug(text: string): RepoRef | undefined {
  if (text.length > 300) return undefined;
  const parts = text.split('/');
  if (parts.length !== 2) return undefined;
  const owner = parts[0]!;
  let repo = parts[1]!;
  if (repo.endsWith('.git')) repo = repo.slice(0, -4);
  return isName(owner) && isName(repo) ? { owner, repo } : undefined;
}

export type RemoteParse = { ok: true; host: string; ref: RepoRef } | { ok: false; host?: string };

/**
 * Splits a git remote URL into host and `owner/name`: `https://[user@]host[:port]/o/r[.git][/]`,
 * `ssh://git@host[:port]/o/r.git`, `git://host/o/r`, or scp-like `git@host:o/r.git`. The host is
 * lower-cased without port and user.
 */
export function parseRemote(url: string): RemoteParse {
  const text = url.trim();
  if (text.length === 0 || text.length > MAX_URL) return { ok: false };
  let hostPart: string;
  let path: string;
  const scheme = text.indexOf('://');
  if (scheme > 0) {
    const rest = text.slice(scheme + 3);
    const slash = rest.indexOf('/');
    if (slash < 0) return { ok: false };
    hostPart = rest.slice(0, slash);
    path = rest.slice(slash + 1);
  } else {
    // scp-like: [user@]host:path (a local path has no colon before its first slash)
    const colon = text.indexOf(':');
    const slash = text.indexOf('/');
    if (colon <= 0 || (slash >= 0 && slash < colon)) return { ok: false };
    hostPart = text.slice(0, colon);
    path = text.slice(colon + 1);
  }
  const at = hostPart.lastIndexOf('@');
  let host = (at >= 0 ? hostPart.slice(at + 1) : hostPart).toLowerCase();
  const port = host.lastIndexOf(':');
  if (port >= 0 && !host.endsWith(']')) host = host.slice(0, port);
  while (path.endsWith('/')) path = path.slice(0, -1);
  while (path.startsWith('/')) path = path.slice(1);
  const ref = parseRepoSlug(path);
  return ref && host.length > 0 ? { ok: true, host, ref } : { ok: false, host: host || undefined };
}

/** The web host of a GitHub API base URL: github.com for api.github.com, HOST for HOST/api/v3. */
export function webHostOf(apiUrl: string): string {
  const u = new URL(apiUrl);
  return u.hostname === 'api.github.com' ? 'github.com' : u.host.toLowerCase();
}
