/**
 * Package URL matching for VEX products and config ignores, as the OpenVEX reference implementation
 * (openvex/go-vex `PurlMatches`) does it: the first purl is the general one (from the VEX statement or
 * the ignore), the second the specific one (the package found).
 *
 * - type, namespace and name must be equal (after the purl spec's per-type normalization, e.g. npm
 *   and PyPI names lower-cased);
 * - a general purl without version matches every version; with a version, only that exact version;
 * - every qualifier of the general purl must be on the specific one with the same value; the specific
 *   one may have more (`pkg:apk/wolfi/git@2.39.0-r1` matches `...?arch=x86_64`, not the reverse);
 * - a subpath on the general purl must be equal;
 * - an unparseable purl matches nothing.
 */
import { parsePurl as parsePackageUrl } from '../../core/purl/purl.js';

interface ParsedPurl {
  type: string;
  namespace: string;
  name: string;
  version: string;
  qualifiers: Record<string, string>;
  subpath: string;
}

/** Parses a purl; undefined when it is not one. Results are memoized per matcher. */
export function parsePurl(text: string): ParsedPurl | undefined {
  if (!text.startsWith('pkg:')) return undefined;
  try {
    const p = parsePackageUrl(text);
    return {
      type: p.type,
      namespace: p.namespace ?? '',
      name: p.name,
      version: p.version ?? '',
      qualifiers: { ...(p.qualifiers ?? {}) },
      subpath: p.subpath ?? '',
    };
  } catch {
    return undefined;
  }
}

export type PurlMatcher = (general: string, specific: string) => boolean;

/** A purl matcher with its own parse cache (one per applySuppressions call: no global state). */
export function purlMatcher(): PurlMatcher {
  const cache = new Map<string, ParsedPurl | undefined>();
  const parse = (text: string) => {
    if (cache.has(text)) return cache.get(text);
    const parsed = parsePurl(text);
    cache.set(text, parsed);
    return parsed;
  };
  return (general, specific) => {
    const g = parse(general);
    const s = parse(specific);
    if (!g || !s) return false;
    if (g.type !== s.type || g.namespace !== s.namespace || g.name !== s.name) return false;
    if (g.version !== '' && g.version !== s.version) return false;
    if (g.subpath !== '' && g.subpath !== s.subpath) return false;
    for (const [key, value] of Object.entries(g.qualifiers)) if (s.qualifiers[key] !== value) return false;
    return true;
  };
}

/** One-off match (tests, single use); prefer `purlMatcher()` in loops. */
export function purlMatches(general: string, specific: string): boolean {
  return purlMatcher()(general, specific);
}
