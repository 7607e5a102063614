/**
 * One SBOM component (CycloneDX) or package (SPDX), normalised, -> a Sterling Package. The purl says
 * the ecosystem, name and version; without a usable purl, the name and an ecosystem hint (Sterling's
 * `sterling:ecosystem` property, a CycloneDX group that looks like an npm scope or a Maven group) are
 * used, with a warning; with neither, the entry is skipped with a warning. Never throws.
 */
import type { PackageURL } from 'packageurl-js';
import type { Package, PackageSource, Resolution, Scope } from '../../core/model/package.js';
import type { DiagnosticSink } from '../../core/plugin/diagnostic-sink.js';
import { canonicalPurl, parsePurl as parsePackageUrl } from '../../core/purl/purl.js';
import { parseVcsUrl } from '../../core/purl/vcs-url.js';
import { isUnsafeCodePoint, quote } from '../../core/util/quote.js';
import { makePackage, packageId } from '../shared/package.js';
import { PURL_TYPE_OF, purlIdentity } from './purl-ecosystem.js';

/** Longest purl accepted; real ones are far shorter. */
export const MAX_PURL_LENGTH = 4096;

export interface SbomEntry {
  /** Where the entry starts in the SBOM (1-based), when known. */
  line?: number;
  purl?: string;
  name?: string;
  /** CycloneDX `group`. */
  group?: string;
  version?: string;
  /** OSV ecosystem named by the SBOM itself (Sterling's `sterling:ecosystem` property or annotation). */
  ecosystemHint?: string;
  /** The version is a declared range (Sterling's `sterling:resolution: unresolved`). */
  range?: string;
  /** Non-registry source recorded by Sterling (`sterling:source`, `sterling:source-url`). */
  sourceKind?: string;
  sourceUrl?: string;
  scopes?: Scope[];
  direct?: boolean;
}

const SOURCE_KINDS = new Set(['git', 'tarball', 'file', 'link', 'workspace', 'toolchain']);

/** Name from the group and name: `@scope/name` for npm, `group:artifact` for Maven, else `group/name`. */
function groupedName(ecosystem: string, group: string | undefined, name: string): string {
  if (!group) return name;
  if (ecosystem === 'Maven') return `${group}:${name}`;
  return `${group}/${name}`;
}

/** The ecosystem a purl-less entry's hints point to, or undefined. */
function hintedEcosystem(entry: SbomEntry): string | undefined {
  if (entry.ecosystemHint) return entry.ecosystemHint;
  const g = entry.group ?? '';
  if (g.startsWith('@')) return 'npm';
  if (/^[a-z][\w-]*(\.[\w-]+)+$/i.test(g)) return 'Maven';
  return undefined;
}

/**
 * The source: Sterling's own record of kind and URL when the SBOM has one (exact), the commit from the
 * purl's `vcs_url`; else what the purl's `vcs_url` / `download_url` say.
 */
function sourceOf(entry: SbomEntry, qualifiers: Record<string, string>): PackageSource {
  const vcs = qualifiers.vcs_url ? parseVcsUrl(qualifiers.vcs_url) : undefined;
  if (entry.sourceKind && SOURCE_KINDS.has(entry.sourceKind)) {
    const s: PackageSource = { kind: entry.sourceKind as PackageSource['kind'] };
    const url = entry.sourceUrl ?? vcs?.url ?? qualifiers.download_url;
    if (url) s.url = url;
    if (s.kind === 'git' && vcs?.commit) s.commit = vcs.commit;
    return s;
  }
  if (vcs)
    return vcs.commit ? { kind: 'git', url: vcs.url, commit: vcs.commit } : { kind: 'git', url: vcs.url };
  if (qualifiers.download_url) return { kind: 'tarball', url: qualifiers.download_url };
  return { kind: 'registry' };
}

/** Whitespace or a control character, which no valid purl contains. */
function hasSpaceOrControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || isUnsafeCodePoint(c) || c === 0xa0) return true;
  }
  return false;
}

