/**
 * Signed-Releases' shared walk (Scorecard's releasesAreSigned / releasesHaveProvenance): the 5 most
 * recent releases, those without assets skipped (they still count toward the 5); one `true` finding
 * for the first asset with a matching suffix, else one `false` finding per release.
 */
import type { Finding } from '../../core/model/posture.js';
import type { Release } from '../../forge/index.js';
import { finding, type Probe, type ProbeDef } from '../probe.js';
import { forgeProbe } from './forge.js';

export const RELEASE_LOOKBACK = 5;

export function releaseFindings(
  def: ProbeDef,
  releases: readonly Release[],
  suffixes: readonly string[],
  yes: (asset: string) => string,
  no: (tag: string) => string,
): Finding[] {
  const out: Finding[] = [];
  for (const release of releases.slice(0, RELEASE_LOOKBACK)) {
    if (release.assets.length === 0) continue;
    const asset = release.assets.find((a) => suffixes.some((s) => a.name.endsWith(s)));
    if (asset)
      out.push(
        finding(def, 'true', yes(asset.name), undefined, {
          releaseName: release.tagName,
          assetName: asset.name,
        }),
      );
    else out.push(finding(def, 'false', no(release.tagName), undefined, { releaseName: release.tagName }));
  }
  if (out.length === 0) out.push(finding(def, 'not-applicable', 'no GitHub/GitLab releases found'));
  return out;
}

/** A Signed-Releases probe over the release list: which asset suffixes count, and its messages. */
export function releaseProbe(
  def: ProbeDef,
  suffixes: readonly string[],
  yes: (asset: string) => string,
  no: (tag: string) => string,
): Probe {
  return forgeProbe(
    def,
    (raw) => raw.forge.releases,
    (releases) => releaseFindings(def, releases, suffixes, yes, no),
  );
}
