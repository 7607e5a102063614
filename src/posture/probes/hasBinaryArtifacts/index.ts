import type { Probe } from '../../probe.js';
import { binaryFindings } from '../binary-findings.js';
import { def } from './def.js';

export const hasBinaryArtifacts: Probe = {
  ...def,
  run: (raw) =>
    binaryFindings(def, raw.binaryArtifacts().files, 'Repository does not have any binary artifacts.'),
};
