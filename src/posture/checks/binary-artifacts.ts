import type { Check } from '../check.js';
import { detailLine } from '../check.js';

/** Scorecard v5 checks/evaluation/binary_artifacts.go: 10 less one per unverified binary, at least 0. */
export const binaryArtifactsCheck: Check = {
  name: 'Binary-Artifacts',
  risk: 'High',
  short: 'Determines if the project has generated executable (binary) artifacts in the source repository.',
  evidence: 'local-files',
  probes: ['hasUnverifiedBinaryArtifacts'],
  evaluate(findings) {
    const binaries = findings.filter((f) => f.outcome === 'true').length;
    if (binaries === 0) return { score: 10, reason: 'no binaries found in the repo' };
    return { score: Math.max(10 - binaries, 0), reason: 'binaries present in source code' };
  },
  details: (findings) =>
    findings
      .filter((f) => f.outcome === 'true')
      .map((f) => detailLine('Warn', { ...f, message: 'binary detected' })),
};