function parsePurl(text: string, line: number | undefined, sink: DiagnosticSink): PackageURL | undefined {
  if (text.length > MAX_PURL_LENGTH || hasSpaceOrControl(text)) {
    sink.warn('invalid-purl', `purl ${quote(text)} is not a valid package URL; using the name instead`, line);
    return undefined;
  }
  try {
    return parsePackageUrl(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    sink.warn(
      'invalid-purl',
      `purl ${quote(text)} is not a valid package URL (${quote(why, 120)}); using the name instead`,
      line,
    );
    return undefined;
  }
}

/** The Package for an entry, or undefined (with a diagnostic) when it cannot be identified. */
export function entryPackage(entry: SbomEntry, path: string, sink: DiagnosticSink): Package | undefined {
  const line = entry.line;
  const location = line ? { path, line } : { path };
  const purl = entry.purl ? parsePurl(entry.purl, line, sink) : undefined;
  const resolution: Resolution = entry.range !== undefined ? 'unresolved' : 'pinned';
  const common = { location, scopes: entry.scopes ?? [], direct: entry.direct ?? false, resolution };
  if (purl) {
    const who = purlIdentity(purl);
    if (!who && !entry.ecosystemHint) {
      sink.info(
        'unsupported-purl-type',
        `${quote(canonicalPurl(purl))}: purl type ${quote(purl.type)} has no OSV ecosystem Sterling knows; component not scanned`,
        line,
      );
      return undefined;
    }
    const qualifiers = (purl.qualifiers ?? {}) as Record<string, string>;
    const source = sourceOf(entry, qualifiers);
    // Sterling's own `sterling:ecosystem` is exact (e.g. Bioconductor under a cran purl); else the purl's.
    const ecosystem = entry.ecosystemHint ?? who!.ecosystem;
    const own = entry.name ? groupedName(ecosystem, entry.group, entry.name) : undefined;
    const purlName = who?.purlName ?? purl.name;
    let name = who?.hasUpstream ? who.name : purlName;
    if (
      own &&
      (entry.ecosystemHint || (ecosystem === 'npm' && own.toLowerCase() === purlName.toLowerCase()))
    ) {
      name = own; // Sterling's own name is exact; an npm name keeps the case its purl lowered
    }
    const version =
      entry.range ??
      (who?.hasUpstream ? who.version : (entry.version ?? who?.purlVersion ?? purl.version ?? ''));
    const pkg = makePackage({ ecosystem, name, version, purlType: purl.type, source, ...common });
    // OS packages: the id names the binary package (unique), the name the source package (matched).
    if (who?.hasUpstream) pkg.id = packageId(ecosystem, who.purlName, who.purlVersion, source);
    pkg.purl = canonicalPurl(purl);
    return pkg;
  }
  const ecosystem = hintedEcosystem(entry);
  if (!entry.name || !ecosystem) {
    sink.warn(
      'unidentified-component',
      `component ${quote(entry.name ?? '(no name)')} has no purl and no ecosystem hint, so it cannot be matched; skipped`,
      line,
    );
    return undefined;
  }
  const name = groupedName(ecosystem, entry.group, entry.name);
  sink.warn(
    'no-purl',
    `component ${quote(name)} has no usable purl; identified as ${quote(ecosystem)} from the SBOM's hints`,
    line,
  );
  const version = entry.range ?? entry.version ?? '';
  const base = ecosystem.split(':')[0]!;
  const purlType = Object.hasOwn(PURL_TYPE_OF, base) ? PURL_TYPE_OF[base]! : 'generic';
  let purlNamespace: string | undefined;
  let purlName: string | undefined;
  const sep = purlType === 'maven' ? name.lastIndexOf(':') : name.lastIndexOf('/');
  if (sep > 0) {
    purlNamespace = name.slice(0, sep);
    purlName = name.slice(sep + 1);
  }
  return makePackage({
    ecosystem,
    name,
    version,
    purlType,
    purlNamespace,
    purlName,
    source: sourceOf(entry, {}),
    ...common,
  });
}
