import type { Finding } from '../../core/model/posture.js';
import { finding, type ProbeDef } from '../probe.js';
import type { BinaryFile } from '../raw/binary-artifacts.js';

/** One `true` finding per binary file, or one `false` finding when there is none. */
export function binaryFindings(def: ProbeDef, files: readonly BinaryFile[], none: string): Finding[] {
  if (files.length === 0) return [finding(def, 'false', none)];
  return files.map((f) =>
    finding(def, 'true', 'binary artifact detected', { path: f.path }, { type: f.type, detectedBy: f.by }),
  );
}
