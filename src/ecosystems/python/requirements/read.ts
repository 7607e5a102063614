/**
 * Walks a requirements file and the files it includes (`-r` requirements, `-c` constraints), turning
 * each line into a declared entry or a diagnostic. Includes are read through the extractor context,
 * relative to the including file, only inside the scanned root, at most MAX_INCLUDE_DEPTH deep, and
 * each file at most once per walk (which also ends cycles).
 */
import { posix } from 'node:path';
import type { Location, PackageSource } from '../../../core/model/package.js';
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractorContext } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { pypiName } from '../shared/package.js';
import { parseRequirement, pinnedVersion } from '../shared/pep508.js';
import { logicalLines, MAX_LOGICAL_LINE } from './lines.js';
import { classifyReference, looksLikePath, looksLikeUrl } from './reference.js';

export const MAX_INCLUDE_DEPTH = 16;
export const MAX_INCLUDED_FILES = 256;

/** One dependency a requirements file declares. */
export interface Declared {
  name: string;
  /** Exact version, or the specifier / git ref as written when `pinned` is false. */
  version: string;
  pinned: boolean;
  source: PackageSource;
  location: Location;
}

export interface Walk {
  ctx: ExtractorContext;
  sink: DiagnosticSink;
  declared: Declared[];
  /** Normalised name -> exact version from constraints files. */
  constraints: Map<string, string>;
  seen: Set<string>;
}

/** Options that only steer pip (indexes, build flags); skipped without a diagnostic. */
const PIP_OPTIONS = new Set([
  '--no-index',
  '--pre',
  '--prefer-binary',
  '--require-hashes',
  '--no-binary',
  '--only-binary',
  '--trusted-host',
  '--use-feature',
  '-f',
  '--find-links',
]);
const INDEX_OPTIONS = new Set(['-i', '--index-url', '--extra-index-url']);

/** The default index, written out (`https://pypi.org/simple`, with or without the final `/`). */
function isPyPIIndex(url: string): boolean {
  const u = url.trim().replace(/\/+$/, '').toLowerCase();
  return u === 'https://pypi.org/simple' || u === 'https://pypi.python.org/simple';
}

/** `-r file`, `-rfile`, `--requirement=file`, `--requirement file` -> [option, value]. */
function splitOption(text: string): [string, string] {
  if (text.startsWith('--')) {
    const eq = text.indexOf('=');
    const sp = text.search(/\s/);
    const cut = eq >= 0 && (sp < 0 || eq < sp) ? eq : sp;
    if (cut < 0) return [text, ''];
    return [text.slice(0, cut), text.slice(cut + 1).trim()];
  }
  const opt = text.slice(0, 2);
  return [opt, text.slice(2).trim()];
}

/** Cuts per-requirement options (`--hash=...`, `-C x`, `--config-settings`) off a requirement line. */
function splitPerRequirementOptions(text: string): { req: string; hashes: string[] } {
  let cut = -1;
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '-' && (text[i - 1] === ' ' || text[i - 1] === '\t')) {
      cut = i;
      break;
    }
  }
  if (cut < 0) return { req: text, hashes: [] };
  const hashes: string[] = [];
  const words = text.slice(cut).split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.startsWith('--hash=')) hashes.push(w.slice(7));
    else if (w === '--hash' && words[i + 1]) hashes.push(words[++i]!);
  }
  return { req: text.slice(0, cut).trim(), hashes };
}

function includePath(from: string, target: string): string | undefined {
  if (target.startsWith('/') || looksLikeUrl(target)) return undefined;
  const joined = posix.normalize(posix.join(posix.dirname(from), target));
  if (joined.startsWith('../') || joined === '..') return undefined;
  return joined;
}

function include(
  walk: Walk,
  from: string,
  line: number,
  target: string,
  kind: 'requirements' | 'constraints',
  depth: number,
): void {
  const problem = readInclude(walk, from, target, kind, depth);
  if (problem)
    walk.sink.push({ level: 'warning', code: problem.code, message: problem.message, path: from, line });
}

/** Reads an included file, or says why not. */
function readInclude(
  walk: Walk,
  from: string,
  target: string,
  kind: 'requirements' | 'constraints',
  depth: number,
): { code: string; message: string } | undefined {
  if (target === '') {
    return {
      code: 'invalid-line',
      message: `-${kind === 'constraints' ? 'c' : 'r'} without a file name; line skipped.`,
    };
  }
  const path = includePath(from, target);
  if (!path) {
    return {
      code: 'include-not-read',
      message: `${quote(target)} is a URL or lies outside the scanned folder; Sterling reads no such file (offline, inside the root only), so its ${kind} are not listed.`,
    };
  }
  if (walk.seen.has(`${kind}:${path}`)) return undefined;
  if (depth >= MAX_INCLUDE_DEPTH || walk.seen.size >= MAX_INCLUDED_FILES) {
    return {
      code: 'include-not-read',
      message: `${quote(target)} not read: includes nested deeper than ${MAX_INCLUDE_DEPTH} levels or more than ${MAX_INCLUDED_FILES} files.`,
    };
  }
  const text = walk.ctx.readText(path);
  if (text === undefined) {
    return {
      code: 'include-not-read',
      message: `${quote(target)} (${quote(path)}) is not in the scanned files; its ${kind} are not listed.`,
    };
  }
  readRequirements(walk, path, text, kind, depth + 1);
  return undefined;
}

