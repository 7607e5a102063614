/**
 * Package-manager installs in a command and whether they are pinned, as Scorecard decides it
 * (checks/raw/shell_download_validate.go): `go install x@latest`, `pip install x` without
 * `--require-hashes`, `npm install` (not `npm ci`), `choco install` without checksums, NuGet without a
 * version or locked mode. Word lists are argv as extractArgv builds them.
 */
import { isBinaryName, isPython } from './commands.js';

export type PackageCommandType = 'goCommand' | 'pipCommand' | 'npmCommand' | 'chocoCommand' | 'nugetCommand';

export interface PackageCommand {
  type: PackageCommandType;
  pinned: boolean;
}

const eq = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.toLowerCase() === b.toLowerCase();
const isHex = (s: string, min: number): boolean => s.length >= min && /^[0-9a-fA-F]+$/.test(s);

function npm(argv: readonly string[]): PackageCommand | undefined {
  if (!isBinaryName('npm', argv[0]!)) return undefined;
  const verbs = ['install', 'i', 'install-test', 'update', 'ci'];
  if (!argv.slice(1).some((a) => verbs.some((v) => eq(a, v)))) return undefined;
  for (const a of argv.slice(1)) {
    if (eq(a, 'ci')) return { type: 'npmCommand', pinned: true };
    if (['github:', 'git://', 'git+http://', 'git+https://'].some((p) => a.startsWith(p))) {
      const parts = a.split('#');
      if (parts.length !== 2) return { type: 'npmCommand', pinned: false };
      if (parts[1]!.length === 40 && isHex(parts[1]!, 40)) return { type: 'npmCommand', pinned: true };
    }
  }
  return { type: 'npmCommand', pinned: false };
}

/** `v1.2.3`, `v1.2.3-rc.1+meta` (Scorecard's semver test for `go install`). */
function isGoSemver(v: string): boolean {
  const m = /^v(\d+)\.(\d+)\.(\d+)(.*)$/.exec(v);
  if (!m) return false;
  const rest = m[4]!;
  if (rest === '') return true;
  const plus = rest.indexOf('+');
  const pre = plus < 0 ? rest : rest.slice(0, plus);
  const build = plus < 0 ? undefined : rest.slice(plus + 1);
  const ok = (s: string) => s.length > 0 && /^[0-9A-Za-z.-]+$/.test(s);
  if (pre !== '' && !(pre.startsWith('-') && ok(pre.slice(1)))) return false;
  return build === undefined || ok(build);
}

const isWord = (c: string): boolean => /\w/.test(c);

/** Contains `word.word/word` (Scorecard's `\w+\.\w+/\w+`); anything else is taken for a local folder. */
function looksRemote(pkg: string): boolean {
  for (let i = pkg.indexOf('.'); i > 0; i = pkg.indexOf('.', i + 1)) {
    if (!isWord(pkg.charAt(i - 1))) continue;
    let j = i + 1;
    while (j < pkg.length && isWord(pkg.charAt(j))) j++;
    if (j > i + 1 && pkg.charAt(j) === '/' && isWord(pkg.charAt(j + 1))) return true;
  }
  return false;
}

function go(argv: readonly string[]): PackageCommand | undefined {
  if (argv.length <= 2 || !isBinaryName('go', argv[0]!) || !['get', 'install'].includes(argv[1]!))
    return undefined;
  const flags = ['-d', '-f', '-t', '-u', '-v', '-fix', '-insecure'];
  let insecure = false;
  for (let i = 1; i < argv.length - 1; i++) {
    while (i < argv.length - 1 && flags.includes(argv[i + 1]!)) {
      if (argv[i + 1] === '-insecure') insecure = true;
      i++;
    }
    if (i + 1 >= argv.length) return { type: 'goCommand', pinned: true };
    const pkg = argv[i + 1]!;
    if (!looksRemote(pkg)) return { type: 'goCommand', pinned: true };
    const parts = pkg.split('@');
    if (parts.length !== 2) continue;
    const v = parts[1]!;
    if (v === 'none' || isHex(v, 40) || (!insecure && isGoSemver(v)))
      return { type: 'goCommand', pinned: true };
  }
  return { type: 'goCommand', pinned: false };
}

/** `-x`, `--flag`, `--a-b` as Scorecard's `^(\-\-?\w+)+$` reads it, without the regular expression. */
function isFlag(a: string): boolean {
  let i = 0;
  while (i < a.length) {
    if (a.charAt(i) !== '-') return false;
    i++;
    if (a.charAt(i) === '-') i++;
    const start = i;
    while (i < a.length && isWord(a.charAt(i))) i++;
    if (i === start) return false;
  }
  return a.length > 0;
}

