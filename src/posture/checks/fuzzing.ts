import type { Check } from '../check.js';

/** Scorecard v5 checks/evaluation/fuzzing.go: any fuzzer scores 10. */
export const fuzzingCheck: Check = {
  name: 'Fuzzing',
  risk: 'Medium',
  short: 'Determines if the project uses fuzzing.',
  evidence: 'local-files',
  probes: ['fuzzed'],
  evaluate: (findings) =>
    findings.some((f) => f.outcome === 'true')
      ? { score: 10, reason: 'project is fuzzed' }
      : { score: 0, reason: 'project is not fuzzed' },
};
