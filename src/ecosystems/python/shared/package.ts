/**
 * PyPI packages the same way for every Python reader: OSV ecosystem `PyPI`, names normalised per
 * PEP 503 (`Foo_Bar` -> `foo-bar`, the form OSV records and purls use), purl type `pypi`.
 */
import type { Location, Package, PackageSource, Resolution, Scope } from '../../../core/model/package.js';
import { pep503 } from '../../../vuln/osv/names.js';
import { makePackage, packageId } from '../../shared/package.js';

export const PYPI = 'PyPI';

export interface PyPIPackageInit {
  /** Name as written; normalised here. */
  name: string;
  version: string;
  source?: PackageSource;
  resolution?: Resolution;
  location?: Location;
  scopes?: Scope[];
  direct?: boolean;
  dependencies?: string[];
}

export function pypiName(name: string): string {
  return pep503(name.trim());
}

export function pypiPackage(init: PyPIPackageInit): Package {
  return makePackage({ ...init, ecosystem: PYPI, name: pypiName(init.name), purlType: 'pypi' });
}

export function pypiId(name: string, version: string, source?: PackageSource): string {
  return packageId(PYPI, pypiName(name), version, source);
}

/** `path` and, when known, `line`. */
export function locationOf(path: string, line: number | undefined): Location {
  return line ? { path, line } : { path };
}

export function compareById(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
