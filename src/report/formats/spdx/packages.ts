/** SPDX 2.3 package elements for Sterling's packages and first-party projects. */
import type { Package, PackageSource, Project } from '../../../core/model/package.js';
import { parsePurl, sourceUrlBesidePurl } from '../../../core/purl/purl.js';
import { vcsUrl } from '../../../core/purl/vcs-url.js';
import { factsComment, type SterlingFacts } from '../../../ecosystems/sbom/facts.js';
import { plainPurlEcosystem, purlIdentity } from '../../../ecosystems/sbom/purl-ecosystem.js';
import { publishedPurl, publishedVersion } from '../../sbom/graph.js';
import { type DigestAlgorithm, integrityDigests } from '../../sbom/integrity.js';

export const NOASSERTION = 'NOASSERTION';

export interface SpdxPackage {
  SPDXID: string;
  name: string;
  versionInfo?: string;
  downloadLocation: string;
  filesAnalyzed: false;
  checksums?: { algorithm: string; checksumValue: string }[];
  licenseConcluded: string;
  licenseDeclared: string;
  copyrightText: string;
  comment?: string;
  annotations?: SpdxAnnotation[];
  externalRefs?: { referenceCategory: string; referenceType: string; referenceLocator: string }[];
  primaryPackagePurpose: 'APPLICATION' | 'LIBRARY';
}

export interface SpdxAnnotation {
  annotationDate: string;
  annotationType: 'OTHER';
  annotator: string;
  comment: string;
}

/** Date and annotator of the annotations (the document's creation time and tool). */
export interface Annotator {
  date: string;
  tool: string;
}

const SPDX_ALGORITHM: Record<DigestAlgorithm, string> = {
  'SHA-1': 'SHA1',
  'SHA-256': 'SHA256',
  'SHA-384': 'SHA384',
  'SHA-512': 'SHA512',
};

/** SPDX download location (§7.7): a git source's VCS URL (`git+https://...@<commit>`), a tarball's URL. */
export function downloadLocation(source: PackageSource): string {
  if (source.kind === 'git') return vcsUrl(source) ?? NOASSERTION;
  if (source.kind === 'tarball' && source.url && /^https?:\/\/\S+$/.test(source.url)) return source.url;
  return NOASSERTION;
}

function purlRefs(purl: string | undefined): SpdxPackage['externalRefs'] {
  if (!purl) return undefined;
  return [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl }];
}

/** The OSV ecosystem the reader takes from a purl, or undefined. */
function purlEcosystem(purl: string): string | undefined {
  const plain = plainPurlEcosystem(purl);
  if (plain) return plain;
  try {
    return purlIdentity(parsePurl(purl))?.ecosystem;
  } catch {
    return undefined;
  }
}

/** What a reader could not tell from the purl: the ecosystem, a non-registry source and its URL. */
function packageFacts(pkg: Package, purl: string | undefined): SterlingFacts {
  const facts: SterlingFacts = {};
  if (!purl || purlEcosystem(purl) !== pkg.ecosystem) facts.ecosystem = pkg.ecosystem;
  if (pkg.source.kind !== 'registry') {
    facts.source = pkg.source.kind;
    const url = sourceUrlBesidePurl(pkg.source);
    if (url) facts.sourceUrl = url;
  }
  return facts;
}

function annotations(facts: SterlingFacts, by: Annotator): SpdxAnnotation[] | undefined {
  if (Object.keys(facts).length === 0) return undefined;
  return [
    { annotationDate: by.date, annotationType: 'OTHER', annotator: by.tool, comment: factsComment(facts) },
  ];
}

export function packageElement(pkg: Package, spdxId: string, by: Annotator): SpdxPackage {
  const purl = publishedPurl(pkg);
  const checksums = integrityDigests(pkg.source.integrity).map((d) => ({
    algorithm: SPDX_ALGORITHM[d.algorithm],
    checksumValue: d.hex,
  }));
  return {
    SPDXID: spdxId,
    name: pkg.name,
    versionInfo: publishedVersion(pkg),
    downloadLocation: downloadLocation(pkg.source),
    filesAnalyzed: false,
    checksums: checksums.length > 0 ? checksums : undefined,
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    comment:
      pkg.resolution === 'unresolved'
        ? `Version not resolved (no lockfile); declared range: ${pkg.version}`
        : undefined,
    annotations: annotations(packageFacts(pkg, purl), by),
    externalRefs: purlRefs(purl),
    primaryPackagePurpose: 'LIBRARY',
  };
}

/** A first-party project; the synthetic root (no project) is named after the target. */
export function projectElement(
  project: Project | undefined,
  spdxId: string,
  name: string,
  library: boolean,
  by: Annotator,
): SpdxPackage {
  return {
    SPDXID: spdxId,
    name: project?.name || name,
    versionInfo: project?.version || undefined,
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    comment: project ? `First-party project at ${project.path} (${project.location.path})` : undefined,
    annotations: project ? annotations({ ecosystem: project.ecosystem }, by) : undefined,
    primaryPackagePurpose: library ? 'LIBRARY' : 'APPLICATION',
  };
}
