/**
 * VCS URLs in the form SPDX 2.3 (§7.7, download location) and the purl spec's `vcs_url` qualifier
 * use: `git+<transport>://<host>/<path>[@<revision>]` (plain `git://` stays as it is). A lockfile's
 * git source (`https://github.com/x/y.git` with a pinned commit, npm's `git+ssh://...#<commit>`,
 * `github:x/y`, scp-style `git@host:x/y.git`) is written that way; `#` would mean a sub-path.
 */
import type { PackageSource } from '../model/package.js';

const GIT_SHORTHAND: Record<string, string> = {
  github: 'https://github.com/',
  gitlab: 'https://gitlab.com/',
  bitbucket: 'https://bitbucket.org/',
};

/** The repository part of a git URL in `git+<transport>://` form, or undefined when it has none. */
function gitBase(url: string): string | undefined {
  const short = /^(github|gitlab|bitbucket):([\w.-]+\/[\w.-]+)$/.exec(url);
  if (short) return `git+${GIT_SHORTHAND[short[1]!]}${short[2]}`;
  if (/^(https?|ssh|file):\/\/\S+$/.test(url)) return `git+${url}`;
  if (/^(git\+[a-z]+|git):\/\/\S+$/.test(url)) return url;
  // scp-style `user@host:path` (no scheme): ssh.
  const scp = /^([\w.-]+@[\w.-]+):([\w./~-]+)$/.exec(url);
  if (scp) return `git+ssh://${scp[1]}/${scp[2]!.replace(/^\/+/, '')}`;
  return undefined;
}

/** A git source as a VCS URL with its commit (or the URL's `#` ref); undefined when not expressible. */
export function vcsUrl(source: PackageSource): string | undefined {
  if (!source.url) return undefined;
  const hash = source.url.indexOf('#');
  const base = gitBase(hash < 0 ? source.url : source.url.slice(0, hash));
  if (!base) return undefined;
  const commit = source.commit ?? (hash < 0 ? '' : source.url.slice(hash + 1));
  return /^[\w.-]+$/.test(commit) ? `${base}@${commit}` : base;
}

/**
 * A VCS URL -> repository URL and revision: `@<rev>` after the last `/` (the form above), or,
 * as Sterling wrote it before, `#<rev>`. The URL is returned as written (`git+` kept).
 */
export function parseVcsUrl(text: string): { url: string; commit?: string } {
  const hash = text.indexOf('#');
  const main = hash < 0 ? text : text.slice(0, hash);
  const scheme = main.indexOf('://');
  const path = main.indexOf('/', scheme < 0 ? 0 : scheme + 3);
  const slash = main.lastIndexOf('/');
  const at = main.lastIndexOf('@');
  if (path >= 0 && slash >= path && at > slash && at < main.length - 1) {
    return { url: main.slice(0, at), commit: main.slice(at + 1) };
  }
  if (hash >= 0 && hash < text.length - 1) return { url: main, commit: text.slice(hash + 1) };
  return { url: text };
}
