import type { Probe } from '../../probe.js';
import { releaseProbe } from '../release-assets.js';
import { def } from './def.js';

export const PROVENANCE_EXTENSIONS = ['.intoto.jsonl'];

export const releasesHaveProvenance: Probe = releaseProbe(
  def,
  PROVENANCE_EXTENSIONS,
  (asset) => `provenance for release artifact: ${asset}`,
  (tag) => `release artifact ${tag} does not have provenance`,
);
