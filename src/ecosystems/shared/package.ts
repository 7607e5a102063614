/**
 * Building Packages and Projects for any ecosystem, the same way the npm readers do: one id scheme,
 * one purl construction (core/purl), one place that knows the shape. Extractors of other
 * ecosystems (Python, Go, Rust, Java, ...) use these instead of assembling objects by hand.
 */
import { posix } from 'node:path';
import type {
  DirectDependency,
  Location,
  Package,
  PackageSource,
  Project,
  Resolution,
  Scope,
} from '../../core/model/package.js';
import { buildPurl, sourceQualifiers } from '../../core/purl/purl.js';

export interface PackageInit {
  /** OSV ecosystem name, e.g. `PyPI`, `Go`, `crates.io`, `Maven` (with a release suffix where OSV uses one). */
  ecosystem: string;
  /** Name as the ecosystem writes it (`group:artifact` for Maven, the module path for Go). */
  name: string;
  /** Exact version; the declared range when `resolution` is `unresolved`; may be empty. */
  version: string;
  /** purl type (`pypi`, `golang`, `cargo`, `maven`, `gem`, `composer`, `nuget`, `pub`, `hex`, ...). */
  purlType: string;
  /** purl namespace and name when they differ from splitting nothing off `name`. */
  purlNamespace?: string;
  purlName?: string;
  /** Extra purl qualifiers (e.g. `arch`, `distro`); `vcs_url` / `download_url` come from `source`. */
  qualifiers?: Record<string, string>;
  source?: PackageSource;
  resolution?: Resolution;
  location?: Location;
  scopes?: Scope[];
  direct?: boolean;
  dependencies?: string[];
}

/** `<ecosystem>:<name>@<version>`, plus `#<kind>:<commit|url>` for packages not from the default registry. */
export function packageId(ecosystem: string, name: string, version: string, source?: PackageSource): string {
  const base = `${ecosystem}:${name}@${version}`;
  if (!source || source.kind === 'registry') return base;
  const where = source.commit ?? source.url;
  return where ? `${base}#${source.kind}:${where}` : `${base}#${source.kind}`;
}

/** The purl of a package; undefined when the parts cannot form one. Unresolved ranges get no version. */
export function packagePurl(init: PackageInit): string | undefined {
  return buildPurl({
    type: init.purlType,
    namespace: init.purlNamespace,
    name: init.purlName ?? init.name,
    version: init.resolution === 'unresolved' ? undefined : init.version,
    qualifiers: { ...init.qualifiers, ...sourceQualifiers(init.source) },
  });
}

export function makePackage(init: PackageInit): Package {
  const source = init.source ?? { kind: 'registry' };
  const pkg: Package = {
    id: packageId(init.ecosystem, init.name, init.version, source),
    ecosystem: init.ecosystem,
    name: init.name,
    version: init.version,
    resolution: init.resolution ?? 'pinned',
    source,
    direct: init.direct ?? false,
    scopes: init.scopes ?? [],
    locations: init.location ? [init.location] : [],
    dependencies: init.dependencies ?? [],
  };
  const purl = packagePurl({ ...init, source });
  if (purl) pkg.purl = purl;
  return pkg;
}

export interface ProjectInit {
  /** OSV ecosystem of the project's dependencies. */
  ecosystem: string;
  /** Folder relative to the scanned root (`.` for the root). */
  folder: string;
  /** The project's own name; the folder's name when it has none. */
  name?: string;
  version?: string;
  location: Location;
  dependencies?: DirectDependency[];
}

/** A first-party project: id `<ecosystem>:<folder>`. */
export function makeProject(init: ProjectInit): Project {
  const project: Project = {
    id: `${init.ecosystem}:${init.folder}`,
    ecosystem: init.ecosystem,
    name: init.name || posix.basename(init.folder === '.' ? '' : init.folder) || init.folder,
    path: init.folder,
    location: init.location,
    dependencies: init.dependencies ?? [],
  };
  if (init.version) project.version = init.version;
  return project;
}
