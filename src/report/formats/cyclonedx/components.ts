/**
 * CycloneDX 1.6 components for Sterling's packages and first-party projects. Keys are written in
 * the order of the CycloneDX schema; undefined fields are dropped by JSON.stringify.
 */
import type { Package, PackageSource, Project } from '../../../core/model/package.js';
import { compareStrings } from '../../../core/util/compare.js';
import { publishedPurl, publishedVersion } from '../../sbom/graph.js';
import { integrityDigests } from '../../sbom/integrity.js';

export interface CdxProperty {
  name: string;
  value: string;
}

export interface CdxExternalReference {
  type: 'vcs' | 'distribution';
  url: string;
}

export interface CdxComponent {
  type: 'application' | 'library';
  'bom-ref': string;
  group?: string;
  name: string;
  version?: string;
  scope?: 'required' | 'optional' | 'excluded';
  hashes?: { alg: string; content: string }[];
  purl?: string;
  externalReferences?: CdxExternalReference[];
  properties?: CdxProperty[];
}

/** CycloneDX npm practice: `@scope/name` is group `@scope`, name `name`. */
export function splitName(ecosystem: string, name: string): { group?: string; name: string } {
  if (ecosystem !== 'npm' || !name.startsWith('@')) return { name };
  const slash = name.indexOf('/');
  if (slash <= 1 || slash === name.length - 1) return { name };
  return { group: name.slice(0, slash), name: name.slice(slash + 1) };
}

/** required when any production path reaches it, excluded when only development ones do. */
export function componentScope(pkg: Package): CdxComponent['scope'] {
  if (pkg.scopes.length === 0) return undefined;
  if (pkg.scopes.includes('prod')) return 'required';
  if (pkg.scopes.every((s) => s === 'dev')) return 'excluded';
  return 'optional';
}

/** The git URL with its commit as a `#` fragment (npm's `resolved` form), unless it has one already. */
export function gitUrlWithCommit(source: PackageSource): string | undefined {
  if (!source.url) return undefined;
  if (source.url.includes('#') || !source.commit) return source.url;
  return `${source.url}#${source.commit}`;
}

function externalReferences(source: PackageSource): CdxExternalReference[] | undefined {
  if (source.kind === 'git') {
    const url = gitUrlWithCommit(source);
    return url ? [{ type: 'vcs', url }] : undefined;
  }
  if (source.kind === 'tarball' && source.url) return [{ type: 'distribution', url: source.url }];
  return undefined;
}

function sortProperties(props: CdxProperty[]): CdxProperty[] | undefined {
  if (props.length === 0) return undefined;
  return props.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.value, b.value));
}

function locationText(path: string, line: number | undefined): string {
  return line ? `${path}:${line}` : path;
}

/** `values` in code-unit order (sorted in place; they are fresh arrays). */
function sorted(values: string[]): string[] {
  return values.length > 1 ? values.sort(compareStrings) : values;
}

/**
 * The properties of a package, pushed in the order sortProperties would give them (by name, then
 * value): names are fixed here, so only repeated names (aliases, locations) need sorting.
 */
function packageProperties(pkg: Package, scope: CdxComponent['scope']): CdxProperty[] {
  const props: CdxProperty[] = [];
  const push = (name: string, value: string): void => {
    props.push({ name, value });
  };
  // CycloneDX property taxonomy (cdx:npm): a package only development needs.
  if (pkg.ecosystem === 'npm' && scope === 'excluded') push('cdx:npm:package:development', 'true');
  if (pkg.aliases) for (const alias of sorted([...pkg.aliases])) push('sterling:alias', alias);
  push('sterling:direct', String(pkg.direct));
  push('sterling:ecosystem', pkg.ecosystem);
  const locations = pkg.locations.map((l) => locationText(l.path, l.line));
  for (const location of sorted(locations)) push('sterling:location', location);
  const unresolved = pkg.resolution === 'unresolved';
  if (unresolved) push('sterling:resolution', 'unresolved');
  if (pkg.scopes.length > 0) push('sterling:scopes', pkg.scopes.join(','));
  if (pkg.source.kind !== 'registry') push('sterling:source', pkg.source.kind);
  if (pkg.source.url && pkg.source.kind !== 'git' && pkg.source.kind !== 'tarball')
    push('sterling:source-url', pkg.source.url);
  if (unresolved) push('sterling:version-range', pkg.version);
  return props;
}

export function packageComponent(pkg: Package, ref: string): CdxComponent {
  const scope = componentScope(pkg);
  const digests = integrityDigests(pkg.source.integrity);
  const named = splitName(pkg.ecosystem, pkg.name);
  return {
    type: 'library',
    'bom-ref': ref,
    group: named.group,
    name: named.name,
    version: publishedVersion(pkg),
    scope,
    hashes: digests.length > 0 ? digests.map((d) => ({ alg: d.algorithm, content: d.hex })) : undefined,
    purl: publishedPurl(pkg),
    externalReferences: externalReferences(pkg.source),
    properties: packageProperties(pkg, scope),
  };
}

export function projectProperties(project: Project): CdxProperty[] {
  const props: CdxProperty[] = [
    { name: 'sterling:ecosystem', value: project.ecosystem },
    { name: 'sterling:first-party', value: 'true' },
    { name: 'sterling:location', value: locationText(project.location.path, project.location.line) },
    { name: 'sterling:path', value: project.path },
  ];
  return sortProperties(props) ?? [];
}

/** A workspace member: a library when another node depends on it, else an application. */
export function projectComponent(project: Project, ref: string, library: boolean): CdxComponent {
  const named = splitName(project.ecosystem, project.name);
  return {
    type: library ? 'library' : 'application',
    'bom-ref': ref,
    group: named.group,
    name: named.name,
    version: project.version || undefined,
    properties: projectProperties(project),
  };
}
