/**
 * Removes credentials from a URL's authority (`https://token@host/...`, `https://user:pass@host/...`,
 * `git+ssh://user:pass@host/...`): a token pasted into a lockfile must not travel on into reports and
 * SBOMs. A user name without password is kept where it is not a secret: any ssh user
 * (`git+ssh://git@github.com/...`) and the conventional `git` user. Text without `://` (scp-like
 * `git@host:path`, local paths) is returned as it is.
 */
export function redactUrl(url: string): string {
  const scheme = url.indexOf('://');
  if (scheme < 0) return url;
  const start = scheme + 3;
  let end = url.indexOf('/', start);
  if (end < 0) end = url.length;
  const at = url.lastIndexOf('@', end);
  if (at < start) return url;
  const userinfo = url.slice(start, at);
  const ssh = url.startsWith('ssh:') || url.startsWith('git+ssh:');
  if (!userinfo.includes(':') && (ssh || userinfo === 'git')) return url;
  return url.slice(0, start) + url.slice(at + 1);
}
