/**
 * CycloneDX 1.6 components for Sterling's packages and first-party projects. Keys are written in
 * the order of the CycloneDX schema; undefined fields are dropped by JSON.stringify.
 */
import type { Package, PackageSource, Project } from '../../../core/model/package.js';
import { sourceUrlBesidePurl } from '../../../core/purl/purl.js';
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

/**
 * The properties of a package, pushed in the order sortProperties would give them (by name, then
 * value): names are fixed here, so only repeated names (aliases, locations) need sorting.
 */
function packageProperties(pkg: Package, scope: CdxComponent['scope']): CdxProperty[] {
  const props: CdxProperty[] = [];
  // CycloneDX property taxonomy (cdx:npm): a package only development needs.
  if (pkg.ecosystem === 'npm' && scope === 'excluded') {
    props.push({ name: 'cdx:npm:package:development', value: 'true' });
  }
  if (pkg.aliases) pushSorted(props, 'sterling:alias', pkg.aliases);
  props.push({ name: 'sterling:direct', value: String(pkg.direct) });
  props.push({ name: 'sterling:ecosystem', value: pkg.ecosystem });
  const locations = pkg.locations;
  if (locations.length === 1) {
    props.push({ name: 'sterling:location', value: locationText(locations[0]!.path, locations[0]!.line) });
  } else if (locations.length > 1) {
    pushSorted(
      props,
      'sterling:location',
      locations.map((l) => locationText(l.path, l.line)),
    );
  }
  const unresolved = pkg.resolution === 'unresolved';
  if (unresolved) props.push({ name: 'sterling:resolution', value: 'unresolved' });
  if (pkg.scopes.length > 0) props.push({ name: 'sterling:scopes', value: pkg.scopes.join(',') });
  const source = pkg.source;
  if (source.kind !== 'registry') props.push({ name: 'sterling:source', value: source.kind });
  const url = sourceUrlBesidePurl(source);
  if (url) props.push({ name: 'sterling:source-url', value: url });
  // Declared only in test, example or fixture files: consumers can filter these out.
  if (pkg.tags) pushSorted(props, 'sterling:tag', pkg.tags);
  if (unresolved) props.push({ name: 'sterling:version-range', value: pkg.version });
  return props;
}

/** One property `name` per value, values in code-unit order. */
function pushSorted(props: CdxProperty[], name: string, values: readonly string[]): void {
  const sorted = values.length > 1 ? [...values].sort(compareStrings) : values;
  for (const value of sorted) props.push({ name, value });
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
  if (project.tag) props.push({ name: 'sterling:tag', value: project.tag });
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
