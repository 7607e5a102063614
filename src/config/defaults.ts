import { CONFIG_VERSION, DEFAULT_MAX_AGE_HOURS } from './constants.js';
import type { LoadedProjectConfig } from './load.js';
import type { ProjectConfig } from './schema.js';

/** The config used when the project has no config file. */
export function defaultProjectConfig(): ProjectConfig {
  return {
    version: CONFIG_VERSION,
    ignore: [],
    vulnerabilities: { maxAgeHours: DEFAULT_MAX_AGE_HOURS, goStdlib: false },
  };
}

/** What a scan uses when the project has no config file (no parser loaded). */
export function noProjectConfig(): LoadedProjectConfig {
  return {
    config: defaultProjectConfig(),
    path: undefined,
    displayPath: undefined,
    ignores: [],
    attestations: [],
    suppressions: [],
  };
}
