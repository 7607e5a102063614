/** Image references (`[registry/]path[:tag][@digest]`) and the `$VAR` substitution FROM lines use. */

export interface ImageRef {
  /** Registry host when the reference names one (`ghcr.io`, `localhost:5000`); Docker Hub otherwise. */
  registry?: string;
  /** Repository path without registry: `node`, `bitnami/redis`. */
  path: string;
  tag?: string;
  digest?: string;
}

/** Characters the distribution spec allows: lower-case path components, tags of `[A-Za-z0-9_.-]`. */
function allOf(s: string, extra: string, upper: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok =
      (c >= 97 && c <= 122) ||
      (c >= 48 && c <= 57) ||
      (upper && c >= 65 && c <= 90) ||
      extra.includes(s.charAt(i));
    if (!ok) return false;
  }
  return true;
}

function isRegistry(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

/** Parses an image reference; undefined when it is not one (empty parts, spaces, upper-case path). */
export function parseImage(ref: string): ImageRef | undefined {
  if (ref === '' || /\s/.test(ref)) return undefined;
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digest.includes(':')) return undefined;
  }
  let tag: string | undefined;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag === '') return undefined;
  }
  const parts = rest.split('/');
  let registry: string | undefined;
  if (parts.length > 1 && isRegistry(parts[0]!)) registry = parts.shift();
  if (parts.some((p) => p === '')) return undefined;
  const path = parts.join('/');
  if (registry && !allOf(registry, '.-:', true)) return undefined;
  if (!allOf(path, '._-/', false) || (tag !== undefined && !allOf(tag, '._-', true))) return undefined;
  const out: ImageRef = { path };
  if (registry) out.registry = registry;
  if (tag) out.tag = tag;
  if (digest) out.digest = digest;
  return out;
}

export type Substitution = { ok: true; value: string } | { ok: false; missing: string };

function isNameChar(c: string): boolean {
  return /[A-Za-z0-9_]/.test(c);
}

/**
 * `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME:+alt}` replaced from `vars` (Dockerfile rules);
 * the first variable with no value makes the result `missing`.
 */
export function substitute(text: string, vars: ReadonlyMap<string, string>): Substitution {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    if (text.charAt(i + 1) === '{') {
      const end = text.indexOf('}', i + 2);
      if (end < 0) return { ok: false, missing: text.slice(i) };
      const inner = text.slice(i + 2, end);
      const op = inner.indexOf(':');
      const name = op < 0 ? inner : inner.slice(0, op);
      const value = vars.get(name);
      if (op >= 0 && inner.charAt(op + 1) === '-') {
        out += value !== undefined && value !== '' ? value : inner.slice(op + 2);
      } else if (op >= 0 && inner.charAt(op + 1) === '+') {
        out += value !== undefined && value !== '' ? inner.slice(op + 2) : '';
      } else {
        if (value === undefined) return { ok: false, missing: name };
        out += value;
      }
      i = end + 1;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isNameChar(text.charAt(j))) j++;
    if (j === i + 1) {
      out += c;
      i++;
      continue;
    }
    const name = text.slice(i + 1, j);
    const value = vars.get(name);
    if (value === undefined) return { ok: false, missing: name };
    out += value;
    i = j;
  }
  return { ok: true, value: out };
}

/** `ARG A=1 B="two" C` -> [[A, '1'], [B, 'two'], [C, undefined]]. */
export function parseArgs(args: string): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  for (const word of args.split(/\s+/)) {
    if (word === '') continue;
    const eq = word.indexOf('=');
    if (eq < 0) {
      out.push([word, undefined]);
      continue;
    }
    let value = word.slice(eq + 1);
    const q = value.charAt(0);
    if ((q === '"' || q === "'") && value.length >= 2 && value.endsWith(q)) value = value.slice(1, -1);
    out.push([word.slice(0, eq), value]);
  }
  return out;
}
