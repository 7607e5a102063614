/**
 * Parses a security-insights.yml text: bounded size, YAML through the `yaml` package (aliases
 * bounded, duplicate keys rejected, a nesting too deep for the parser reported, not thrown), then
 * the v2 schema. Every problem is a string `file:line: what` for the report; nothing throws.
 */
import type { YamlPath } from '../../../config/positions.js';
import { describeIssues, readYamlFile } from '../yaml-file.js';
import { SECURITY_INSIGHTS, SECURITY_INSIGHTS_STRICT, type SecurityInsights } from './schema.js';

/** Largest file read; real ones are a few kilobytes. */
export const MAX_SECURITY_INSIGHTS_BYTES = 256 * 1024;
/** Alias expansions allowed (a real file needs none). */
const MAX_ALIASES = 50;

export type ParsedSecurityInsights =
  | {
      ok: true;
      data: SecurityInsights;
      /** Unknown keys (the spec's objects are closed), as `file:line: ...`. */
      warnings: string[];
      /** 1-based line of a key path in the file. */
      lineOf(path: YamlPath): number | undefined;
    }
  | { ok: false; errors: string[]; schemaVersion?: string };

export function parseSecurityInsights(text: string, file: string): ParsedSecurityInsights {
  const read = readYamlFile(text, file, { maxBytes: MAX_SECURITY_INSIGHTS_BYTES, maxAliases: MAX_ALIASES });
  if (!read.ok) return fail(read.error);
  const { data, positions } = read;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(`${file}:1: expected a mapping with \`header\`, \`project\` and \`repository\``);
  }
  const version = schemaVersionOf(data);
  const loose = SECURITY_INSIGHTS.safeParse(data);
  if (!loose.success) {
    const errors = describeIssues(loose.error.issues, data, positions, file);
    return version === undefined ? { ok: false, errors } : { ok: false, errors, schemaVersion: version };
  }
  const strict = SECURITY_INSIGHTS_STRICT.safeParse(data);
  const warnings = strict.success ? [] : describeIssues(strict.error.issues, data, positions, file);
  return { ok: true, data: loose.data, warnings, lineOf: (p) => positions.lineOf(p) };
}

function fail(error: string): ParsedSecurityInsights {
  return { ok: false, errors: [error] };
}

function schemaVersionOf(data: object): string | undefined {
  const header = (data as { header?: unknown }).header;
  const v =
    typeof header === 'object' && header !== null
      ? (header as Record<string, unknown>)['schema-version']
      : undefined;
  return typeof v === 'string' && v.length <= 40 ? v : undefined;
}
