/**
 * The package key shared by the vulnerability database index and the matcher: an OSV ecosystem's
 * base name plus the package name in the form its registry treats as identical. Both sides must
 * normalise the same way, so this is the only place that knows the rules.
 *
 * - PyPI: PEP 503 (lowercase; every run of `-`, `_`, `.` becomes one `-`).
 * - NuGet, Packagist, GitHub Actions: lowercase (their registries and GitHub are case-insensitive).
 * - crates.io: lowercase and `_` -> `-`. crates.io refuses a new crate whose name differs from an
 *   existing one only by case or by `-`/`_` ("crate names are case-insensitive and `-` and `_` are
 *   equivalent for uniqueness"), so the folded form names exactly one crate; folding lets a lockfile
 *   spelling (`Foo_bar`) meet the advisory spelling (`foo-bar`) without ever joining two crates.
 * - Everything else as written: Go module paths and Maven `group:artifact` are case-sensitive, npm
 *   keeps legacy mixed-case names (`JSONStream`) distinct, distro packages are exact.
 */

/** The part of an OSV ecosystem before the first `:` (`Debian:12` -> `Debian`, `Ubuntu:22.04:LTS` -> `Ubuntu`). */
export function baseEcosystem(ecosystem: string): string {
  const colon = ecosystem.indexOf(':');
  return colon < 0 ? ecosystem : ecosystem.slice(0, colon);
}

/** The indexed form of a package name in an ecosystem (see the module comment for the rules). */
export function normalizePackageName(ecosystem: string, name: string): string {
  switch (baseEcosystem(ecosystem)) {
    case 'PyPI':
      return pep503(name);
    case 'crates.io':
      return crateName(name);
    case 'NuGet':
    case 'Packagist':
    case 'GitHub Actions':
      return name.toLowerCase();
    default:
      return name;
  }
}

/** PEP 503 normalisation as a linear scan: lowercase, runs of `-` `_` `.` collapse to one `-`. */
export function pep503(name: string): string {
  let out = '';
  let inRun = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 45 || c === 95 || c === 46) {
      // '-', '_', '.'
      if (!inRun) out += '-';
      inRun = true;
      continue;
    }
    inRun = false;
    out += name[i];
  }
  return out.toLowerCase();
}

function crateName(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) out += name.charCodeAt(i) === 95 ? '-' : name[i];
  return out.toLowerCase();
}
