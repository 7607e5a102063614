/**
 * The boundary schema of lockfile entries: reads the fields Sterling uses from a `packages` value
 * (v2/v3) or a `dependencies` node (v1) and rejects entries whose used fields have the wrong type.
 * Hand-written rather than zod: it runs once per entry of lockfiles with tens of thousands of entries,
 * allocates almost nothing (dependency sections are validated in place and iterated later), and never
 * indexes a parsed object with an untrusted name.
 */
import type { Scope } from '../../../core/model/package.js';
import { quote } from '../../../core/util/quote.js';
import { isRecord } from '../boundary.js';
import { workspaceGlobs } from '../manifest.js';
import { LIMITS } from './limits.js';

/** A validated dependency section (name -> range) and the scope it declares. */
export type Section = readonly [deps: Readonly<Record<string, string>>, scope: Scope];

export interface LockEntry {
  /** Real package name when the entry is installed under an alias (v2), or a link target's name. */
  name: string | undefined;
  version: string | undefined;
  resolved: string | undefined;
  integrity: string | undefined;
  link: boolean;
  /** Scopes from npm's flags: dev, optional, devOptional (dev + optional), peer; none = prod. Shared; do not mutate. */
  scopes: readonly Scope[];
  /** Dependency sections present, optional first (see forEachDependency). */
  sections: Section[];
  /** v2 root entry: workspace globs. */
  workspaces: string[] | undefined;
  /** v1: the nested `dependencies` tree. */
  children: Record<string, unknown> | undefined;
}

export type EntryResult = { ok: true; entry: LockEntry } | { ok: false; reason: string };

const V2_SECTIONS: ReadonlyArray<readonly [string, Scope]> = [
  ['optionalDependencies', 'optional'],
  ['dependencies', 'prod'],
  ['peerDependencies', 'peer'],
  ['devDependencies', 'dev'],
];
const V1_SECTIONS: ReadonlyArray<readonly [string, Scope]> = [['requires', 'prod']];

/** Scope lists indexed by flag bits (dev 1, optional 2, peer 4); shared to avoid one array per entry. */
const SCOPES_BY_FLAGS: ReadonlyArray<readonly Scope[]> = Array.from({ length: 8 }, (_, bits) => {
  const s: Scope[] = [];
  if (bits & 1) s.push('dev');
  if (bits & 2) s.push('optional');
  if (bits & 4) s.push('peer');
  return Object.freeze(s.length > 0 ? s : ['prod']);
});

function flagScopes(raw: Record<string, unknown>): readonly Scope[] {
  const devOptional = raw.devOptional === true;
  const bits =
    (raw.dev === true || devOptional ? 1 : 0) |
    (raw.optional === true || devOptional ? 2 : 0) |
    (raw.peer === true ? 4 : 0);
  return SCOPES_BY_FLAGS[bits]!;
}

function readSections(
  raw: Record<string, unknown>,
  fields: ReadonlyArray<readonly [string, Scope]>,
  out: Section[],
): string | undefined {
  for (const [field, scope] of fields) {
    const section = raw[field];
    if (section === undefined) continue;
    if (!isRecord(section)) return `\`${field}\` is not an object`;
    for (const name in section) {
      if (!Object.hasOwn(section, name)) continue;
      if (typeof section[name] !== 'string') return `\`${field}\` value for ${quote(name)} is not a string`;
      if (name.length === 0 || name.length > LIMITS.maxNameLength) return `\`${field}\` has an invalid name`;
    }
    out.push([section as Record<string, string>, scope]);
  }
  return undefined;
}

/**
 * Calls `fn` for each declared dependency. A name in both `optionalDependencies` and `dependencies`
 * (npm writes optional ones in both) is reported once, as optional.
 */
export function forEachDependency(
  entry: LockEntry,
  fn: (name: string, spec: string, scope: Scope) => void,
): void {
  let optional: Readonly<Record<string, string>> | undefined;
  for (const [deps, scope] of entry.sections) {
    if (scope === 'optional') optional = deps;
    for (const name in deps) {
      if (!Object.hasOwn(deps, name)) continue;
      if (scope === 'prod' && optional !== undefined && Object.hasOwn(optional, name)) continue;
      fn(name, deps[name]!, scope);
    }
  }
}

function stringField(raw: Record<string, unknown>, field: string, max: number): string | undefined | Error {
  const v = raw[field];
  if (v === undefined || (typeof v === 'string' && v.length <= max)) return v;
  return new Error(
    typeof v !== 'string' ? `\`${field}\` is not a string` : `\`${field}\` is longer than ${max} characters`,
  );
}

/** Reads one entry; `format` selects the v2 `packages` or v1 `dependencies` shape. */
export function readEntry(raw: unknown, format: 'v1' | 'v2'): EntryResult {
  if (!isRecord(raw)) return { ok: false, reason: 'not an object' };
  // Fields read one by one into one object literal: a single hidden class for every entry.
  const name = stringField(raw, 'name', LIMITS.maxNameLength);
  const version = stringField(raw, 'version', LIMITS.maxUrlLength);
  const resolved = stringField(raw, 'resolved', LIMITS.maxUrlLength);
  const integrity = stringField(raw, 'integrity', LIMITS.maxUrlLength);
  if (name instanceof Error) return { ok: false, reason: name.message };
  if (version instanceof Error) return { ok: false, reason: version.message };
  if (resolved instanceof Error) return { ok: false, reason: resolved.message };
  if (integrity instanceof Error) return { ok: false, reason: integrity.message };
  const entry: LockEntry = {
    name,
    version,
    resolved,
    integrity,
    link: raw.link === true,
    scopes: flagScopes(raw),
    sections: [],
    workspaces: undefined,
    children: undefined,
  };
  const problem = readSections(raw, format === 'v2' ? V2_SECTIONS : V1_SECTIONS, entry.sections);
  if (problem) return { ok: false, reason: problem };
  if (format === 'v1' && raw.dependencies !== undefined) {
    if (!isRecord(raw.dependencies)) return { ok: false, reason: '`dependencies` is not an object' };
    entry.children = raw.dependencies;
  }
  if (format === 'v2' && raw.workspaces !== undefined) entry.workspaces = workspaceGlobs(raw.workspaces);
  return { ok: true, entry };
}
