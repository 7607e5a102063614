/**
 * os/apk-installed: Alpine's package database `lib/apk/db/installed` in a root filesystem. Blank lines
 * separate packages; each line is `X:value` with a one-letter key (P name, V version, A arch, o origin,
 * C checksum, D dependencies, p provides). OSV's Alpine records name the origin (source) package, so
 * that is each package's `name`; the id and purl keep the installed package. The release
 * (`Alpine:v3.20`) comes from the filesystem's `etc/os-release`.
 */
import { Buffer } from 'node:buffer';
import type { Package } from '../../../core/model/package.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { makePackage, packageId, packagePurl } from '../../shared/package.js';
import { apkEcosystem, distroQualifier, purlNamespace, readOsRelease } from '../os-release.js';

const DB = 'lib/apk/db/installed';
const NAME = /^[A-Za-z0-9][A-Za-z0-9+._-]{0,199}$/;
const VERSION = /^[0-9][A-Za-z0-9._~+-]{0,199}$/;
const ARCH = /^[a-z0-9_-]{1,64}$/;
/** Longest value kept from a line. */
const MAX_VALUE = 4096;

/** The root of the filesystem the database belongs to (`''` or ending in `/`), or undefined. */
export function apkRoot(path: string): string | undefined {
  if (path === DB || path.endsWith(`/${DB}`)) return path.slice(0, path.length - DB.length);
  return undefined;
}

interface Entry {
  line: number;
  fields: Map<string, string>;
}

function parseEntries(text: string): Entry[] {
  const out: Entry[] = [];
  let current: Entry | undefined;
  let lineNo = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    if (line.length < 2 || line[1] !== ':') continue;
    if (!current) {
      current = { line: lineNo, fields: new Map() };
      out.push(current);
    }
    const key = line[0]!;
    // Only the package-level keys are kept: the first of each (file lines R/Z/a/M repeat).
    if ('PVAoCDpc'.includes(key) && !current.fields.has(key))
      current.fields.set(key, line.slice(2, 2 + MAX_VALUE));
  }
  return out;
}

/** `Q1<base64 SHA-1>` -> `sha1-<base64>` (Subresource Integrity form); undefined for anything else. */
export function apkIntegrity(checksum: string | undefined): string | undefined {
  if (!checksum?.startsWith('Q1')) return undefined;
  const b64 = checksum.slice(2);
  if (!/^[A-Za-z0-9+/]{27}=$/.test(b64) || Buffer.from(b64, 'base64').length !== 20) return undefined;
  return `sha1-${b64}`;
}

/** Names in a `D:` or `p:` value, without versions; conflicts (`!x`) left out. */
function names(value: string | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const token of value.split(' ')) {
    if (token === '' || token.startsWith('!')) continue;
    const cut = token.search(/[<>=~]/);
    out.push(cut < 0 ? token : token.slice(0, cut));
  }
  return out;
}

export function extractApkInstalled(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const sink = new DiagnosticSink(file.path);
  const root = apkRoot(file.path) ?? '';
  const os = readOsRelease(ctx, root);
  let eco = os ? apkEcosystem(os) : undefined;
  if (!eco) {
    eco = 'Alpine';
    sink.warn(
      'unknown-release',
      os
        ? `${os.path} names ${quote(os.id)} ${quote(os.versionId)}, not an Alpine release; OSV's Alpine records need one (Alpine:v3.20), so these packages may not be matched`
        : `no ${root}etc/os-release beside the apk database, so the Alpine release is unknown; OSV's Alpine records need one (Alpine:v3.20), so these packages may not be matched`,
    );
  }
  const ns = purlNamespace(os, 'alpine');
  const distro = distroQualifier(os);
  const parsed: { pkg: Package; depends: string[] }[] = [];
  const provider = new Map<string, string>();
  for (const e of parseEntries(file.text)) {
    const name = e.fields.get('P');
    const version = e.fields.get('V');
    if (!name || !NAME.test(name)) {
      sink.warn(
        'invalid-entry',
        `package name ${quote(name ?? '')} is missing or not valid; entry skipped`,
        e.line,
      );
      continue;
    }
    if (!version || !VERSION.test(version)) {
      sink.warn(
        'invalid-entry',
        `${quote(name)}: version ${quote(version ?? '')} is missing or not valid; entry skipped`,
        e.line,
      );
      continue;
    }
    let origin = e.fields.get('o') ?? name;
    if (!NAME.test(origin)) {
      sink.warn(
        'invalid-origin',
        `${quote(name)}: origin ${quote(origin)} is not valid; the package name is used`,
        e.line,
      );
      origin = name;
    }
    const qualifiers: Record<string, string> = {};
    const arch = e.fields.get('A');
    if (arch && ARCH.test(arch)) qualifiers.arch = arch;
    if (distro) qualifiers.distro = distro;
    if (origin !== name) qualifiers.upstream = origin;
    const integrity = apkIntegrity(e.fields.get('C'));
    const pkg = makePackage({
      ecosystem: eco,
      name: origin,
      version,
      purlType: 'apk',
      source: integrity ? { kind: 'registry', integrity } : { kind: 'registry' },
      location: { path: file.path, line: e.line },
    });
    pkg.id = packageId(eco, name, version);
    const purl = packagePurl({
      ecosystem: eco,
      name,
      version,
      purlType: 'apk',
      purlNamespace: ns,
      qualifiers,
    });
    if (purl) pkg.purl = purl;
    else delete pkg.purl;
    for (const p of [name, ...names(e.fields.get('p'))]) if (!provider.has(p)) provider.set(p, pkg.id);
    parsed.push({ pkg, depends: names(e.fields.get('D')) });
  }
  for (const { pkg, depends } of parsed) {
    const deps = new Set<string>();
    for (const d of depends) {
      const id = provider.get(d);
      if (id && id !== pkg.id) deps.add(id);
    }
    pkg.dependencies = [...deps].sort();
  }
  return { packages: parsed.map((p) => p.pkg), projects: [], diagnostics: sink.finish() };
}

export const apkInstalledExtractor: Extractor = {
  id: 'os/apk-installed',
  description:
    'Reads the apk database of an Alpine root filesystem (lib/apk/db/installed): installed packages by origin (source) package for OSV, installed package in the purl, dependency graph, release from etc/os-release.',
  ecosystem: 'Alpine',
  files: [DB],
  requirements: { network: false },
  matches: (path) => apkRoot(path) !== undefined,
  extract: extractApkInstalled,
};
