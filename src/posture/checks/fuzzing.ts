import { anyTrue, type Check } from '../check.js';

/** Scorecard v5 checks/evaluation/fuzzing.go: any fuzzer scores 10. */
export const fuzzingCheck: Check = {
  name: 'Fuzzing',
  risk: 'Medium',
  short: 'Determines if the project uses fuzzing.',
  evidence: 'local-files',
  probes: ['fuzzed'],
  evaluate: anyTrue('project is fuzzed', 'project is not fuzzed'),
};
