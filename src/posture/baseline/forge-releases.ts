/**
 * The Baseline's release facts from the forge's release list: the 5 most recent published releases
 * with assets (Signed-Releases' window). Signed: each has a signature or provenance asset (the suffixes
 * Signed-Releases counts); SBOM: each has an SPDX or CycloneDX asset; versioned: every asset name of
 * the newest one carries its version.
 */
import type { Release } from '../../forge/index.js';
import { RELEASE_LOOKBACK } from '../probes/release-assets.js';
import { SIGNATURE_EXTENSIONS } from '../probes/releasesAreSigned/index.js';
import { PROVENANCE_EXTENSIONS } from '../probes/releasesHaveProvenance/index.js';

/** SBOM file names: SPDX and CycloneDX, JSON/XML/tag-value. */
const SBOM_SUFFIXES = [
  '.spdx',
  '.spdx.json',
  '.spdx.xml',
  '.spdx.yaml',
  '.spdx.yml',
  '.cdx.json',
  '.cdx.xml',
  '.bom.json',
  '.bom.xml',
  'sbom.json',
  'sbom.xml',
  'bom.json',
];

export interface ReleaseAnswers {
  releasesSigned?: boolean;
  releaseSbom?: boolean;
  releaseAssetsVersioned?: boolean;
}

const endsWithAny = (name: string, suffixes: readonly string[]) => {
  const l = name.toLowerCase();
  return suffixes.some((s) => l.endsWith(s));
};

/** `v1.2.3` -> `1.2.3`; `release-2.0` stays (the whole tag must then appear). */
function versionOf(tag: string): string {
  return /^v\d/i.test(tag) ? tag.slice(1) : tag;
}

export function releaseAnswers(releases: readonly Release[]): ReleaseAnswers {
  const recent = releases
    .filter((r) => !r.draft)
    .slice(0, RELEASE_LOOKBACK)
    .filter((r) => r.assets.length > 0);
  // No release with assets: nothing to judge (the requirements stay needs-review).
  if (recent.length === 0) return {};
  const has = (suffixes: readonly string[]) =>
    recent.every((r) => r.assets.some((a) => endsWithAny(a.name, suffixes)));
  const newest = recent[0]!;
  const version = versionOf(newest.tagName);
  return {
    releasesSigned: has([...SIGNATURE_EXTENSIONS, ...PROVENANCE_EXTENSIONS]),
    releaseSbom: has(SBOM_SUFFIXES),
    releaseAssetsVersioned: version.length > 0 && newest.assets.every((a) => a.name.includes(version)),
  };
}
