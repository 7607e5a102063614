/**
 * The `package` of an ignore entry: a purl (`pkg:npm/lodash`, `pkg:npm/lodash@4.17.20`; see
 * vex/purl.ts for the matching rules), `name@version` (the exact version), or a bare name (every
 * version). The name is split from the version at the last `@` that is not the first character, so
 * `@types/node@20.1.0` and `github.com/x/y@v1.2.3` read as expected; Maven names are `group:artifact`.
 * Names compare exactly, except PyPI names, which compare in their PEP 503 normal form
 * (`Django_Rest` = `django-rest`).
 */
import type { VulnerabilityFinding } from '../../core/model/vulnerability.js';
import type { PurlMatcher } from '../vex/purl.js';

export type PackageRef = { kind: 'purl'; purl: string } | { kind: 'name'; name: string; version?: string };

export function parsePackageRef(ref: string): PackageRef {
  if (ref.startsWith('pkg:')) return { kind: 'purl', purl: ref };
  const at = ref.lastIndexOf('@');
  if (at <= 0) return { kind: 'name', name: ref };
  return { kind: 'name', name: ref.slice(0, at), version: ref.slice(at + 1) };
}

/** PEP 503: lower case, each run of `-`, `_`, `.` one `-`. Written as a loop (no regular expression). */
function pep503(name: string): string {
  let out = '';
  let inRun = false;
  for (const ch of name.toLowerCase()) {
    const sep = ch === '-' || ch === '_' || ch === '.';
    if (sep && !inRun) out += '-';
    else if (!sep) out += ch;
    inRun = sep;
  }
  return out;
}

function sameName(ecosystem: string, a: string, b: string): boolean {
  return ecosystem === 'PyPI' ? pep503(a) === pep503(b) : a === b;
}

export function packageRefMatches(
  ref: PackageRef,
  pkg: VulnerabilityFinding['package'],
  matchPurl: PurlMatcher,
): boolean {
  if (ref.kind === 'purl') return pkg.purl !== undefined && matchPurl(ref.purl, pkg.purl);
  if (!sameName(pkg.ecosystem, ref.name, pkg.name)) return false;
  return ref.version === undefined || ref.version === pkg.version;
}
