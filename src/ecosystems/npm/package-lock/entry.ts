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

const DEV = 1;
const OPTIONAL = 2;
const PEER = 4;

/** A dependency section `value` (of field `field`) validated in place, or what is wrong with it. */
function readSection(value: unknown, field: string): Deps | undefined | string {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return `\`${field}\` is not an object`;
  for (const name in value) {
    if (!Object.hasOwn(value, name)) continue;
    if (typeof value[name] !== 'string') return `\`${field}\` value for ${quote(name)} is not a string`;
    if (name.length === 0 || name.length > LIMITS.maxNameLength) return `\`${field}\` has an invalid name`;
  }
  return value as Deps;
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

/** A string field's value `v`, or the error for it: not a string, or longer than `max`. */
function stringField(v: unknown, field: string, max: number): string | undefined | Error {
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
  // One pass over the entry's keys, picking the known fields: entries come in many shapes, and a
  // dozen named property loads on them (each a megamorphic lookup) cost several times this loop.
  let name: unknown;
  let version: unknown;
  let resolved: unknown;
  let integrity: unknown;
  let dependencies: unknown;
  let optionalDependencies: unknown;
  let peerDependencies: unknown;
  let devDependencies: unknown;
  let requires: unknown;
  let workspaces: unknown;
  let link = false;
  let flags = 0;
  for (const key in raw) {
    switch (key) {
      case 'version':
        version = raw[key];
        break;
      case 'resolved':
        resolved = raw[key];
        break;
      case 'integrity':
        integrity = raw[key];
        break;
      case 'dependencies':
        dependencies = raw[key];
        break;
      case 'dev':
        if (raw[key] === true) flags |= DEV;
        break;
      case 'optional':
        if (raw[key] === true) flags |= OPTIONAL;
        break;
      case 'devOptional':
        if (raw[key] === true) flags |= DEV | OPTIONAL;
        break;
      case 'peer':
        if (raw[key] === true) flags |= PEER;
        break;
      case 'peerDependencies':
        peerDependencies = raw[key];
        break;
      case 'optionalDependencies':
        optionalDependencies = raw[key];
        break;
      case 'devDependencies':
        devDependencies = raw[key];
        break;
      case 'requires':
        requires = raw[key];
        break;
      case 'name':
        name = raw[key];
        break;
      case 'link':
        link = raw[key] === true;
        break;
      case 'workspaces':
        workspaces = raw[key];
        break;
    }
  }
  const nameField = stringField(name, 'name', LIMITS.maxNameLength);
  const versionField = stringField(version, 'version', LIMITS.maxUrlLength);
  const resolvedField = stringField(resolved, 'resolved', LIMITS.maxUrlLength);
  const integrityField = stringField(integrity, 'integrity', LIMITS.maxUrlLength);
  if (nameField instanceof Error) return nameField.message;
  if (versionField instanceof Error) return versionField.message;
  if (resolvedField instanceof Error) return resolvedField.message;
  if (integrityField instanceof Error) return integrityField.message;
  let optional: Deps | undefined;
  let prod: Deps | undefined;
  let peer: Deps | undefined;
  let dev: Deps | undefined;
  let children: Record<string, unknown> | undefined;
  if (format === 'v2') {
    const o = readSection(optionalDependencies, 'optionalDependencies');
    if (typeof o === 'string') return o;
    const d = readSection(dependencies, 'dependencies');
    if (typeof d === 'string') return d;
    const p = readSection(peerDependencies, 'peerDependencies');
    if (typeof p === 'string') return p;
    const v = readSection(devDependencies, 'devDependencies');
    if (typeof v === 'string') return v;
    optional = o;
    prod = d;
    peer = p;
    dev = v;
  } else {
    const r = readSection(requires, 'requires');
    if (typeof r === 'string') return r;
    prod = r;
    if (dependencies !== undefined) {
      if (!isRecord(dependencies)) return '`dependencies` is not an object';
      children = dependencies;
    }
  }
  // One object literal with every field: a single hidden class for every entry.
  return {
    name: nameField,
    version: versionField,
    resolved: resolvedField,
    integrity: integrityField,
    link,
    scopes: SCOPES_BY_FLAGS[flags]!,
    optional,
    prod,
    peer,
    dev,
    workspaces: format === 'v2' && workspaces !== undefined ? workspaceGlobs(workspaces) : undefined,
    children,
  };
}
