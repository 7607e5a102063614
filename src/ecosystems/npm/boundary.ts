/** Checks the npm readers share at the parse boundary, where data from a file is still `unknown`. */
import type { z } from 'zod';

/** A plain object (not null, not an array): what JSON and YAML give for a mapping. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The first problem zod found, as one readable phrase (`workspaces.a: expected an object`). */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const where = issue.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  return `${where}${issue.message}`;
}
