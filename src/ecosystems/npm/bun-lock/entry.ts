/**
 * One value of bun.lock's `packages` object: a tuple whose shape depends on where the package comes
 * from (bun's `bun.lock.zig` documents them):
 *
 *   npm        ["name@1.2.3", "registry url or empty", INFO, "sha512-..."]
 *   git        ["name@git+https://host/repo#commit", INFO, "bun-tag", ("sha512-...")]
 *   github     ["name@github:user/repo#commit", INFO, "user-repo-commit", ("sha512-...")]
 *   tarball    ["name@https://host/x.tgz", INFO, ("sha512-...")]   local: ["name@./x.tgz", INFO]
 *   folder     ["name@file:path", INFO]        symlink: ["name@link:path", INFO]
 *   workspace  ["name@workspace:path"]         (lockfileVersion 0 adds INFO)
 *   root       ["name@root:", { bin }]
 */
import type { PackageSource } from '../../../core/model/package.js';
import { quote } from '../../../core/util/quote.js';
import { firstIssue, isRecord } from '../boundary.js';
import { isCommitHash } from '../commit.js';
import { redactUrl } from '../url.js';
import { type Info, infoSchema } from './schema.js';

export type EntryKind = 'npm' | 'git' | 'github' | 'tarball' | 'file' | 'link' | 'workspace' | 'root';

export interface Entry {
  /** Package name as published (for an alias, the real name; the key holds the alias). */
  name: string;
  kind: EntryKind;
  /** Exact version for npm entries, version read from a registry-style tarball URL, else empty. */
  version: string;
  source: PackageSource;
  info: Info;
  /** Folder of a workspace entry (`workspace:packages/app`). */
  workspacePath?: string;
}

export type EntryResult = { ok: true; entry: Entry } | { ok: false; reason: string };

const EMPTY_INFO: Info = {};

/** Splits `name@resolution`; a scoped name keeps its leading `@`. */
export function splitNameAndResolution(s: string): [string, string] | undefined {
  const at = s.indexOf('@', s.startsWith('@') ? 1 : 0);
  if (at <= 0) return undefined;
  return [s.slice(0, at), s.slice(at + 1)];
}

export function kindOf(resolution: string): EntryKind {
  if (resolution.startsWith('root:')) return 'root';
  if (resolution.startsWith('workspace:')) return 'workspace';
  if (resolution.startsWith('link:')) return 'link';
  if (resolution.startsWith('file:')) return 'file';
  if (resolution.startsWith('github:')) return 'github';
  if (resolution.startsWith('git+') || resolution.startsWith('git://')) return 'git';
  if (resolution.startsWith('https://') || resolution.startsWith('http://')) return 'tarball';
  if (/\.(tgz|tar\.gz|tar)$/.test(resolution)) return 'file';
  return 'npm';
}

function fail(reason: string): EntryResult {
  return { ok: false, reason };
}

function parseInfo(v: unknown, what: string): { info: Info } | { reason: string } {
  if (!isRecord(v)) return { reason: `${what} must be an object` };
  const r = infoSchema.safeParse(v);
  return r.success ? { info: r.data } : { reason: `${what}: ${firstIssue(r.error)}` };
}

