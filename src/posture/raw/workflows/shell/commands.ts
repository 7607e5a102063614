/**
 * What a command line is, as Scorecard's checks/raw/shell_download_validate.go decides it: download
 * utilities, interpreters, the file a download writes, and whether its URLs are pinned. Commands are
 * argv lists as Scorecard extracts them (extractArgv): quoted words keep their quotes, words with
 * expansions are left out, `sudo` is dropped.
 */
import { posix } from 'node:path';
import type { ShellCommand, ShellWord } from './tokenize.js';

const SUPPORTED_SHELLS = ['sh', 'bash', 'mksh'] as const;
const OTHER_SHELLS = ['dash', 'ksh'] as const;
const PYTHON = ['python', 'python3', 'python2.7'] as const;
const SHELL_INTERPRETERS = ['exec', 'su', ...SUPPORTED_SHELLS, ...OTHER_SHELLS] as const;
const OTHER_INTERPRETERS = ['perl', 'ruby', 'php', 'node', 'nodejs', 'java'] as const;
/** Scorecard's order, which decides which interpreter `-c` is read for. */
const INTERPRETERS = [
  'dotnet',
  'nuget',
  ...OTHER_INTERPRETERS,
  ...SHELL_INTERPRETERS,
  ...SUPPORTED_SHELLS,
  ...OTHER_SHELLS,
  ...PYTHON,
] as const;
const DOWNLOADERS = ['curl', 'wget', 'gsutil'] as const;

/** A word as Scorecard's extractCommand keeps it; undefined when it leaves the word out. */
export function argvWord(w: ShellWord): string | undefined {
  switch (w.kind) {
    case 'lit':
      return w.text.toLowerCase() === 'sudo' ? undefined : w.text;
    case 'single':
      return `'${w.text}'`;
    case 'double':
      return w.text === '' ? undefined : `"${w.text}"`;
    default:
      return undefined;
  }
}

export function extractArgv(cmd: ShellCommand): string[] {
  const out: string[] = [];
  for (const w of cmd.words) {
    const a = argvWord(w);
    if (a !== undefined) out.push(a);
  }
  return out;
}

function basename(p: string): string {
  let s = p;
  while (s.length > 1 && s.endsWith('/')) s = s.slice(0, -1);
  const slash = s.lastIndexOf('/');
  return slash < 0 || s.length === 1 ? s : s.slice(slash + 1);
}

/** Go's filepath.Clean, near enough: normalised, no trailing slash. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const n = posix.normalize(p);
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}

/** Go's filepath.Dir: up to the last `/`, cleaned (`/tmp/` -> `/tmp`, `f` -> `.`). */
function goDir(p: string): string {
  return cleanPath(p.slice(0, p.lastIndexOf('/') + 1));
}

export function isBinaryName(expected: string, name: string): boolean {
  return basename(name).toLowerCase() === expected.toLowerCase();
}

const anyBinary = (names: readonly string[], name: string | undefined): boolean =>
  name !== undefined && names.some((b) => isBinaryName(b, name));

export function isDownloadUtility(argv: readonly string[]): boolean {
  const c0 = argv[0];
  if (c0 === undefined) return false;
  if (anyBinary(DOWNLOADERS, c0)) return true;
  return (
    isBinaryName('aws', c0) && argv[1]?.toLowerCase() === 's3api' && argv[2]?.toLowerCase() === 'get-object'
  );
}

export function isInterpreter(argv: readonly string[]): boolean {
  return anyBinary(INTERPRETERS, argv[0]);
}

export function isPython(argv: readonly string[]): boolean {
  return anyBinary(PYTHON, argv[0]);
}

/** Scorecard recurses into `X -c "…"` unless X is Python or another non-shell interpreter. */
export function isShellInterpreterOrCommand(name: string): boolean {
  return !anyBinary(PYTHON, name) && !anyBinary(OTHER_INTERPRETERS, name);
}

export function isSupportedShell(shell: string): boolean {
  return anyBinary(SUPPORTED_SHELLS, shell);
}

