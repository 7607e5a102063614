/**
 * The project config file (`sterling.yaml`): its zod schema is the single source of truth for
 * validation, the published JSON Schema (schema/sterling-config.schema.json) and docs/configuration.md.
 * Every object is strict: an unknown key is an error, so a typo never silently disables a setting.
 */
import { z } from 'zod';
import { parsePurl } from '../core/purl/purl.js';
import { BASELINE_IDS } from '../posture/baseline/ids.js';
import { CONFIG_VERSION, DEFAULT_MAX_AGE_HOURS, FAIL_ON_LEVELS } from './constants.js';
import { POSTURE_CONFIG } from './posture-schema.js';
import { hasText, isPlainToken } from './text-rules.js';

export {
  CONFIG_FILE_NAMES,
  CONFIG_VERSION,
  DEFAULT_MAX_AGE_HOURS,
  FAIL_ON_LEVELS,
  type FailOn,
} from './constants.js';

const MAX_ID = 200;
const MAX_REASON = 2000;
const MAX_PACKAGE = 2000;
const MAX_IGNORES = 10_000;
const MAX_ATTESTATIONS = 200;

/** A purl that parses, `name@version` with both parts, or a bare name. */
function isPackageRef(text: string): boolean {
  if (text.startsWith('pkg:')) {
    try {
      parsePurl(text);
      return true;
    } catch {
      return false;
    }
  }
  const at = text.lastIndexOf('@');
  return at <= 0 || (at < text.length - 1 && text.slice(0, at) !== '@');
}

const ignoreEntry = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .max(MAX_ID)
      .refine(isPlainToken, 'an id has no spaces or control characters')
      .describe(
        'Vulnerability id to ignore: any id of the finding (GHSA, CVE, PYSEC, GO, RUSTSEC, ...). CVE and GHSA ids match case-insensitively.',
      ),
    reason: z
      .string()
      .min(1)
      .max(MAX_REASON)
      .refine(hasText, 'a reason is required: say why the finding does not apply or why it can wait')
      .describe('Why the finding is ignored (required). Shown with the suppressed finding in the reports.'),
    until: z.iso
      .date('`until` must be a real calendar date written YYYY-MM-DD')
      .optional()
      .describe(
        'Last day the ignore applies (YYYY-MM-DD, UTC). From the next day on the finding is reported again, with a warning.',
      ),
    package: z
      .string()
      .min(1)
      .max(MAX_PACKAGE)
      .refine(isPlainToken, 'a package reference has no spaces or control characters')
      .refine(
        isPackageRef,
        'write a package name, `name@version`, or a valid purl (`pkg:npm/lodash@4.17.21`)',
      )
      .optional()
      .describe(
        'Limit the ignore to one package: a name (`lodash`, any version), `name@version` (`lodash@4.17.20`) or a purl (`pkg:npm/lodash`, `pkg:npm/lodash@4.17.20`; a purl without version matches every version).',
      ),
  })
  .describe('One ignored vulnerability.');

const vulnerabilities = z
  .strictObject({
    maxAgeHours: z
      .number()
      .int('a whole number of hours, like `--max-db-age`')
      .min(0)
      .max(999_999)
      .default(DEFAULT_MAX_AGE_HOURS)
      .describe(
        'Vulnerability data older than this many hours is stale: the scan updates it first when the network is allowed (0: before every scan). Default for `--max-db-age`; 24 when unset.',
      ),
    failOn: z
      .enum(FAIL_ON_LEVELS)
      .optional()
      .describe(
        'Default for `--fail-on`: exit with the "findings over threshold" code when an open finding is at this severity or above (`any`: any open finding).',
      ),
    failOnTagged: z
      .boolean()
      .optional()
      .describe(
        'Like `--fail-on-tagged`: failOn also counts findings in packages declared only in test, example or fixture folders (by default they are reported, tagged, and not counted).',
      ),
    goStdlib: z
      .boolean()
      .default(false)
      .describe(
        "Match the Go standard library and go command (the `stdlib` / `toolchain` packages from go.mod's `go` / `toolchain` lines) against advisories, like `--go-stdlib`. Off by default: go.mod states the minimum Go version, not the toolchain that builds the binary; only a `toolchain go1.X.Y` line pins a version that can be checked.",
      ),
  })
  .describe('Settings of the known-vulnerability scan.');

const attestation = z
  .strictObject({
    id: z
      .string()
      .max(MAX_ID)
      .refine(
        (id) => BASELINE_IDS.includes(id),
        'not an active OSPS Baseline v2026.02.19 requirement id (e.g. OSPS-AC-01.01)',
      )
      .describe('The Baseline requirement, e.g. `OSPS-AC-01.01`.'),
    status: z
      .enum(['pass', 'not-applicable'])
      .describe(
        'What the maintainers attest: the requirement is met (`pass`) or does not apply (`not-applicable`).',
      ),
    reason: z
      .string()
      .min(1)
      .max(MAX_REASON)
      .refine(hasText, 'a reason is required: say how the requirement is met, or why it does not apply')
      .describe(
        'How it is met or why it does not apply (required). Shown with the requirement in the reports.',
      ),
  })
  .describe('One requirement Sterling cannot observe, attested by the maintainers.');

const baseline = z
  .strictObject({
    attest: z
      .array(attestation)
      .max(MAX_ATTESTATIONS)
      .default([])
      .describe(
        'Requirements the maintainers attest. Used only where Sterling could not observe the requirement (needs-review); its own evidence wins otherwise.',
      ),
  })
  .describe('Settings of the OSPS Baseline evaluation.');

export const PROJECT_CONFIG = z
  .strictObject({
    version: z
      .literal(CONFIG_VERSION, `this Sterling reads config version ${CONFIG_VERSION}: write \`version: 1\``)
      .describe('Version of the config format. Always 1 for now.'),
    ignore: z
      .array(ignoreEntry)
      .max(MAX_IGNORES)
      .default([])
      .describe('Vulnerabilities to suppress. Suppressed findings stay in the JSON output, marked as such.'),
    vulnerabilities: vulnerabilities.default({ maxAgeHours: DEFAULT_MAX_AGE_HOURS, goStdlib: false }),
    baseline: baseline.optional(),
    posture: POSTURE_CONFIG.optional(),
  })
  .meta({
    $id: 'urn:sterling:schema:config:1',
    title: 'Sterling project config (sterling.yaml)',
    description:
      'Project config read from sterling.yaml (or .sterling.yaml, sterling.yml) at the scanned root, or from --config FILE. Unknown keys are errors. See docs/configuration.md.',
  });

export type ProjectConfig = z.infer<typeof PROJECT_CONFIG>;
export type IgnoreRule = ProjectConfig['ignore'][number];

/** An `ignore` entry with where it was written, as applySuppressions takes it. */
export interface IgnoreEntry extends IgnoreRule {
  /** The config file (relative to the scanned root where possible). */
  source: string;
  /** 1-based line of the entry in the file. */
  line?: number;
}

export type AttestationRule = NonNullable<ProjectConfig['baseline']>['attest'][number];

/** A Baseline attestation with where it was written. */
export interface AttestationEntry extends AttestationRule {
  source: string;
  line?: number;
}

export { defaultProjectConfig } from './defaults.js';
export type { PostureSuppressEntry, PostureSuppressRule } from './posture-schema.js';
