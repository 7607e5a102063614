/** Reading untrusted SBOM JSON values without trusting their types. */
import type { Scope } from '../../core/model/package.js';
import { SCOPES } from '../../core/model/package.js';

/** Longest text value used from an SBOM (names, versions, refs); longer values are cut off. */
export const MAX_FIELD_LENGTH = 4096;

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A non-empty string field, or undefined. */
export function str(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' && v !== '' && v.length <= MAX_FIELD_LENGTH ? v : undefined;
}

export function arr(o: Record<string, unknown>, key: string): unknown[] {
  const v = o[key];
  return Array.isArray(v) ? v : [];
}

/** `a,b` from Sterling's `sterling:scopes` property -> known scopes only. */
export function parseScopes(text: string | undefined): Scope[] | undefined {
  if (text === undefined) return undefined;
  const known = new Set<string>(SCOPES);
  return text.split(',').filter((s): s is Scope => known.has(s));
}

/** The document's directory (POSIX), `.` for the root. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : path.slice(0, slash);
}

/** `folder/sub` with `.` parts dropped: where a first-party project recorded in an SBOM lives. */
export function joinFolder(base: string, sub: string | undefined): string {
  const parts = [...base.split('/'), ...(sub ?? '.').split('/')].filter((p) => p !== '' && p !== '.');
  return parts.length === 0 ? '.' : parts.join('/');
}
