/**
 * Config constants with no dependencies, so that the CLI can offer them (flag choices, defaults,
 * where to look) without loading the schema and YAML parsers.
 */

/** File names looked up at the scanned root, in this order; at most one may exist. */
export const CONFIG_FILE_NAMES = ['sterling.yaml', '.sterling.yaml', 'sterling.yml'] as const;

/** The config version this Sterling reads. */
export const CONFIG_VERSION = 1;

/** Thresholds accepted by `vulnerabilities.failOn` (and `--fail-on`). */
export const FAIL_ON_LEVELS = ['critical', 'high', 'medium', 'low', 'any'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** Age (hours) above which the vulnerability database counts as stale when the config says nothing. */
export const DEFAULT_MAX_AGE_HOURS = 24;
