import { APPROVED_LICENSES } from './approved-licenses.js';
import { identifyLicenseText } from './license-text.js';

export interface LicenseFile {
  path: string;
  /** SPDX id read from the file name, else recognised in its text, else `NOASSERTION`. */
  spdxId: string;
  /** The license's name when it is FSF/OSI approved, else `Other` or ''. */
  name: string;
  approved: boolean;
}

export interface LicenseFacts {
  /** The first license file found (Scorecard stops at the first), or none. */
  files: LicenseFile[];
}

// Scorecard's generalised license file name pattern (checks/raw/license.go), same groups and
// preferences. Only ever run on names of at most MAX_NAME characters (bounded backtracking).
const SPDX = (p: string) =>
  `(?<${p}Spdx>([0-9A-Za-z]+)((([-_.])[0-9]{1,2}[A-Za-z]{0,1}){0,5})(?<${p}SpdxExt>(([_-])?[0-9A-Za-z.])*))?`;
const LICENSE_RE = new RegExp(
  `^(?<lp>${SPDX('pre')}(?<pre>([-_]))?(?<detectedFile>(patent(s)?|copy(ing|right)|LICEN[SC]E(S)?))` +
    `(?<suf>([-_./]))?${SPDX('suf')}(?<ext>([.]?[A-Za-z]+))?)`,
  'i',
);
const LICENSE_EXT_RE = /(\.adoc|\.asc|\.doc(x)?|\.ext|\.html|\.markdown|\.md|\.rst|\.txt|\.xml)/i;
/** A top-level folder that can hold license files: its whole name is [SPDX id][sep]LICENSE-word. */
const LICENSE_DIR_RE = new RegExp(
  `^${SPDX('pre')}(?<pre>([-_]))?(patent(s)?|copy(ing|right)|LICEN[SC]E(S)?)$`,
  'i',
);
const LICENSE_WORD_RE = /patent|copy|licen[sc]e/i;
/** Characters the pattern can cross before the license word. */
const PREFIX_CHARS_RE = /^[0-9A-Za-z._-]*/;
/** Longest name segment tried (real license names are short; the pattern backtracks on long failing ones). */
const MAX_SEGMENT = 128;
/** Candidate names tried at most (Scorecard stops at the first match). */
const MAX_CANDIDATES = 1000;

const APPROVED_CI = new Map(Object.entries(APPROVED_LICENSES).map(([id, name]) => [id.toUpperCase(), name]));

/**
 * The license file Scorecard would report. `readText` (the file's text, or undefined when it cannot
 * be read) stands in for the forge's license API: a file whose name names no license is identified
 * from its text (license-text.ts), as the forge does. `paths` may be relative to a folder below the
 * root (`--subpath`): `prefix` is that folder (`packages/a/`), prepended to read and report the file.
 */
export function collectLicense(
  paths: readonly string[],
  readText?: (path: string) => string | undefined,
  prefix = '',
): LicenseFacts {
  const dirs = new Map<string, boolean>();
  let tried = 0;
  for (const p of paths) {
    if (!isCandidate(p, dirs)) continue;
    if (++tried > MAX_CANDIDATES) break;
    const hit = licenseFileName(p);
    if (hit === undefined) continue;
    const id = hit.spdxId !== '' ? hit.spdxId : identifyText(prefix + p, readText);
    const name = APPROVED_CI.get(id.toUpperCase()) ?? '';
    return {
      files: [
        {
          path: prefix + hit.path,
          spdxId: id === '' ? 'NOASSERTION' : id,
          name: id === '' ? 'Other' : name,
          approved: name !== '' && id !== '',
        },
      ],
    };
  }
  return { files: [] };
}

function identifyText(path: string, readText: ((path: string) => string | undefined) | undefined): string {
  const text = readText?.(path);
  return text === undefined ? '' : (identifyLicenseText(text) ?? '');
}

type Groups = Record<string, string>;

/**
 * Cheap filter before the pattern: a top-level name whose license word is reachable from its
 * start, or a file in a top-level folder named like a license (decided once per folder).
 */
function isCandidate(path: string, dirs: Map<string, boolean>): boolean {
  const segs = path.split('/');
  if (segs.length > 2 || segs.some((x) => x.length > MAX_SEGMENT)) return false;
  if (segs.length === 1) return LICENSE_WORD_RE.test(PREFIX_CHARS_RE.exec(path)![0]);
  const dir = segs[0]!;
  let ok = dirs.get(dir);
  if (ok === undefined) {
    ok = LICENSE_WORD_RE.test(dir) && LICENSE_DIR_RE.test(dir);
    dirs.set(dir, ok);
  }
  return ok;
}

/** Scorecard's checkLicense: the license path and SPDX id a file name suggests, or undefined. */
export function licenseFileName(name: string): { path: string; spdxId: string } | undefined {
  if (name.length > 2 * MAX_SEGMENT + 1) return undefined;
  const m = LICENSE_RE.exec(name);
  if (!m) return undefined;
  const g: Groups = {};
  for (const [k, v] of Object.entries(m.groups ?? {})) g[k] = v ?? '';
  const detected = g.detectedFile!;
  if (name === detected) return { path: detected, spdxId: '' };
  let spdx = spdxIdOf(g);
  let ext = extOf(name, detected);
  [spdx, ext] = reconcile(g, spdx, ext);
  const path = licensePath(g, name, spdx, ext);
  return path === '' ? undefined : { path, spdxId: spdx };
}

function spdxIdOf(g: Groups): string {
  const id = g.preSpdx || g.sufSpdx || '';
  return id.toUpperCase() === 'UN' ? 'UNLICENSE' : id;
}

/** Go's filepath.Ext, dropped when it overlaps the detected name. */
function extOf(name: string, detected: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const ext = dot < 0 ? '' : base.slice(dot);
  return ext !== '' && ext.includes(detected) ? '' : ext;
}

function extensionOk(ext: string): boolean {
  return ext === '' || LICENSE_EXT_RE.test(ext);
}

function reconcile(g: Groups, spdxIn: string, extIn: string): [string, string] {
  let spdx = spdxIn;
  let ext = extIn;
  if (spdx === '') return [spdx, ext];
  if (ext !== '' && ext.includes(spdx)) spdx = '';
  if (ext !== '' && spdx !== '' && spdx.includes(ext)) {
    if (!extensionOk(ext) && /\.[0-9]/.test(spdx)) ext = '';
    else spdx = spdx.split(ext).join('');
  } else if (ext !== '' && spdx !== '' && ext !== spdx) {
    if (ext !== g.ext) spdx += g.ext;
  }
  return [spdx, ext];
}

function licensePath(g: Groups, name: string, spdx: string, ext: string): string {
  const lp = g.lp!;
  if (lp !== name) {
    const folder = g.suf === '/' ? `${g.detectedFile}/` : '';
    if (folder === '' && spdx === '') return '';
    return lp + ext === name ? lp + ext : '';
  }
  return extensionOk(ext) ? lp : '';
}
