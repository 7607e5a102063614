/** Plain-language text about one finding: which package, what is wrong, what to do. */
import type { Location, Package } from '../../../core/model/package.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { VulnerabilityFinding } from '../../../core/model/vulnerability.js';
import { compareStrings } from '../../../core/util/compare.js';
import { SARIF_BOUNDS } from './limits.js';
import { clip, plain } from './text.js';

export type PackageIndex = ReadonlyMap<string, Package>;

export function packageIndex(result: ScanResult): PackageIndex {
  return new Map(result.inventory.packages.map((p) => [p.id, p]));
}

/** Unique locations in path, line order. */
export function uniqueLocations(list: readonly Location[]): Location[] {
  const unique = new Map(list.map((l) => [`${l.path}\u0000${l.line ?? ''}`, l]));
  return [...unique.values()].sort((a, b) => compareStrings(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0));
}

/** `name version` of an inventory package id (plain text); the id itself when unknown. */
export function packageLabel(id: string, index: PackageIndex): string {
  const pkg = index.get(id);
  return plain(pkg ? `${pkg.name} ${pkg.version}`.trim() : id);
}

/** The direct dependency that pulls the package in (its name), when the package is transitive. */
export function introducedVia(f: VulnerabilityFinding, index: PackageIndex): string | undefined {
  const path = f.paths[0];
  if (!path || path.length < 2) return undefined;
  const head = path[0]!;
  return plain(index.get(head)?.name ?? head);
}

/** The advisory summary as one clipped sentence without its final full stop, or undefined. */
export function summarySentence(f: VulnerabilityFinding): string | undefined {
  const text = plain(f.summary ?? '').replace(/[.\s]+$/, '');
  return text ? clip(text, SARIF_BOUNDS.summaryChars) : undefined;
}

/** What to do, one or two sentences. */
export function advice(f: VulnerabilityFinding, index: PackageIndex): string {
  if (f.kind === 'malicious') {
    return 'Remove it, and treat every machine that installed it as compromised (rotate its credentials).';
  }
  const via = introducedVia(f, index);
  const suffix = via ? ` (via ${via})` : '';
  if (f.fixedIn) return `Upgrade to ${plain(f.fixedIn)}${suffix}.`;
  return `No fixed version is known yet${suffix}: remove or replace it, or limit how it is used.`;
}

/** The result message: what is affected, by what, and what to do. */
export function resultMessage(f: VulnerabilityFinding, index: PackageIndex): string {
  const pkg = plain(`${f.package.name} ${f.package.version}`.trim());
  const id = plain(f.id);
  const summary = summarySentence(f);
  const what =
    f.kind === 'malicious' ? `${pkg} is a known malicious package (${id})` : `${pkg} is affected by ${id}`;
  return `${what}${summary ? `: ${summary}` : ''}. ${advice(f, index)}`;
}
