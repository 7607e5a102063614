/**
 * os/dpkg-status: the dpkg database of a Debian or Ubuntu root filesystem (an extracted container image
 * or a chroot): `var/lib/dpkg/status`, and `var/lib/dpkg/status.d/*` where distroless images keep one
 * file per package. Only packages whose Status is `install ok installed` are reported. OSV's Debian
 * and Ubuntu records name source packages, so each package's `name` and `version` are its source
 * package's (from `Source:`), while the id and purl name the installed binary package. The release
 * (`Debian:12`, `Ubuntu:22.04:LTS`) comes from the filesystem's `etc/os-release`.
 */
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
import { distroQualifier, dpkgEcosystem, purlNamespace, readOsRelease } from '../os-release.js';
import { parseStanzas, type Stanza } from './stanzas.js';

const STATUS = 'var/lib/dpkg/status';
const STATUS_D = 'var/lib/dpkg/status.d/';

/** Debian policy: package names are lower-case letters, digits, `+ - .`, at least two characters. */
const NAME = /^[a-z0-9][a-z0-9+.-]{1,199}$/;
/** Debian policy: [epoch:]upstream[-revision] from letters, digits and `. + ~ - :`. */
const VERSION = /^(\d{1,9}:)?[A-Za-z0-9][A-Za-z0-9.+~:-]{0,199}$/;
const ARCH = /^[a-z0-9-]{1,64}$/;

/** Where the database sits in `path`: the root of its filesystem (`''` or ending in `/`), or undefined. */
export function dpkgRoot(path: string): string | undefined {
  if (path === STATUS || path.endsWith(`/${STATUS}`)) return path.slice(0, path.length - STATUS.length);
  const at = path === '' ? -1 : path.lastIndexOf(STATUS_D);
  if (at < 0 || (at > 0 && path[at - 1] !== '/')) return undefined;
  const file = path.slice(at + STATUS_D.length);
  if (file === '' || file.includes('/') || file.endsWith('.md5sums') || file.startsWith('.'))
    return undefined;
  return path.slice(0, at);
}

/** `openssl (3.0.11-1)` -> name and version; `openssl` -> name only. */
function parseSource(value: string): { name: string; version?: string } {
  const open = value.indexOf('(');
  if (open < 0) return { name: value.trim() };
  const close = value.indexOf(')', open);
  return {
    name: value.slice(0, open).trim(),
    version: value.slice(open + 1, close < 0 ? undefined : close).trim(),
  };
}

/** Binary names a `Depends:` / `Pre-Depends:` value lists (first alternative of each, no versions, no arch). */
function dependsNames(value: string | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const part of value.split(',')) {
    const alt = part.split('|')[0] ?? '';
    const name = alt.trim().split(/[\s(:]/, 1)[0] ?? '';
    if (name) out.push(name);
  }
  return out;
}

interface Parsed {
  pkg: Package;
  binary: string;
  depends: string[];
}

function readStanza(
  s: Stanza,
  path: string,
  eco: string,
  ns: string,
  distro: string | undefined,
  sink: DiagnosticSink,
): Parsed | undefined {
  const binary = s.fields.get('Package');
  for (const line of s.junk.slice(0, 1))
    sink.warn('invalid-line', 'a line that is neither a field nor a continuation; ignored', line);
  if (!binary) {
    sink.warn('invalid-entry', 'a stanza without a Package field; skipped', s.line);
    return undefined;
  }
  if (!NAME.test(binary)) {
    sink.warn(
      'invalid-entry',
      `package name ${quote(binary)} is not a valid Debian package name; skipped`,
      s.line,
    );
    return undefined;
  }
  const status = s.fields.get('Status');
  if (status !== undefined && status !== 'install ok installed') {
    sink.info(
      'not-installed',
      `${quote(binary)} has Status ${quote(status)}, not "install ok installed"; not reported`,
      s.line,
    );
    return undefined;
  }
  const version = s.fields.get('Version');
  if (!version || !VERSION.test(version)) {
    sink.warn(
      'invalid-entry',
      `${quote(binary)}: version ${quote(version ?? '')} is missing or not a Debian version; skipped`,
      s.line,
    );
    return undefined;
  }
  const src = parseSource(s.fields.get('Source') ?? binary);
  let source = src.name;
  let sourceVersion = src.version ?? version;
  if (!NAME.test(source) || !VERSION.test(sourceVersion)) {
    sink.warn(
      'invalid-source',
      `${quote(binary)}: Source ${quote(s.fields.get('Source') ?? '')} is not valid; the binary package is used`,
      s.line,
    );
    source = binary;
    sourceVersion = version;
  }
  const arch = s.fields.get('Architecture');
  const qualifiers: Record<string, string> = {};
  if (arch && ARCH.test(arch)) qualifiers.arch = arch;
  if (distro) qualifiers.distro = distro;
  if (source !== binary || sourceVersion !== version) {
    qualifiers.upstream = sourceVersion === version ? source : `${source}@${sourceVersion}`;
  }
  const pkg = makePackage({
    ecosystem: eco,
    name: source,
    version: sourceVersion,
    purlType: 'deb',
    location: { path, line: s.line },
  });
  pkg.id = packageId(eco, binary, version);
  const purl = packagePurl({
    ecosystem: eco,
    name: binary,
    version,
    purlType: 'deb',
    purlNamespace: ns,
    qualifiers,
  });
  if (purl) pkg.purl = purl;
  else delete pkg.purl;
  return {
    pkg,
    binary,
    depends: [...dependsNames(s.fields.get('Pre-Depends')), ...dependsNames(s.fields.get('Depends'))],
  };
}

export function extractDpkgStatus(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const sink = new DiagnosticSink(file.path);
  const root = dpkgRoot(file.path) ?? '';
  const os = readOsRelease(ctx, root);
  let eco = os ? dpkgEcosystem(os) : undefined;
  if (!eco) {
    eco = os?.id === 'ubuntu' ? 'Ubuntu' : 'Debian';
    sink.warn(
      'unknown-release',
      os
        ? `${os.path} names ${quote(os.id)} ${quote(os.versionId)}, not a Debian or Ubuntu release OSV knows; packages are matched against all ${eco} releases`
        : `no ${root}etc/os-release beside the dpkg database, so the release is unknown; packages are matched against all ${eco} releases`,
    );
  }
  const ns = purlNamespace(os, 'debian');
  const distro = distroQualifier(os);
  const parsed: Parsed[] = [];
  for (const s of parseStanzas(file.text)) {
    const p = readStanza(s, file.path, eco, ns, distro, sink);
    if (p) parsed.push(p);
  }
  const byBinary = new Map<string, string>();
  for (const p of parsed) if (!byBinary.has(p.binary)) byBinary.set(p.binary, p.pkg.id);
  for (const p of parsed) {
    const deps = new Set<string>();
    for (const d of p.depends) {
      const id = byBinary.get(d);
      if (id && id !== p.pkg.id) deps.add(id);
    }
    p.pkg.dependencies = [...deps].sort();
  }
  return { packages: parsed.map((p) => p.pkg), projects: [], diagnostics: sink.finish() };
}

export const dpkgStatusExtractor: Extractor = {
  id: 'os/dpkg-status',
  description:
    'Reads the dpkg database of a Debian/Ubuntu root filesystem (var/lib/dpkg/status, distroless status.d/): installed packages by source package for OSV, binary package in the purl, release from etc/os-release.',
  ecosystem: 'Debian, Ubuntu',
  files: [STATUS, `${STATUS_D}*`],
  requirements: { network: false },
  matches: (path) => dpkgRoot(path) !== undefined,
  extract: extractDpkgStatus,
};