function pinnedEditableSource(src: string): boolean {
  if (!['git', 'svn', 'hg', 'bzr'].some((v) => src.startsWith(v) && src.length > v.length)) return true;
  // git[+https|+http|+ssh|+git]://…@<40 hex>[#egg=…]
  const scheme = src.indexOf('://');
  if (scheme < 0 || !['git', 'git+https', 'git+http', 'git+ssh', 'git+git'].includes(src.slice(0, scheme)))
    return false;
  const hash = src.indexOf('#egg=');
  const body = hash < 0 ? src : src.slice(0, hash);
  const at = body.lastIndexOf('@');
  return at > scheme && body.length - at - 1 === 40 && isHex(body.slice(at + 1), 40);
}

/** `pip install …` argv from index 2 on (Scorecard's isUnpinnedPipInstall). */
function pipUnpinned(argv: readonly string[]): boolean {
  let noDeps = false;
  let editable = false;
  let editablePinned = true;
  let requireHashes = false;
  let other = false;
  let wheel = false;
  for (const a of argv.slice(2)) {
    if (eq(a, '--no-deps')) noDeps = true;
    else if (a === '-e' || a === '--editable') editable = true;
    else if (eq(a, '--require-hashes')) {
      requireHashes = true;
      break;
    } else if (isFlag(a)) continue;
    else if (a.endsWith('.whl')) wheel = true;
    else if (editable) editablePinned &&= pinnedEditableSource(a);
    else other = true;
  }
  if (editable) return !noDeps || !editablePinned;
  if (requireHashes) return false;
  if (other) return true;
  return !wheel;
}

function pip(argv: readonly string[]): PackageCommand | undefined {
  const isPipInstall = (a: readonly string[]) =>
    a.length >= 2 && (isBinaryName('pip', a[0]!) || isBinaryName('pip3', a[0]!)) && eq(a[1], 'install');
  if (isPipInstall(argv)) return { type: 'pipCommand', pinned: !pipUnpinned(argv) };
  if (!isPython(argv)) return undefined;
  const m = argv.findIndex((a, i) => i > 0 && eq(a, '-m') && eq(argv[i + 1], 'pip'));
  if (m < 0) return undefined;
  const sub = argv.slice(m + 1);
  return isPipInstall(sub) ? { type: 'pipCommand', pinned: !pipUnpinned(sub) } : undefined;
}

function choco(argv: readonly string[]): PackageCommand | undefined {
  if (argv.length < 2 || !(isBinaryName('choco', argv[0]!) || isBinaryName('choco.exe', argv[0]!)))
    return undefined;
  if (!eq(argv[1], 'install')) return undefined;
  const sums = ['--requirechecksum', '--requirechecksums', '--require-checksums'];
  const pinned = argv.slice(2).some((a) => sums.some((s) => eq(a.split('=')[0], s)));
  return { type: 'chocoCommand', pinned };
}

const tool = (argv: readonly string[], name: string) =>
  isBinaryName(name, argv[0]!) || isBinaryName(`${name}.exe`, argv[0]!);
const hasFlag = (argv: readonly string[], from: number, flags: string[]) =>
  argv.slice(from).some((a) => flags.some((f) => eq(a, f)));

function nuget(argv: readonly string[]): PackageCommand | undefined {
  const n = (pinned: boolean): PackageCommand => ({ type: 'nugetCommand', pinned });
  if (
    argv.length >= 4 &&
    tool(argv, 'dotnet') &&
    eq(argv[1], 'add') &&
    (eq(argv[2], 'package') || eq(argv[3], 'package'))
  )
    return n(hasFlag(argv, 3, ['-v', '--version']));
  if (argv.length >= 2 && tool(argv, 'nuget') && eq(argv[1], 'install')) {
    if (argv.length === 2 || argv[2]!.endsWith('packages.config')) return n(true);
    return n(hasFlag(argv, 2, ['-Version']));
  }
  if (argv.length >= 2 && tool(argv, 'dotnet') && eq(argv[1], 'restore'))
    return n(hasFlag(argv, 2, ['--locked-mode']));
  if (argv.length >= 2 && tool(argv, 'nuget') && eq(argv[1], 'restore'))
    return n(hasFlag(argv, 2, ['-LockedMode']));
  if (argv.length >= 2 && tool(argv, 'msbuild') && hasFlag(argv, 1, ['/t:restore']))
    return n(hasFlag(argv, 2, ['/p:RestoreLockedMode=true']));
  return undefined;
}

/** The package install a command performs, if any (Scorecard's order: go, pip, npm, choco, nuget). */
export function packageCommand(argv: readonly string[]): PackageCommand | undefined {
  if (argv.length === 0) return undefined;
  return go(argv) ?? pip(argv) ?? npm(argv) ?? choco(argv) ?? nuget(argv);
}
