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

/** A validated dependency section: name -> range. */
export type Deps = Readonly<Record<string, string>>;

export interface LockEntry {
  /** Real package name when the entry is installed under an alias (v2), or a link target's name. */
  name: string | undefined;
  version: string | undefined;
  resolved: string | undefined;
  integrity: string | undefined;
  link: boolean;
  /** Scopes from npm's flags: dev, optional, devOptional (dev + optional), peer; none = prod. Shared; do not mutate. */
  scopes: readonly Scope[];
  /** `optionalDependencies` (see forEachDependency for the order the sections are read in). */
  optional: Deps | undefined;
  /** `dependencies` (v2) or `requires` (v1). */
  prod: Deps | undefined;
  /** `peerDependencies`. */
  peer: Deps | undefined;
  /** `devDependencies`. */
  dev: Deps | undefined;
  /** v2 root entry: workspace globs. */
  workspaces: string[] | undefined;
  /** v1: the nested `dependencies` tree. */
  children: Record<string, unknown> | undefined;
}

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

/** The section `field` of `raw` validated in place (undefined when absent), or what is wrong with it. */
function readSection(raw: Record<string, unknown>, field: string): Deps | undefined | string {
  const section = raw[field];
  if (section === undefined) return undefined;
  if (!isRecord(section)) return `\`${field}\` is not an object`;
  for (const name in section) {
    if (!Object.hasOwn(section, name)) continue;
    if (typeof section[name] !== 'string') return `\`${field}\` value for ${quote(name)} is not a string`;
    if (name.length === 0 || name.length > LIMITS.maxNameLength) return `\`${field}\` has an invalid name`;
  }
  return section as Deps;
}

/**
 * Calls `fn` for each declared dependency: `optionalDependencies`, `dependencies` (or `requires`),
 * `peerDependencies`, then `devDependencies`. A name in both `optionalDependencies` and `dependencies`
 * (npm writes optional ones in both) is reported once, as optional.
 */
export function forEachDependency(
  entry: LockEntry,
  fn: (name: string, spec: string, scope: Scope) => void,
): void {
  const { optional, prod, peer, dev } = entry;
  if (optional)
    for (const name in optional) if (Object.hasOwn(optional, name)) fn(name, optional[name]!, 'optional');
  if (prod) {
    for (const name in prod) {
      if (!Object.hasOwn(prod, name)) continue;
      if (optional !== undefined && Object.hasOwn(optional, name)) continue;
      fn(name, prod[name]!, 'prod');
    }
  }
  if (peer) for (const name in peer) if (Object.hasOwn(peer, name)) fn(name, peer[name]!, 'peer');
  if (dev) for (const name in dev) if (Object.hasOwn(dev, name)) fn(name, dev[name]!, 'dev');
}

function stringField(raw: Record<string, unknown>, field: string, max: number): string | undefined | Error {
  const v = raw[field];
  if (v === undefined || (typeof v === 'string' && v.length <= max)) return v;
  return new Error(
    typeof v !== 'string' ? `\`${field}\` is not a string` : `\`${field}\` is longer than ${max} characters`,
  );
}

/**
 * Reads one entry; `format` selects the v2 `packages` or v1 `dependencies` shape. Returns the entry,
 * or (a string) why it cannot be read.
 */
export function readEntry(raw: unknown, format: 'v1' | 'v2'): LockEntry | string {
  if (!isRecord(raw)) return 'not an object';
  const name = stringField(raw, 'name', LIMITS.maxNameLength);
  const version = stringField(raw, 'version', LIMITS.maxUrlLength);
  const resolved = stringField(raw, 'resolved', LIMITS.maxUrlLength);
  const integrity = stringField(raw, 'integrity', LIMITS.maxUrlLength);
  if (name instanceof Error) return name.message;
  if (version instanceof Error) return version.message;
  if (resolved instanceof Error) return resolved.message;
  if (integrity instanceof Error) return integrity.message;
  let optional: Deps | undefined;
  let prod: Deps | undefined;
  let peer: Deps | undefined;
  let dev: Deps | undefined;
  if (format === 'v2') {
    const o = readSection(raw, 'optionalDependencies');
    if (typeof o === 'string') return o;
    const d = readSection(raw, 'dependencies');
    if (typeof d === 'string') return d;
    const p = readSection(raw, 'peerDependencies');
    if (typeof p === 'string') return p;
    const v = readSection(raw, 'devDependencies');
    if (typeof v === 'string') return v;
    optional = o;
    prod = d;
    peer = p;
    dev = v;
  } else {
    const r = readSection(raw, 'requires');
    if (typeof r === 'string') return r;
    prod = r;
  }
  let children: Record<string, unknown> | undefined;
  if (format === 'v1' && raw.dependencies !== undefined) {
    if (!isRecord(raw.dependencies)) return '`dependencies` is not an object';
    children = raw.dependencies;
  }
  // One object literal with every field: a single hidden class for every entry.
  return {
    name,
    version,
    resolved,
    integrity,
    link: raw.link === true,
    scopes: flagScopes(raw),
    optional,
    prod,
    peer,
    dev,
    workspaces: format === 'v2' && raw.workspaces !== undefined ? workspaceGlobs(raw.workspaces) : undefined,
    children,
  };
}
