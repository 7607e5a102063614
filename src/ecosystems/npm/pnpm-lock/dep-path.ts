/**
 * pnpm dependency paths: the keys of `packages:` / `snapshots:` and the references that point at them.
 * Every function here is a fixed number of indexOf/slice calls over the key: linear, no regular
 * expressions over file text.
 *
 *   v5 (lockfile 3–5.4)  /name/1.2.3   /@scope/name/1.2.3_peer@1.0.0   registry.example.com/name/1.2.3
 *   v6 (lockfile 6.x)    /name@1.2.3   /@scope/name@1.2.3(peer@1.0.0)(other@2.0.0)
 *   v9 (lockfile 7–9)    name@1.2.3    @scope/name@1.2.3(peer@1.0.0)   name@https://host/x.tgz
 * plus, in every format, keys that need the entry's `name`/`version` fields: `file:../dir`,
 * `github.com/owner/repo/<sha>`, `@host/path/x.tgz`.
 */

export type KeyFormat = 'v5' | 'v6' | 'v9';

/** The key format of a lockfile version (`5.4`, `6.0`, `9.0`); undefined when unknown. */
export function keyFormatOf(lockfileVersion: string | undefined): KeyFormat | undefined {
  if (lockfileVersion === undefined) return undefined;
  const major = Number.parseInt(lockfileVersion, 10);
  if (!Number.isFinite(major)) return undefined;
  if (major >= 7) return 'v9';
  if (major === 6) return 'v6';
  return 'v5';
}

export interface ParsedKey {
  /** The key without its peer / patch suffix. In v9 a `snapshots:` key reduces to its `packages:` key. */
  base: string;
  /** Package name, when the key tells it reliably. */
  name?: string;
  /** Exact registry version, when the key carries one (starts with a digit). */
  version?: string;
  /** Name the package is installed under, for alias keys (`/x@npm:y@1.0.0`). */
  alias?: string;
  /** Registry host of v5/v6 keys that do not start with `/` (`registry.example.com/foo/1.0.0`). */
  host?: string;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `name@rest` with scoped names: the `@` separating name and rest, or -1. */
function nameAtIndex(s: string): number {
  if (s.startsWith('@')) {
    const slash = s.indexOf('/');
    if (slash < 2) return -1;
    return s.indexOf('@', slash + 1);
  }
  return s.indexOf('@');
}

function cutAt(s: string, ch: string): string {
  const i = s.indexOf(ch);
  return i >= 0 ? s.slice(0, i) : s;
}

/** Applies `npm:` alias references and the registry-version rule to a name + reference pair. */
function withRef(base: string, name: string, ref: string, host?: string): ParsedKey {
  const out: ParsedKey = { base };
  if (host !== undefined) out.host = host;
  let realName = name;
  let version = ref;
  if (ref.startsWith('npm:')) {
    const spec = ref.slice(4);
    const at = nameAtIndex(spec);
    if (at <= 0) return out;
    realName = spec.slice(0, at);
    version = spec.slice(at + 1);
    out.alias = name;
  }
  if (!validName(realName)) return out;
  out.name = realName;
  if (version.length > 0 && isDigit(version.charCodeAt(0))) out.version = version;
  return out;
}

/** A plausible npm package name: non-empty, and `@scope/name` with both parts when scoped. */
export function validName(name: string): boolean {
  if (name.length === 0) return false;
  if (!name.startsWith('@')) return !name.includes('/');
  const slash = name.indexOf('/');
  return slash > 1 && slash < name.length - 1 && name.indexOf('/', slash + 1) < 0;
}

/**
 * v5 / v6 keys. Undefined when the key cannot be a dependency path at all (no `/`, not `file:`).
 * The name is kept only together with a registry version: in `github.com/owner/repo/<sha>` the
 * segment after the host is not the package name.
 */
function parsePathKey(key: string): ParsedKey | undefined {
  const out = parsePathKeyParts(key);
  if (out && out.version === undefined) {
    delete out.name;
    delete out.alias;
  }
  return out;
}

function parsePathKeyParts(key: string): ParsedKey | undefined {
  if (key.startsWith('file:') || key.startsWith('link:')) return { base: key };
  const k = cutAt(key, '('); // v6 peer suffix; peers may contain '/', so cut before splitting
  let rest: string;
  let host: string | undefined;
  let prefix: string;
  if (k.startsWith('/')) {
    rest = k.slice(1);
    prefix = '/';
  } else {
    const slash = k.indexOf('/');
    if (slash <= 0) return undefined;
    host = k.slice(0, slash);
    rest = k.slice(slash + 1);
    prefix = `${host}/`;
  }
  let segStart = 0;
  if (rest.startsWith('@')) {
    const s = rest.indexOf('/');
    if (s < 0) return host === undefined ? { base: k } : { base: k, host };
    segStart = s + 1;
  }
  let segEnd = rest.indexOf('/', segStart);
  if (segEnd < 0) segEnd = rest.length;
  const at = rest.indexOf('@', segStart);
  if (at > segStart && at < segEnd) {
    // v6: /name@version
    return withRef(k, rest.slice(0, at), rest.slice(at + 1), host);
  }
  // v5: /name/version_peers
  const name = rest.slice(0, segEnd);
  if (segEnd >= rest.length) return host === undefined ? { base: k } : { base: k, host };
  const next = rest.indexOf('/', segEnd + 1);
  const segment = next < 0 ? rest.slice(segEnd + 1) : rest.slice(segEnd + 1, next);
  const version = cutAt(segment, '_');
  const base = prefix + rest.slice(0, segEnd + 1) + version + (next < 0 ? '' : rest.slice(next));
  // A key with more segments after the version (`github.com/owner/repo/<sha>`) is not a registry key.
  if (next >= 0) return host === undefined ? { base } : { base, host };
  return withRef(base, name, version, host);
}

/** v9 keys (`name@ref(peers)`); a leading `/` is tolerated. Undefined when there is no `name@`. */
function parseNameKey(key: string): ParsedKey | undefined {
  const k = key.startsWith('/') ? key.slice(1) : key;
  const at = nameAtIndex(k);
  if (at <= 0) return undefined;
  const name = k.slice(0, at);
  if (!validName(name)) return undefined;
  const ref = cutAt(k.slice(at + 1), '(');
  return withRef(`${name}@${ref}`, name, ref);
}

/** Parses a `packages:` or `snapshots:` key. Undefined when it cannot be a dependency path. */
export function parseKey(key: string, format: KeyFormat): ParsedKey | undefined {
  if (key.length === 0) return undefined;
  return format === 'v9' ? parseNameKey(key) : parsePathKey(key);
}

/**
 * The dependency path a reference points at: `dependencies: { name: ref }` in packages, snapshots and
 * importers. Mirrors pnpm's `refToRelative` for each format. Undefined for `link:` references.
 */
export function refToDepPath(ref: string, depName: string, format: KeyFormat): string | undefined {
  if (ref.startsWith('link:')) return undefined;
  if (format === 'v5') {
    if (ref.startsWith('file:')) return ref;
    return ref.includes('/') ? ref : `/${depName}/${ref}`;
  }
  if (format === 'v6') {
    if (ref.startsWith('file:')) return ref;
    return cutAt(ref, '(').includes('/') ? ref : `/${depName}@${ref}`;
  }
  if (ref.startsWith('@')) return ref;
  const at = ref.indexOf('@');
  if (at < 0) return `${depName}@${ref}`;
  const colon = ref.indexOf(':');
  const paren = ref.indexOf('(');
  if ((colon < 0 || at < colon) && (paren < 0 || at < paren)) return ref;
  return `${depName}@${ref}`;
}
