/**
 * The scanned repository's own scorecard.yml: Scorecard's maintainer annotations
 * (https://github.com/ossf/scorecard/blob/main/config/README.md), read as Scorecard reads them: the
 * first of its six locations that exists, whether valid or not; a file with an unknown check or
 * reason gives no annotation at all (Scorecard's config.Parse fails as a whole). Here that is a
 * warning naming file and line, and the scan goes on.
 */
import { z } from 'zod';
import { checkNamed } from '../../config/posture-schema.js';
import type { Diagnostic } from '../../core/model/diagnostic.js';
import { ANNOTATION_REASONS, type AnnotationReason } from '../../core/model/posture.js';
import { quote } from '../../core/util/quote.js';
import type { Workspace } from '../../workspace/workspace.js';
import { describeIssues, readYamlFile } from '../raw/yaml-file.js';
import { type AnnotationRule, sourceOf } from './rules.js';

/** Where Scorecard looks (pkg/scorecard/scorecard.go findConfigFile), in its order. */
export const SCORECARD_YML_PATHS: readonly string[] = [
  'scorecard.yml',
  'scorecard.yaml',
  '.scorecard.yml',
  '.scorecard.yaml',
  '.github/scorecard.yml',
  '.github/scorecard.yaml',
];

/** Largest file read; real ones are a few hundred bytes. */
export const MAX_SCORECARD_YML_BYTES = 64 * 1024;
const MAX_ALIASES = 20;
const MAX_ENTRIES = 200;

/** Checks Scorecard knows that Sterling does not run (an annotation on them is valid and shows nowhere). */
const SCORECARD_ONLY_CHECKS = ['sbom'];

/** Scorecard's text for each reason (config/annotations.go Reason.Doc), shown as the note. */
export const REASON_DOCS: Readonly<Record<AnnotationReason, string>> = {
  'test-data': 'The files or code snippets are only used for test or example purposes.',
  remediated: 'The dangerous files or code snippets are necessary but remediations were already applied.',
  'not-applicable': 'The check or probe is not applicable in this case.',
  'not-supported': 'The check or probe is fulfilled but in a way that is not supported by Scorecard.',
  'not-detected':
    'The check or probe is fulfilled but in a way that is supported by Scorecard but it was not detected.',
};

const checkName = z
  .string()
  .max(100)
  .refine((n) => checkNamed(n) !== undefined || SCORECARD_ONLY_CHECKS.includes(n.toLowerCase()), {
    error: (issue) => `not a Scorecard check: ${quote(String(issue.input))}`,
  });

/** Scorecard unmarshals with yaml.v3: unknown keys are ignored, so the objects are not strict. */
const SCORECARD_YML = z.object({
  annotations: z
    .array(
      z.object({
        checks: z.array(checkName).max(MAX_ENTRIES).default([]),
        reasons: z
          .array(z.object({ reason: z.enum(ANNOTATION_REASONS) }))
          .max(MAX_ENTRIES)
          .default([]),
      }),
    )
    .max(MAX_ENTRIES)
    .default([]),
});

export interface ScorecardYml {
  rules: AnnotationRule[];
  diagnostics: Diagnostic[];
}

/** The annotations of the repository's scorecard.yml; `paths` are the files posture sees. */
export function readScorecardYml(ws: Workspace, paths: readonly string[]): ScorecardYml {
  const present = new Set(paths);
  const path = SCORECARD_YML_PATHS.find((p) => present.has(p));
  if (path === undefined) return { rules: [], diagnostics: [] };
  const read = ws.read(path);
  if (!read.ok) return invalid(path, [`${path}: not read (${read.skip.detail ?? read.skip.reason})`]);
  return parseScorecardYml(read.text, path);
}

/** Parses a scorecard.yml text named `file`; never throws. */
export function parseScorecardYml(text: string, file: string): ScorecardYml {
  const read = readYamlFile(text, file, { maxBytes: MAX_SCORECARD_YML_BYTES, maxAliases: MAX_ALIASES });
  if (!read.ok) return invalid(file, [read.error]);
  // An empty file is an empty config for Scorecard.
  const data = read.data ?? {};
  const parsed = SCORECARD_YML.safeParse(data);
  if (!parsed.success) return invalid(file, describeIssues(parsed.error.issues, data, read.positions, file));
  const rules: AnnotationRule[] = [];
  parsed.data.annotations.forEach((a, i) => {
    // an entry without checks annotates nothing (in Sterling's rules no check means every check)
    if (a.checks.length === 0) return;
    a.reasons.forEach(({ reason }, j) => {
      const line = read.positions.lineOf(['annotations', i, 'reasons', j]);
      rules.push({
        checks: a.checks,
        annotation: { reason, note: REASON_DOCS[reason], source: sourceOf(file, line) },
        file,
        ...(line === undefined ? {} : { line }),
      });
    });
  });
  return { rules, diagnostics: [] };
}

function invalid(file: string, problems: string[]): ScorecardYml {
  const first = problems[0] ?? `${file}: not valid`;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  // problems read `file:line: what`; the line is kept for the diagnostic's location
  const rest = first.startsWith(`${file}:`) ? first.slice(file.length + 1) : '';
  const line = /^\d/.test(rest) ? Number.parseInt(rest, 10) : 0;
  const diagnostic: Diagnostic = {
    level: 'warning',
    code: 'scorecard-yml-invalid',
    message: `${first}${more}; its maintainer annotations are not used, as Scorecard would not use them`,
    path: file,
  };
  if (line > 0) diagnostic.line = line;
  return { rules: [], diagnostics: [diagnostic] };
}
