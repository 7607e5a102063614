import type { Workspace } from '../../../workspace/workspace.js';
import { MAX_SECURITY_INSIGHTS_BYTES, parseSecurityInsights } from './parse.js';
import type { SecurityInsights } from './schema.js';

/**
 * Where the spec says a project keeps its file (the root, or the forge's folder), in the order
 * Sterling prefers them. `SECURITY-INSIGHTS.yml` is the v1 name: read only when no v2 name exists,
 * and then it must be a 2.x file to count.
 */
export const SECURITY_INSIGHTS_PATHS: readonly string[] = [
  'security-insights.yml',
  '.github/security-insights.yml',
  '.gitlab/security-insights.yml',
  'SECURITY-INSIGHTS.yml',
  '.github/SECURITY-INSIGHTS.yml',
  '.gitlab/SECURITY-INSIGHTS.yml',
];

export type SecurityInsightsFacts =
  | { status: 'absent' }
  | { status: 'invalid'; path: string; errors: string[]; schemaVersion?: string }
  | {
      status: 'valid';
      path: string;
      data: SecurityInsights;
      /** Unknown keys and other files that were not read. */
      warnings: string[];
      /** 1-based line of a key path, for evidence. */
      lineOf(path: ReadonlyArray<string | number>): number | undefined;
    };

export function collectSecurityInsights(ws: Workspace, paths: readonly string[]): SecurityInsightsFacts {
  const present = new Set(paths);
  const found = SECURITY_INSIGHTS_PATHS.filter((p) => present.has(p));
  const path = found[0];
  if (path === undefined) return { status: 'absent' };
  const read = ws.read(path);
  if (!read.ok) {
    const why = read.skip.detail ?? read.skip.reason;
    return { status: 'invalid', path, errors: [`${path}: not read (${why})`] };
  }
  if (Buffer.byteLength(read.text) > MAX_SECURITY_INSIGHTS_BYTES) {
    return {
      status: 'invalid',
      path,
      errors: [`${path}: larger than ${MAX_SECURITY_INSIGHTS_BYTES} bytes; not read`],
    };
  }
  const parsed = parseSecurityInsights(read.text, path);
  if (!parsed.ok) {
    return parsed.schemaVersion === undefined
      ? { status: 'invalid', path, errors: parsed.errors }
      : { status: 'invalid', path, errors: parsed.errors, schemaVersion: parsed.schemaVersion };
  }
  const others = found.slice(1).map((p) => `${p}: not read (${path} is used)`);
  return {
    status: 'valid',
    path,
    data: parsed.data,
    warnings: [...parsed.warnings, ...others],
    lineOf: parsed.lineOf,
  };
}