/** Reads one file of the walk; `kind` constraints only records pins. */
export function readRequirements(
  walk: Walk,
  path: string,
  text: string,
  kind: 'requirements' | 'constraints',
  depth: number,
): void {
  walk.seen.add(`${kind}:${path}`);
  for (const { line, text: entry } of logicalLines(text)) {
    const diag = (level: 'warning' | 'info', code: string, message: string) =>
      walk.sink.push({ level, code, message, path, line });
    if (entry.length > MAX_LOGICAL_LINE) {
      diag('warning', 'invalid-line', `line longer than ${MAX_LOGICAL_LINE} characters; skipped.`);
      continue;
    }
    if (entry.startsWith('-')) {
      const [opt, value] = splitOption(entry);
      if (opt === '-r' || opt === '--requirement') include(walk, path, line, value, kind, depth);
      else if (opt === '-c' || opt === '--constraint') include(walk, path, line, value, 'constraints', depth);
      else if (opt === '-e' || opt === '--editable') {
        if (kind === 'requirements') reference(walk, path, line, value, true);
      } else if (INDEX_OPTIONS.has(opt)) {
        if (isPyPIIndex(value)) continue;
        diag(
          'info',
          'custom-index',
          `${opt} ${quote(value)}: packages may come from an index other than PyPI; vulnerability data is PyPI's.`,
        );
      } else if (!PIP_OPTIONS.has(opt)) {
        diag('info', 'unsupported-option', `option ${quote(opt)} is not one Sterling reads; line skipped.`);
      }
      continue;
    }
    const { req, hashes } = splitPerRequirementOptions(entry);
    if (kind === 'constraints') {
      const parsed = parseRequirement(req);
      const pin = parsed && !parsed.url ? pinnedVersion(parsed.specifier) : undefined;
      if (parsed && pin) walk.constraints.set(pypiName(parsed.name), pin);
      continue;
    }
    const parsed = looksLikeUrl(req) ? undefined : parseRequirement(req);
    if (!parsed || (parsed.url === undefined && parsed.specifier.includes('/'))) {
      if (looksLikeUrl(req) || looksLikePath(req)) reference(walk, path, line, req, false);
      else
        diag('warning', 'invalid-line', `${quote(req)} is not a requirement pip understands; line skipped.`);
      continue;
    }
    if (parsed.url !== undefined) {
      reference(walk, path, line, parsed.url, false, parsed.name);
      continue;
    }
    if (parsed.specifier.split(',').some((clause) => /^[<>=!~]*$/.test(clause)) && parsed.specifier !== '') {
      diag(
        'warning',
        'invalid-line',
        `${quote(req)} has a version operator without a version; line skipped.`,
      );
      continue;
    }
    let pin = pinnedVersion(parsed.specifier);
    if (parsed.specifier.includes('${')) {
      // pip expands ${VAR} from the environment at install time; the value is unknown here.
      diag(
        'info',
        'environment-variable',
        `${quote(req)} uses an environment variable; its version is unknown, so it is listed as unresolved.`,
      );
      pin = undefined;
    }
    const source: PackageSource = { kind: 'registry' };
    if (hashes[0]) source.integrity = hashes[0];
    walk.declared.push({
      name: parsed.name,
      version: pin ?? parsed.specifier,
      pinned: pin !== undefined,
      source,
      location: { path, line },
    });
  }
}

/** A URL, VCS or path requirement (`-e` ones too). */
function reference(
  walk: Walk,
  path: string,
  line: number,
  target: string,
  editable: boolean,
  name?: string,
): void {
  const diag = (level: 'warning' | 'info', code: string, message: string) =>
    walk.sink.push({ level, code, message, path, line });
  const ref = classifyReference(target.trim(), name);
  if (ref.kind === 'local') {
    diag(
      'info',
      'local-dependency',
      `${quote(ref.path)} is a local ${editable ? 'editable project' : 'path'} (first-party or vendored code with no registry version); not listed as a third-party package.`,
    );
    return;
  }
  if (ref.kind === 'unsupported-vcs') {
    diag(
      'warning',
      'unsupported-source',
      `${quote(target)}: ${ref.scheme} sources are not supported; not listed.`,
    );
    return;
  }
  if (!ref.name) {
    diag(
      'warning',
      'unsupported-source',
      `${quote(target)} names no package (add \`#egg=name\` or write \`name @ url\`); not listed.`,
    );
    return;
  }
  if (ref.kind === 'vcs') {
    walk.declared.push({
      name: ref.name,
      version: ref.ref,
      pinned: false,
      source: ref.source,
      location: { path, line },
    });
    return;
  }
  walk.declared.push({
    name: ref.name,
    version: ref.version ?? '',
    pinned: ref.version !== undefined,
    source: ref.source,
    location: { path, line },
  });
}
