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

export function packageComponent(pkg: Package, ref: string): CdxComponent {
  const props: CdxProperty[] = [
    { name: 'sterling:direct', value: String(pkg.direct) },
    { name: 'sterling:ecosystem', value: pkg.ecosystem },
  ];
  if (pkg.scopes.length > 0) props.push({ name: 'sterling:scopes', value: pkg.scopes.join(',') });
  for (const l of pkg.locations)
    props.push({ name: 'sterling:location', value: locationText(l.path, l.line) });
  for (const alias of pkg.aliases ?? []) props.push({ name: 'sterling:alias', value: alias });
  if (pkg.resolution === 'unresolved') {
    props.push({ name: 'sterling:resolution', value: 'unresolved' });
    props.push({ name: 'sterling:version-range', value: pkg.version });
  }
  if (pkg.source.kind !== 'registry') props.push({ name: 'sterling:source', value: pkg.source.kind });
  if (pkg.source.url && pkg.source.kind !== 'git' && pkg.source.kind !== 'tarball')
    props.push({ name: 'sterling:source-url', value: pkg.source.url });
  // CycloneDX property taxonomy (cdx:npm): a package only development needs.
  if (pkg.ecosystem === 'npm' && componentScope(pkg) === 'excluded')
    props.push({ name: 'cdx:npm:package:development', value: 'true' });

  const hashes = integrityDigests(pkg.source.integrity).map((d) => ({ alg: d.algorithm, content: d.hex }));
  return {
    type: 'library',
    'bom-ref': ref,
    ...splitName(pkg.ecosystem, pkg.name),
    version: publishedVersion(pkg),
    scope: componentScope(pkg),
    hashes: hashes.length > 0 ? hashes : undefined,
    purl: publishedPurl(pkg),
    externalReferences: externalReferences(pkg.source),
    properties: sortProperties(props),
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
  return {
    type: library ? 'library' : 'application',
    'bom-ref': ref,
    ...splitName(project.ecosystem, project.name),
    version: project.version || undefined,
    properties: projectProperties(project),
  };
}
