/**
 * purl -> the OSV ecosystem, name and version Sterling matches on. The purl type says the ecosystem;
 * the namespace joins the name the way OSV writes it (`group:artifact` for Maven, the module path for
 * Go, `vendor/name` for Packagist, `@scope/name` for npm); OS packages get their release from the
 * `distro` qualifier (`debian-12` -> `Debian:12`, `alpine-3.20.1` -> `Alpine:v3.20`), and their
 * source package (what OSV names) from the `upstream` qualifier when there is one.
 */
import type { PackageURL } from 'packageurl-js';

export interface PurlIdentity {
  ecosystem: string;
  /** Name OSV records use (the source package for OS packages). */
  name: string;
  /** Version for matching (the source version for OS packages when `upstream` gives one). */
  version: string;
  /** Name and version as the purl writes them (the binary package for OS packages). */
  purlName: string;
  purlVersion: string;
  /** True when `upstream` named a source package different from the purl's. */
  hasUpstream: boolean;
}

/** purl type -> OSV ecosystem, for the types whose name needs no more than the namespace join. */
const SIMPLE: Record<string, string> = {
  bitnami: 'Bitnami',
  cargo: 'crates.io',
  composer: 'Packagist',
  conan: 'ConanCenter',
  cran: 'CRAN',
  gem: 'RubyGems',
  cocoapods: 'CocoaPods',
  docker: 'OCI',
  // Sterling's GitHub Actions reader (like syft) writes actions as pkg:github/<owner>/<repo>.
  github: 'GitHub Actions',
  githubactions: 'GitHub Actions',
  golang: 'Go',
  hackage: 'Hackage',
  hex: 'Hex',
  maven: 'Maven',
  oci: 'OCI',
  npm: 'npm',
  nuget: 'NuGet',
  pub: 'Pub',
  pypi: 'PyPI',
  swift: 'SwiftURL',
};

/** OSV ecosystem -> purl type, for building a purl from a name and an ecosystem hint. */
export const PURL_TYPE_OF: Record<string, string> = {
  ...Object.fromEntries(Object.entries(SIMPLE).map(([t, e]) => [e, t])),
  Alpine: 'apk',
  Debian: 'deb',
  Ubuntu: 'deb',
};

const DEBIAN_CODENAMES: Record<string, string> = {
  jessie: '8',
  stretch: '9',
  buster: '10',
  bullseye: '11',
  bookworm: '12',
  trixie: '13',
  forky: '14',
};

const UBUNTU_CODENAMES: Record<string, string> = {
  xenial: '16.04',
  bionic: '18.04',
  focal: '20.04',
  jammy: '22.04',
  noble: '24.04',
};

/** `Ubuntu:22.04:LTS` for an LTS release (April of an even year), else `Ubuntu:23.10`. */
export function ubuntuEcosystem(release: string, lts?: boolean): string {
  const m = /^(\d{2})\.(\d{2})$/.exec(release);
  if (!m) return 'Ubuntu';
  const isLts = lts ?? (Number(m[1]) % 2 === 0 && m[2] === '04');
  return `Ubuntu:${release}${isLts ? ':LTS' : ''}`;
}

/** `Alpine:v3.20` from `3.20.1`, `v3.20` or `alpine-3.20.1`; `Alpine` when the text is not a release. */
export function alpineEcosystem(release: string | undefined): string {
  const m = /^(?:alpine-)?v?(\d{1,3})\.(\d{1,3})(?:[._].*)?$/.exec(release ?? '');
  return m ? `Alpine:v${m[1]}.${m[2]}` : 'Alpine';
}

/** `Debian:12` from `debian-12`, `debian-12.5`, `12` or `bookworm`; `Debian` otherwise. */
export function debianEcosystem(release: string | undefined): string {
  const r = (release ?? '').replace(/^debian-/, '');
  const m = /^(\d{1,3})(?:\.\d+)*$/.exec(r);
  if (m) return `Debian:${m[1]}`;
  const code = Object.hasOwn(DEBIAN_CODENAMES, r) ? DEBIAN_CODENAMES[r] : undefined;
  return code ? `Debian:${code}` : 'Debian';
}

function osEcosystem(type: string, namespace: string, distro: string | undefined): string | undefined {
  if (type === 'deb') {
    if (namespace === 'ubuntu') {
      const r = (distro ?? '').replace(/^ubuntu-/, '');
      const rel = Object.hasOwn(UBUNTU_CODENAMES, r) ? UBUNTU_CODENAMES[r]! : r;
      return ubuntuEcosystem(rel);
    }
    return namespace === 'debian' || namespace === '' ? debianEcosystem(distro) : undefined;
  }
  if (type === 'apk') {
    if (namespace === 'alpine' || namespace === '') return alpineEcosystem(distro);
    if (namespace === 'wolfi') return 'Wolfi';
    if (namespace === 'chainguard') return 'Chainguard';
  }
  return undefined;
}

function joinName(type: string, namespace: string, name: string): string {
  // Conan's namespace is the recipe's user, Hex's a private organisation: neither is in the name.
  if (!namespace || type === 'conan' || type === 'hex') return name;
  if (type === 'maven') return `${namespace}:${name}`;
  return `${namespace}/${name}`;
}

/** `name` or `name@version` of an `upstream` qualifier. */
function splitUpstream(value: string | undefined): { name?: string; version?: string } {
  if (!value) return {};
  const at = value.indexOf('@');
  return at < 0 ? { name: value } : { name: value.slice(0, at), version: value.slice(at + 1) };
}

/**
 * The ecosystem purlIdentity gives a purl without qualifiers whose type alone says it, read from the
 * text without parsing it (renderers call this for every package); undefined for any other purl.
 */
export function plainPurlEcosystem(text: string): string | undefined {
  if (!text.startsWith('pkg:') || text.includes('?')) return undefined;
  const type = text.slice(4, text.indexOf('/', 4));
  return Object.hasOwn(SIMPLE, type) ? SIMPLE[type] : undefined;
}

/** The identity a purl gives, or undefined when its type has no OSV ecosystem Sterling knows. */
export function purlIdentity(purl: PackageURL): PurlIdentity | undefined {
  const type = purl.type;
  const namespace = purl.namespace ?? '';
  const version = purl.version ?? '';
  const qualifiers = (purl.qualifiers ?? {}) as Record<string, string>;
  if (type === 'deb' || type === 'apk') {
    const ecosystem = osEcosystem(type, namespace, qualifiers.distro);
    if (!ecosystem) return undefined;
    const up = splitUpstream(qualifiers.upstream);
    return {
      ecosystem,
      name: up.name || purl.name,
      version: up.version || version,
      purlName: purl.name,
      purlVersion: version,
      hasUpstream: Boolean(up.name),
    };
  }
  let ecosystem = Object.hasOwn(SIMPLE, type) ? SIMPLE[type] : undefined;
  if (!ecosystem) return undefined;
  if (
    type === 'cran' &&
    /^https?:\/\/(www\.)?bioconductor\.org(\/|$)/.test(qualifiers.repository_url ?? '')
  ) {
    ecosystem = 'Bioconductor';
  }
  let name = joinName(type, namespace, purl.name);
  // An image outside Docker Hub: the registry is part of its name (`ghcr.io/owner/image`).
  if (type === 'docker' && qualifiers.repository_url) name = `${qualifiers.repository_url}/${name}`;
  return { ecosystem, name, version, purlName: name, purlVersion: version, hasUpstream: false };
}
