/**
 * The Security Insights v2 schema (ossf/security-insights-spec, schema.cue) as zod. The spec's
 * definitions are closed; Sterling builds the schema twice: strict, to name unknown keys (reported
 * as warnings, so a file written for a later 2.x minor still counts), and stripping, to keep the
 * known part. Strings and lists are bounded; URL, e-mail and version checks use no backtracking
 * regular expression on unbounded text.
 */
import { z } from 'zod';

const MAX_TEXT = 10_000;
const MAX_LIST = 1_000;
const MAX_EMAIL = 320;

function isUrl(s: string): boolean {
  if (!(s.startsWith('https://') || s.startsWith('http://'))) return false;
  const rest = s.slice(s.indexOf('://') + 3);
  if (rest.length === 0) return false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c <= 32 || c === 0x85 || c === 0xa0) return false;
  }
  return true;
}

// Only ever run on at most MAX_EMAIL characters.
const EMAIL_RE = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

/** `2.0.0`: the spec's X.Y.Z (major without 0), any 2.x. */
export function isV2SchemaVersion(s: string): boolean {
  const parts = s.split('.');
  if (parts.length !== 3 || parts[0] !== '2') return false;
  return parts.every((p) => p.length > 0 && p.length <= 9 && [...p].every((c) => c >= '0' && c <= '9'));
}

const text = () => z.string().max(MAX_TEXT);
const url = () => z.string().max(MAX_TEXT).refine(isUrl, 'expected an http(s) URL without spaces');
const email = () =>
  z
    .string()
    .max(MAX_EMAIL)
    .refine((s) => EMAIL_RE.test(s), 'expected an e-mail address');
const date = () => z.iso.date('expected a date written YYYY-MM-DD');
const list = <T extends z.ZodType>(t: T) => z.array(t).max(MAX_LIST);
const nonEmpty = <T extends z.ZodType>(t: T) =>
  z.array(t).min(1, 'expected at least one entry').max(MAX_LIST);

/** Builds the schema; `strict` objects reject unknown keys, the others drop them. */
function build(strict: boolean) {
  const obj = <S extends z.ZodRawShape>(shape: S) => (strict ? z.strictObject(shape) : z.object(shape));
  const contact = obj({
    name: text(),
    primary: z.boolean(),
    affiliation: text().optional(),
    email: email().optional(),
    social: text().optional(),
  });
  const license = obj({ url: url(), expression: text() });
  const link = obj({ uri: text(), comment: text() });
  const attestation = obj({
    name: text(),
    location: url(),
    'predicate-uri': text(),
    comment: text().optional(),
  });
  const assessment = obj({
    comment: text(),
    name: text().optional(),
    evidence: url().optional(),
    date: date().optional(),
  });
  const tool = obj({
    name: text(),
    type: z.enum(['fuzzing', 'container', 'secret', 'SCA', 'SAST', 'other']),
    version: text().optional(),
    comment: text().optional(),
    rulesets: list(text()),
    integration: obj({ adhoc: z.boolean(), ci: z.boolean(), release: z.boolean() }),
    results: obj({
      adhoc: attestation.optional(),
      ci: attestation.optional(),
      release: attestation.optional(),
    }),
  });
  const header = obj({
    'last-reviewed': date(),
    'last-updated': date(),
    'schema-version': text().refine(isV2SchemaVersion, 'Sterling reads Security Insights 2.x (e.g. 2.0.0)'),
    url: url(),
    comment: text().optional(),
    'project-si-source': url().optional(),
  });
  const project = obj({
    name: text(),
    homepage: url().optional(),
    roadmap: url().optional(),
    funding: url().optional(),
    steward: link.optional(),
    administrators: nonEmpty(contact),
    repositories: nonEmpty(obj({ name: text(), comment: text(), url: url() })),
    'vulnerability-reporting': obj({
      'reports-accepted': z.boolean(),
      'bug-bounty-available': z.boolean(),
      'bug-bounty-program': url().optional(),
      contact: contact.optional(),
      comment: text().optional(),
      'security-policy': url().optional(),
      'pgp-key': text().optional(),
      'in-scope': list(text()).optional(),
      'out-of-scope': list(text()).optional(),
    }),
    documentation: obj({
      'detailed-guide': url().optional(),
      'code-of-conduct': url().optional(),
      'quickstart-guide': url().optional(),
      'release-process': url().optional(),
      'support-policy': url().optional(),
      'signature-verification': url().optional(),
    }).optional(),
  });
  const repository = obj({
    status: z.enum([
      'active',
      'abandoned',
      'concept',
      'inactive',
      'moved',
      'suspended',
      'unsupported',
      'WIP',
    ]),
    url: url(),
    'accepts-change-request': z.boolean(),
    'accepts-automated-change-request': z.boolean(),
    'bug-fixes-only': z.boolean().optional(),
    'no-third-party-packages': z.boolean().optional(),
    'core-team': nonEmpty(contact),
    license,
    security: obj({
      assessments: obj({ self: assessment, 'third-party': list(assessment).optional() }),
      champions: list(contact).optional(),
      tools: list(tool).optional(),
    }),
    documentation: obj({
      'contributing-guide': url().optional(),
      'dependency-management-policy': url().optional(),
      governance: url().optional(),
      'review-policy': url().optional(),
      'security-policy': url().optional(),
    }).optional(),
    release: obj({
      'automated-pipeline': z.boolean(),
      'distribution-points': nonEmpty(link),
      changelog: url().optional(),
      license: license.optional(),
      attestations: list(attestation).optional(),
    }).optional(),
  });
  return obj({ header, project: project.optional(), repository: repository.optional() });
}

export const SECURITY_INSIGHTS_STRICT = build(true);
export const SECURITY_INSIGHTS = build(false);

export type SecurityInsights = z.infer<typeof SECURITY_INSIGHTS>;
