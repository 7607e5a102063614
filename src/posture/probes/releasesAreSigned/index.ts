import type { Probe } from '../../probe.js';
import { releaseProbe } from '../release-assets.js';
import { def } from './def.js';

export const SIGNATURE_EXTENSIONS = ['.asc', '.minisig', '.sig', '.sign', '.sigstore', '.sigstore.json'];

export const releasesAreSigned: Probe = releaseProbe(
  def,
  SIGNATURE_EXTENSIONS,
  (asset) => `signed release artifact: ${asset}`,
  (tag) => `release artifact ${tag} not signed`,
);
