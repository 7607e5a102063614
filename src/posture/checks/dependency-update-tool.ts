import { anyTrue, type Check } from '../check.js';

/** Scorecard v5 checks/evaluation/dependency_update_tool.go: any configured tool scores 10. */
export const dependencyUpdateToolCheck: Check = {
  name: 'Dependency-Update-Tool',
  risk: 'High',
  short: 'Determines if the project uses a dependency update tool.',
  evidence: 'local-files',
  probes: ['dependencyUpdateToolConfigured'],
  evaluate: anyTrue('update tool detected', 'no update tool detected'),
};
