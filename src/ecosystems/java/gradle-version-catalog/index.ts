/**
 * java/gradle-version-catalog: `gradle/libs.versions.toml` (and other `*.versions.toml` catalogs in
 * `gradle/`). `[libraries]` in all three notations (`"group:name:version"`, `module = "group:name"`,
 * `group` + `name`), versions inline, by `version.ref` into `[versions]`, or rich
 * (`strictly`/`require`/`prefer`). A catalog declares the libraries a build may use, not how it uses
 * them: packages are in the prod scope, not marked direct, without a graph. `[plugins]` and
 * `[bundles]` are not libraries and are not read.
 */
import { InputError } from '../../../core/errors/index.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { isTable, parseTomlFile } from '../../shared/toml.js';
import { MAVEN, mavenPackage, PackageCollector, stripBom } from '../maven-package.js';
import { libraryLines } from './lines.js';
import { resolveVersion } from './version.js';

const SUFFIX = '.versions.toml';

/** `gradle/<name>.versions.toml`: Gradle's default catalog is libs.versions.toml, others are declared in settings. */
export function matchesCatalog(path: string): boolean {
  if (!path.endsWith(SUFFIX)) return false;
  const slash = path.lastIndexOf('/');
  if (slash < 0 || path.length - slash - 1 === SUFFIX.length) return false;
  const dir = path.slice(0, slash);
  return dir === 'gradle' || dir.endsWith('/gradle');
}

interface Coordinates {
  groupId: string;
  artifactId: string;
  version?: unknown;
}

/** The coordinates of one library, or why it has none. */
function coordinatesOf(value: unknown): Coordinates | string {
  if (typeof value === 'string') {
    const parts = value.split(':');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => p.trim() === '')) {
      return `${quote(value)} is not "group:name:version"`;
    }
    return {
      groupId: parts[0]!.trim(),
      artifactId: parts[1]!.trim(),
      ...(parts[2] ? { version: parts[2].trim() } : {}),
    };
  }
  if (!isTable(value)) return 'neither a string nor a table';
  if (typeof value.module === 'string') {
    const parts = value.module.split(':');
    if (parts.length !== 2 || parts.some((p) => p.trim() === ''))
      return `module ${quote(value.module)} is not "group:name"`;
    return { groupId: parts[0]!.trim(), artifactId: parts[1]!.trim(), version: value.version };
  }
  if (
    typeof value.group === 'string' &&
    typeof value.name === 'string' &&
    value.group.trim() &&
    value.name.trim()
  ) {
    return { groupId: value.group.trim(), artifactId: value.name.trim(), version: value.version };
  }
  return 'neither module nor group and name';
}

/** A catalog is a few kilobytes and three levels deep: 4 MiB and 16 levels are far beyond a real one. */
const CATALOG_LIMITS = { maxLength: 4 * 1024 * 1024, maxDepth: 16 } as const;

export function extractVersionCatalog(file: ExtractorFile): ExtractionOutput {
  const text = stripBom(file.text);
  const doc = parseTomlFile(text, file.path, CATALOG_LIMITS);
  const libraries = doc.libraries ?? {};
  if (!isTable(libraries))
    throw new InputError(`${file.path}: [libraries] is not a table`, { path: file.path });
  const versions = isTable(doc.versions) ? doc.versions : {};
  const lines = libraryLines(text);
  const sink = new DiagnosticSink(file.path);
  const packages = new PackageCollector();
  for (const [key, value] of Object.entries(libraries)) {
    const line = lines.get(key);
    const c = coordinatesOf(value);
    if (typeof c === 'string') {
      sink.warn('invalid-entry', `library ${quote(key)}: ${c}; skipped`, line);
      continue;
    }
    const v = resolveVersion(c.version, versions);
    if (v.resolution === 'unresolved') {
      sink.warn(
        'unresolved-version',
        `library ${quote(key)} (${quote(`${c.groupId}:${c.artifactId}`)}): ${v.reason}; reported as unresolved`,
        line,
      );
    }
    packages.add(
      mavenPackage({
        groupId: c.groupId,
        artifactId: c.artifactId,
        version: v.version,
        resolution: v.resolution,
        ...(line ? { location: { path: file.path, line } } : { location: { path: file.path } }),
        scopes: ['prod'],
      }),
    );
  }
  return { packages: packages.packages(), projects: [], diagnostics: sink.finish() };
}

export const gradleVersionCatalogExtractor: Extractor = {
  id: 'java/gradle-version-catalog',
  description:
    'Reads Gradle version catalogs (gradle/libs.versions.toml): [libraries] in all notations with version.ref and rich versions; dynamic versions and ranges unresolved. A catalog declares libraries, not their use: prod scope, none direct, no graph; [plugins] are not read.',
  ecosystem: MAVEN,
  files: ['gradle/libs.versions.toml', 'gradle/*.versions.toml'],
  requirements: { network: false },
  matches: matchesCatalog,
  extract: extractVersionCatalog,
};
