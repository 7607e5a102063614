/** SPDX 2.3 package elements for Sterling's packages and first-party projects. */
import type { Package, PackageSource, Project } from '../../../core/model/package.js';
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
  externalRefs?: { referenceCategory: string; referenceType: string; referenceLocator: string }[];
  primaryPackagePurpose: 'APPLICATION' | 'LIBRARY';
}

const SPDX_ALGORITHM: Record<DigestAlgorithm, string> = {
  'SHA-1': 'SHA1',
  'SHA-256': 'SHA256',
  'SHA-384': 'SHA384',
  'SHA-512': 'SHA512',
};

const GIT_SHORTHAND: Record<string, string> = {
  github: 'https://github.com/',
  gitlab: 'https://gitlab.com/',
  bitbucket: 'https://bitbucket.org/',
};

/**
 * SPDX download location of a git source: `git+<transport>://<host>/<path>[@<commit>]` (SPDX 2.3
 * §7.7). npm's `#<commit>` fragment becomes `@<commit>`, since `#` means a sub-path in SPDX.
 */
export function gitDownloadLocation(source: PackageSource): string {
  if (!source.url) return NOASSERTION;
  const hash = source.url.indexOf('#');
  let base = hash < 0 ? source.url : source.url.slice(0, hash);
  const commit = source.commit ?? (hash < 0 ? '' : source.url.slice(hash + 1));
  const short = /^(github|gitlab|bitbucket):([\w.-]+\/[\w.-]+)$/.exec(base);
  if (short) base = `git+${GIT_SHORTHAND[short[1]!]}${short[2]}`;
  else if (/^(https?|ssh|file):\/\//.test(base)) base = `git+${base}`;
  else if (!/^(git\+[a-z]+|git):\/\/\S+$/.test(base)) return NOASSERTION;
  return /^[\w.-]+$/.test(commit) ? `${base}@${commit}` : base;
}

export function downloadLocation(source: PackageSource): string {
  if (source.kind === 'git') return gitDownloadLocation(source);
  if (source.kind === 'tarball' && source.url && /^https?:\/\/\S+$/.test(source.url)) return source.url;
  return NOASSERTION;
}

function purlRefs(purl: string | undefined): SpdxPackage['externalRefs'] {
  if (!purl) return undefined;
  return [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl }];
}

export function packageElement(pkg: Package, spdxId: string): SpdxPackage {
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
    externalRefs: purlRefs(publishedPurl(pkg)),
    primaryPackagePurpose: 'LIBRARY',
  };
}

/** A first-party project; the synthetic root (no project) is named after the target. */
export function projectElement(
  project: Project | undefined,
  spdxId: string,
  name: string,
  library: boolean,
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
    primaryPackagePurpose: library ? 'LIBRARY' : 'APPLICATION',
  };
}
