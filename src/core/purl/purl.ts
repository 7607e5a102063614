/**
 * The one place Sterling builds and parses Package URLs. packageurl-js validates and applies each
 * type's normalisation (npm and PyPI names lower-cased, ...); the text is written here, in the purl
 * spec's canonical form (docs/standard/characters-and-encoding.md of package-url/purl-spec), which
 * packageurl-js does not follow: every character but `A-Z a-z 0-9 . - _ ~` and `:` is
 * percent-encoded in every component (so `+` is `%2B`, and `/` in a qualifier value `%2F`), `/`
 * separates namespace and subpath segments, qualifiers are sorted by key.
 *
 * Parsing reads a literal `+` as `+` everywhere (packageurl-js reads one in a qualifier value as a
 * space, the form-encoding rule, which the purl spec does not have), so `...@1.0%2Bb1` and
 * `...@1.0+b1`, or `vcs_url=git%2Bhttps...` and `vcs_url=git+https...`, are the same purl.
 */
import { PackageURL } from 'packageurl-js';
import type { PackageSource } from '../model/package.js';
import { parseVcsUrl, vcsUrl } from './vcs-url.js';

export interface PurlParts {
  type: string;
  namespace?: string | undefined;
  name: string;
  version?: string | undefined;
  qualifiers?: Record<string, string> | undefined;
  subpath?: string | undefined;
}

/** 1 for the characters the purl spec never percent-encodes: A-Z a-z 0-9 . - _ ~ and `:`. */
const KEPT = (() => {
  const t = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) t[c] = 1;
  for (let c = 65; c <= 90; c++) t[c] = 1;
  for (let c = 97; c <= 122; c++) t[c] = 1;
  for (const ch of '.-_~:') t[ch.charCodeAt(0)] = 1;
  return t;
})();

/** Whether the purl spec writes this UTF-16 code unit as it is (never percent-encoded). */
export function isPurlSafe(code: number): boolean {
  return code < 128 && KEPT[code] === 1;
}

/** `!'()*`, which encodeURIComponent keeps and the purl spec encodes. */
const URI_MARKS = /[!'()*]/g;

/** A component percent-encoded per the purl spec. Throws URIError on a lone surrogate. */
export function encodePurlComponent(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isPurlSafe(c)) {
      return encodeURIComponent(text)
        .replace(URI_MARKS, (m) => `%${m.charCodeAt(0).toString(16).toUpperCase()}`)
        .replaceAll('%3A', ':');
    }
  }
  return text;
}

function encodeSegments(text: string): string {
  return text
    .split('/')
    .filter((s) => s !== '')
    .map(encodePurlComponent)
    .join('/');
}

/** The canonical text of a purl packageurl-js has validated and normalised. */
export function purlText(p: PurlParts): string {
  let out = `pkg:${p.type}/`;
  if (p.namespace) out += `${encodeSegments(p.namespace)}/`;
  out += encodePurlComponent(p.name);
  if (p.version) out += `@${encodePurlComponent(p.version)}`;
  const q = p.qualifiers ?? {};
  const keys = Object.keys(q)
    .filter((k) => q[k])
    .sort();
  if (keys.length > 0) out += `?${keys.map((k) => `${k}=${encodePurlComponent(q[k]!)}`).join('&')}`;
  if (p.subpath) out += `#${encodeSegments(p.subpath)}`;
  return out;
}

/** A git source's `vcs_url`: the VCS URL, or the URL as written (with `@<commit>`) when it has no such form. */
function gitQualifier(source: PackageSource & { url: string }): string {
  return vcsUrl(source) ?? (source.commit ? `${source.url}@${source.commit}` : source.url);
}

/** The qualifiers a package's source gives its purl: `vcs_url` (git) or `download_url` (tarball). */
export function sourceQualifiers(source: PackageSource | undefined): Record<string, string> {
  if (!source?.url) return {};
  if (source.kind === 'git') return { vcs_url: gitQualifier({ ...source, url: source.url }) };
  if (source.kind === 'tarball') return { download_url: source.url };
  return {};
}

/**
 * The source URL an SBOM must record beside the purl (Sterling's `sterling:source-url`): undefined
 * when the purl's qualifiers give the URL (and commit) back exactly, as for a tarball or a git URL
 * already in VCS form; the URL otherwise (a local path, `https://...` that `vcs_url` writes as
 * `git+https://...`).
 */
export function sourceUrlBesidePurl(source: PackageSource): string | undefined {
  if (!source.url || source.kind === 'tarball') return undefined;
  if (source.kind === 'git') {
    const back = parseVcsUrl(gitQualifier({ ...source, url: source.url }));
    if (back.url === source.url && back.commit === source.commit) return undefined;
  }
  return source.url;
}

function normalized(parts: PurlParts): PackageURL {
  const q = parts.qualifiers && Object.keys(parts.qualifiers).length > 0 ? parts.qualifiers : undefined;
  return new PackageURL(
    parts.type,
    parts.namespace,
    parts.name,
    parts.version || undefined,
    q,
    parts.subpath,
  );
}

/** The canonical purl of these parts; undefined when they cannot form one (empty name, bad type...). */
export function buildPurl(parts: PurlParts): string | undefined {
  try {
    return purlText(normalized(parts));
  } catch {
    return undefined;
  }
}

/** Parses and normalises a purl; throws (packageurl-js's PurlError) when the text is not one. */
export function parsePurl(text: string): PackageURL {
  return PackageURL.fromString(text.includes('+') ? text.replaceAll('+', '%2B') : text);
}

/** The canonical text of a parsed purl, optionally without its version. */
export function canonicalPurl(p: PackageURL, options: { version?: boolean } = {}): string {
  const qualifiers = (p.qualifiers ?? undefined) as Record<string, string> | undefined;
  return purlText({
    type: p.type,
    namespace: p.namespace ?? undefined,
    name: p.name,
    version: options.version === false ? undefined : (p.version ?? undefined),
    qualifiers,
    subpath: p.subpath ?? undefined,
  });
}
