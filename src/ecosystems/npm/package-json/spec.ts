/** Reading declared dependency specs that are not registry ranges, for a manifest without a lockfile. */
import { splitNameAndResolution } from '../bun-lock/entry.js';
import { isHex } from '../commit.js';

/** `npm:real@range` as [real name, range]; a bare `npm:real` asks for the `latest` tag. */
export function parseAlias(spec: string): { name: string; range: string } | undefined {
  const rest = spec.trim().slice('npm:'.length);
  if (!rest || rest === '@') return undefined;
  const split = splitNameAndResolution(rest);
  if (!split)
    return rest.startsWith('@') && !rest.includes('/') ? undefined : { name: rest, range: 'latest' };
  const [name, range] = split;
  return { name, range: range || 'latest' };
}

const HOSTS: Record<string, string> = {
  'github:': 'github.com',
  'gitlab:': 'gitlab.com',
  'bitbucket:': 'bitbucket.org',
};

/**
 * Repository URL and ref of a git spec: `user/repo#v1`, `github:user/repo`, `gitlab:`, `bitbucket:`,
 * `gist:` shorthands become `git+https://host/user/repo.git`; full URLs stay as written without the `#ref`.
 */
export function parseGitSpec(spec: string): { url: string; ref: string } {
  const s = spec.trim();
  const hash = s.indexOf('#');
  const repo = hash >= 0 ? s.slice(0, hash) : s;
  const ref = hash >= 0 ? s.slice(hash + 1) : '';
  for (const [prefix, host] of Object.entries(HOSTS)) {
    if (repo.startsWith(prefix))
      return { url: `git+https://${host}/${stripGit(repo.slice(prefix.length))}.git`, ref };
  }
  if (repo.startsWith('gist:'))
    return { url: `git+https://gist.github.com/${repo.slice('gist:'.length)}.git`, ref };
  if (!repo.includes(':')) return { url: `git+https://github.com/${stripGit(repo)}.git`, ref };
  return { url: repo, ref };
}

function stripGit(path: string): string {
  return path.endsWith('.git') ? path.slice(0, -4) : path;
}

/** A ref that is a full commit hash pins the content even without a lockfile. */
export function commitOf(ref: string): string | undefined {
  return isHex(ref, 40, 40) ? ref.toLowerCase() : undefined;
}
