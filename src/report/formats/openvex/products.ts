/**
 * The product of an OpenVEX statement. The spec's statement is "this vulnerability has this status
 * in this product"; `subcomponents` are "components possibly included in the product where the
 * vulnerability originates ... most often the product's dependencies". A Sterling finding is a
 * vulnerable dependency of the scanned project, so the product is the scanned project and the
 * vulnerable package its subcomponent. That is also the only honest form for `not_affected`: the
 * project may not be affected, the package alone still is.
 *
 * The project needs an identifier: a purl, which exists when the root project has an ecosystem,
 * a name and a version. Without one (no root manifest, no version), the statement falls back to
 * the package itself as the product, the form scanners (Grype, Trivy) also match.
 */
import type { Project } from '../../../core/model/package.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { VulnerabilityFinding } from '../../../core/model/vulnerability.js';
import { buildPurl } from '../../../core/purl/purl.js';
import { npmPurl } from '../../../ecosystems/npm/package.js';
import { wellFormed } from '../sarif/text.js';

export interface VexComponent {
  '@id': string;
  identifiers: { purl: string };
}

export interface VexProduct extends VexComponent {
  subcomponents?: VexComponent[];
}

/** purl types of OSV ecosystems whose names need no namespace (npm is handled apart). */
const PURL_TYPES: Record<string, string> = {
  'crates.io': 'cargo',
  CRAN: 'cran',
  Hackage: 'hackage',
  Hex: 'hex',
  NuGet: 'nuget',
  Pub: 'pub',
  PyPI: 'pypi',
  RubyGems: 'gem',
};

/** A purl for `name@version` of an ecosystem; `pkg:generic/...` when the ecosystem has no known type. */
function purlFor(ecosystem: string, name: string, version: string): string | undefined {
  const n = wellFormed(name);
  const v = wellFormed(version) || undefined;
  if (ecosystem === 'npm') return npmPurl(n, v ?? '');
  const type = PURL_TYPES[ecosystem];
  const local = type === 'pypi' ? n.toLowerCase().replace(/[-_.]+/g, '-') : n;
  return buildPurl({ type: type ?? 'generic', name: local, version: v });
}

function component(purl: string): VexComponent {
  return { '@id': purl, identifiers: { purl } };
}

/** The purl of the root project, when it has a name and a version. */
export function projectPurl(result: ScanResult): string | undefined {
  const root: Project | undefined = result.inventory.projects.find((p) => p.path === '.' || p.path === '');
  if (!root?.name || !root.version) return undefined;
  if (root.ecosystem !== 'npm' && !PURL_TYPES[root.ecosystem]) return undefined;
  return purlFor(root.ecosystem, root.name, root.version);
}

/** The package's purl as the finding carries it, or one built from its coordinates. */
export function packagePurl(f: VulnerabilityFinding): string {
  const p = f.package;
  return (
    (p.purl && !/\s/.test(p.purl) ? p.purl : undefined) ??
    purlFor(p.ecosystem, p.name, p.version) ??
    purlFor('', p.name || 'unnamed', p.version) ??
    'pkg:generic/unnamed'
  );
}

/** The statement's products: the project with the package as subcomponent, or the package alone. */
export function products(f: VulnerabilityFinding, project: string | undefined): VexProduct[] {
  const pkg = component(packagePurl(f));
  return project ? [{ ...component(project), subcomponents: [pkg] }] : [pkg];
}