function optionalString(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Parses one `packages` tuple; a malformed one gives the reason, for a Diagnostic. */
export function parseEntry(value: unknown): EntryResult {
  if (!Array.isArray(value)) return fail('expected an array ["name@version", ...]');
  const [head, second, third, fourth] = value as unknown[];
  if (typeof head !== 'string') return fail('first element must be a "name@version" string');
  const split = splitNameAndResolution(head);
  if (!split || split[1] === '') return fail(`${quote(head)} is not "name@version"`);
  const [name, resolution] = split;
  const kind = kindOf(resolution);

  if (kind === 'root')
    return { ok: true, entry: { name, kind, version: '', source: { kind: 'workspace' }, info: {} } };
  if (kind === 'workspace') {
    const workspacePath = resolution.slice('workspace:'.length);
    const parsed = value.length > 1 ? parseInfo(second, 'dependency object') : { info: EMPTY_INFO };
    if ('reason' in parsed) return fail(parsed.reason);
    return {
      ok: true,
      entry: {
        name,
        kind,
        version: '',
        source: { kind: 'workspace', url: workspacePath },
        info: parsed.info,
        workspacePath,
      },
    };
  }

  if (kind === 'npm') {
    if (typeof second !== 'string') return fail('second element (registry) must be a string');
    const parsed = parseInfo(third, 'third element (dependency object)');
    if ('reason' in parsed) return fail(parsed.reason);
    if (fourth !== undefined && typeof fourth !== 'string')
      return fail('fourth element (integrity) must be a string');
    const source: PackageSource = { kind: 'registry' };
    if (second) source.url = redactUrl(second);
    const integrity = optionalString(fourth);
    if (integrity) source.integrity = integrity;
    return { ok: true, entry: { name, kind, version: resolution, source, info: parsed.info } };
  }

  const parsed = parseInfo(second, 'second element (dependency object)');
  if ('reason' in parsed) return fail(parsed.reason);
  const info = parsed.info;

  if (kind === 'git' || kind === 'github') {
    if (third !== undefined && typeof third !== 'string')
      return fail('third element (git tag) must be a string');
    if (fourth !== undefined && typeof fourth !== 'string')
      return fail('fourth element (integrity) must be a string');
    const source = gitSource(kind, resolution, optionalString(third));
    const integrity = optionalString(fourth);
    if (integrity) source.integrity = integrity;
    return { ok: true, entry: { name, kind, version: '', source, info } };
  }

  if (third !== undefined && typeof third !== 'string')
    return fail('third element (integrity) must be a string');
  const integrity = optionalString(third);
  if (kind === 'tarball') {
    const source: PackageSource = { kind: 'tarball', url: redactUrl(resolution) };
    if (integrity) source.integrity = integrity;
    return {
      ok: true,
      entry: { name, kind, version: versionFromTarballUrl(name, resolution), source, info },
    };
  }
  // file: folders, local tarballs and link: symlinks: first-party or vendored code without a version.
  const url = kind === 'link' ? resolution.slice('link:'.length) : resolution.replace(/^file:/, '');
  const source: PackageSource = { kind: kind === 'link' ? 'link' : 'file', url };
  if (integrity) source.integrity = integrity;
  return { ok: true, entry: { name, kind, version: '', source, info } };
}

/**
 * Repository URL and commit of a git or github resolution. bun writes the resolved commit after `#`;
 * when that is not a commit, the tag in the third element (`user-repo-<commit>` or the bare commit) has it.
 */
function gitSource(kind: 'git' | 'github', resolution: string, bunTag: string | undefined): PackageSource {
  const hash = resolution.lastIndexOf('#');
  const repo = hash >= 0 ? resolution.slice(0, hash) : resolution;
  const ref = hash >= 0 ? resolution.slice(hash + 1) : '';
  const url = kind === 'github' ? `git+https://github.com/${repo.slice('github:'.length)}.git` : repo;
  const source: PackageSource = { kind: 'git', url: redactUrl(url) };
  const tagCommit = bunTag?.slice(bunTag.lastIndexOf('-') + 1);
  const commit = isCommitHash(ref) ? ref : tagCommit && isCommitHash(tagCommit) ? tagCommit : undefined;
  if (commit) source.commit = commit;
  return source;
}

/**
 * Version of a tarball served with the npm registry layout (`.../<name>/-/<name>-<version>.tgz`),
 * which every npm-compatible registry uses; empty for any other URL, whose content has no known version.
 */
export function versionFromTarballUrl(name: string, url: string): string {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return '';
  }
  const local = name.slice(name.lastIndexOf('/') + 1);
  const parts = pathname.split('/');
  const file = decodeSafe(parts[parts.length - 1] ?? '');
  if (parts[parts.length - 2] !== '-' || !file.startsWith(`${local}-`) || !file.endsWith('.tgz')) return '';
  const version = file.slice(local.length + 1, -'.tgz'.length);
  return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version) ? version : '';
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