/** `bash -c`, `sudo sh -ec`: the interpreter before a later flag containing `c`. */
export function interpreterWithCommandFlag(argv: readonly string[]): string | undefined {
  for (const b of INTERPRETERS) {
    let seen = false;
    for (const a of argv) {
      if (isBinaryName(b, a)) seen = true;
      else if (seen && a.startsWith('-') && a.includes('c')) return b;
    }
  }
  return undefined;
}

/** How a downloaded file is remembered and looked up: cleaned, case-folded (Scorecard compares so). */
export function fileKey(path: string): string {
  return cleanPath(path).toLowerCase();
}

/** The downloaded files (keys from fileKey) a command runs: as the program, or as an interpreter's argument. */
export function filesRun(argv: readonly string[], downloaded: ReadonlySet<string>): string[] {
  if (argv.length === 0 || downloaded.size === 0) return [];
  const candidates = isInterpreter(argv) ? argv : argv.slice(0, 1);
  const out = new Set<string>();
  for (const a of candidates) {
    const key = fileKey(a);
    if (downloaded.has(key)) out.add(key);
  }
  return [...out];
}

function unquote(s: string): string {
  const q = s.charAt(0);
  return s.length >= 2 && (q === "'" || q === '"') && s.endsWith(q) ? s.slice(1, -1) : s;
}

/** What Go's url.ParseRequestURI accepts: an absolute path, or `scheme:` followed by anything. */
function requestUri(s: string): URL | 'path' | undefined {
  if (s.startsWith('/')) return 'path';
  const colon = s.indexOf(':');
  if (colon <= 0) return undefined;
  for (let i = 0; i < colon; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!letter && (i === 0 || !((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46))) return undefined;
  }
  try {
    return new URL(s);
  } catch {
    return 'path'; // Go accepts more than WHATWG URL does; it still counts as an unpinned URL
  }
}

const isHex40 = (s: string | undefined): boolean =>
  s !== undefined && s.length === 40 && /^[0-9a-fA-F]+$/.test(s);

/** True unless every URL argument is a raw.githubusercontent.com URL pinned to a commit SHA. */
export function hasUnpinnedUrls(argv: readonly string[]): boolean {
  let urls = 0;
  let pinned = 0;
  for (const a of argv) {
    const u = requestUri(unquote(a));
    if (u === undefined) continue;
    urls++;
    if (u === 'path' || u.protocol !== 'https:' || u.hostname !== 'raw.githubusercontent.com') continue;
    const segments = u.pathname.split('/');
    if (segments.length > 4 && isHex40(segments[3])) pinned++;
  }
  return !(pinned > 0 && urls === pinned);
}

function urlBase(s: string): string {
  const u = requestUri(s);
  return basename(u instanceof URL ? u.pathname : s);
}

/** The file a download writes: `> file`, `wget -O file` or the URL's name, gsutil's and aws's target. */
export function downloadOutput(argv: readonly string[], redirectTo: string | undefined): string | undefined {
  if (redirectTo !== undefined) return redirectTo;
  const c0 = argv[0]!;
  if (isBinaryName('wget', c0)) {
    for (let i = 1; i < argv.length - 1; i++) if (argv[i]!.toLowerCase() === '-o') return argv[i + 1];
    const url = argv.slice(1).find((a) => a.startsWith('http'));
    return url === undefined ? undefined : urlBase(url);
  }
  const toDir = (src: string, dest: string): string =>
    goDir(dest) === cleanPath(dest) ? posix.join(goDir(dest), urlBase(src)) : dest;
  if (isBinaryName('gsutil', c0)) {
    for (let i = 1; i < argv.length - 1; i++)
      if (argv[i]!.startsWith('gs://')) return toDir(argv[i]!, argv[i + 1]!);
    return undefined;
  }
  if (isBinaryName('aws', c0) && argv.length >= 3)
    return toDir(argv[argv.length - 2]!, argv[argv.length - 1]!);
  return undefined;
}
