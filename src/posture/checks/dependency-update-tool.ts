import type { Check } from '../check.js';

/** Scorecard v5 checks/evaluation/dependency_update_tool.go: any configured tool scores 10. */
export const dependencyUpdateToolCheck: Check = {
  name: 'Dependency-Update-Tool',
  risk: 'High',
  short: 'Determines if the project uses a dependency update tool.',
  evidence: 'local-files',
  probes: ['dependencyUpdateToolConfigured'],
  evaluate: (findings) =>
    findings.some((f) => f.outcome === 'true')
      ? { score: 10, reason: 'update tool detected' }
      : { score: 0, reason: 'no update tool detected' },
};
