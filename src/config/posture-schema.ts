/**
 * The `posture` section of sterling.yaml: suppressions, Sterling's form of Scorecard's maintainer
 * annotations (https://github.com/ossf/scorecard/blob/main/config/README.md). Check names and probe
 * ids are checked against the registries, with a "did you mean" when one looks like a typo.
 */
import { z } from 'zod';
import { ANNOTATION_REASONS } from '../core/model/posture.js';
import { quote } from '../core/util/quote.js';
import { CHECKS } from '../posture/checks/registry.js';
import { pathPattern } from '../workspace/path-filter.js';
import { closestKey } from './suggest.js';
import { hasText, isPlainToken } from './text-rules.js';

const MAX_NAME = 100;
const MAX_PATH = 500;
const MAX_NOTE = 2000;
const MAX_SUPPRESS = 1000;

const CHECK_NAMES = CHECKS.map((c) => c.name);
const PROBE_IDS = [...new Set(CHECKS.flatMap((c) => c.probes))].sort();

/** The registered check named `name`, ignoring case as Scorecard does. */
export function checkNamed(name: string): (typeof CHECKS)[number] | undefined {
  const lower = name.toLowerCase();
  return CHECKS.find((c) => c.name.toLowerCase() === lower);
}

/** A check name or probe id: one the registry knows, else an error with the closest known one. */
function registered(what: string, known: readonly string[], isKnown: (name: string) => boolean) {
  return z
    .string()
    .min(1)
    .max(MAX_NAME)
    .refine(isKnown, {
      error: (issue) => {
        const name = String(issue.input);
        const suggestion = closestKey(name, known);
        return `unknown ${what} ${quote(name)}${suggestion ? `; did you mean ${quote(suggestion)}?` : ''} (see docs/posture.md)`;
      },
    });
}

const checkName = registered('check', CHECK_NAMES, (name) => checkNamed(name) !== undefined).describe(
  'Scorecard check name, e.g. `Binary-Artifacts` (any case, as in scorecard.yml).',
);

const probeId = registered('probe', PROBE_IDS, (id) => PROBE_IDS.includes(id)).describe(
  'Probe id, e.g. `pinsDependencies` (docs/posture.md lists them).',
);

const pathText = z
  .string()
  .min(1)
  .max(MAX_PATH)
  .refine(isPlainToken, 'a path pattern has no spaces or control characters')
  .refine((text) => pathPattern(text) !== undefined, 'a path pattern must name something below the root')
  .describe(
    'Only findings located under this path: a name matches at any depth (`fixtures`), a pattern with `/` from the root (`test/data`, `**/testdata/**`); wildcards `*`, `?`, `**`, as `--exclude`.',
  );

const suppressEntry = z
  .strictObject({
    check: checkName.optional(),
    probe: probeId.optional(),
    path: pathText.optional(),
    reason: z
      .enum(ANNOTATION_REASONS)
      .describe(
        "Scorecard's annotation reason: only test or example data, already remediated, does not apply, met in a way Scorecard does not support, or met but not detected.",
      ),
    note: z
      .string()
      .min(1)
      .max(MAX_NOTE)
      .refine(hasText, 'a note is required: say in your own words why this does not apply')
      .describe('Why (required): shown with the check and the suppressed findings in every report.'),
    until: z.iso
      .date('`until` must be a real calendar date written YYYY-MM-DD')
      .optional()
      .describe(
        'Last day the suppression applies (YYYY-MM-DD, UTC). From the next day on it is ignored, with a warning.',
      ),
  })
  .refine((e) => e.check !== undefined || e.probe !== undefined || e.path !== undefined, {
    error: 'a suppression names a `check`, a `probe` or a `path` (or several of them)',
  })
  .superRefine((e, ctx) => {
    if (e.check === undefined || e.probe === undefined) return;
    const check = checkNamed(e.check);
    if (check && !check.probes.includes(e.probe)) {
      ctx.addIssue({
        code: 'custom',
        path: ['probe'],
        message: `probe ${quote(e.probe)} is not one of ${check.name}'s probes (${check.probes.join(', ')})`,
      });
    }
  })
  .describe(
    'One suppression. `check` alone annotates the check; with `probe` and/or `path` it suppresses the matching findings to act on.',
  );

export const POSTURE_CONFIG = z
  .strictObject({
    suppress: z
      .array(suppressEntry)
      .max(MAX_SUPPRESS)
      .default([])
      .describe(
        "Checks, probes or paths a maintainer marks as not to act on, with a reason. As with Scorecard's annotations, scores never change: the suppression is shown beside the result.",
      ),
  })
  .describe('Settings of the posture checks.');

export type PostureSuppressRule = z.infer<typeof suppressEntry>;

/** A `posture.suppress` entry with where it was written. */
export interface PostureSuppressEntry extends PostureSuppressRule {
  source: string;
  line?: number;
}
