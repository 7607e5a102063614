/**
 * java/gradle-lockfile: `gradle.lockfile` and `buildscript-gradle.lockfile`, Gradle's dependency
 * locking format. One `group:artifact:version=conf1,conf2` line per resolved module, `#` comments,
 * and an `empty=` line naming configurations without dependencies.
 *
 * Gradle writes every resolved module of the locked configurations and does not record which of them
 * the build declares: no package is marked direct and there is no dependency graph (said once, in the
 * description, rather than as a diagnostic on every file). Scopes come from the configurations
 * (see configurations.ts); the buildscript lockfile is the build's plugin classpath, all `dev`.
 *
 * Gradle 4.8 to 5 wrote one file per configuration instead, `gradle/dependency-locks/<configuration>.lockfile`
 * with bare `group:artifact:version` lines; those are read too, the configuration taken from the file
 * name (`buildscript-classpath.lockfile` is the buildscript's).
 */
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { baseName, matchesBaseName, mavenPackage, PackageCollector, stripBom } from '../maven-package.js';
import { scopesOf } from './configurations.js';

const FILES = ['gradle.lockfile', 'buildscript-gradle.lockfile'] as const;
const LEGACY_DIR = 'gradle/dependency-locks';
const LEGACY_SUFFIX = '.lockfile';

/** `gradle/dependency-locks/<configuration>.lockfile` (Gradle 4.8 to 5): the configuration, else undefined. */
export function legacyConfiguration(path: string): string | undefined {
  if (!path.endsWith(LEGACY_SUFFIX)) return undefined;
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, Math.max(slash, 0));
  if (dir !== LEGACY_DIR && !dir.endsWith(`/${LEGACY_DIR}`)) return undefined;
  const name = path.slice(slash + 1, -LEGACY_SUFFIX.length);
  return name === '' ? undefined : name;
}

const matchesCurrent = matchesBaseName(FILES);

export function matchesGradleLockfile(path: string): boolean {
  return matchesCurrent(path) || legacyConfiguration(path) !== undefined;
}

interface Entry {
  groupId: string;
  artifactId: string;
  version: string;
  configurations: string[];
}

/** `group:artifact:version=conf1,conf2` -> its parts; undefined when the line has another shape. */
export function parseLine(line: string): Entry | undefined {
  const eq = line.indexOf('=');
  const coordinate = eq < 0 ? line : line.slice(0, eq);
  const parts = coordinate.split(':');
  if (parts.length !== 3 || parts.some((p) => p === '' || p.trim() !== p)) return undefined;
  const configurations =
    eq < 0
      ? []
      : line
          .slice(eq + 1)
          .split(',')
          .map((c) => c.trim())
          .filter((c) => c !== '');
  return { groupId: parts[0]!, artifactId: parts[1]!, version: parts[2]!, configurations };
}

export function extractGradleLockfile(file: ExtractorFile): ExtractionOutput {
  const legacy = legacyConfiguration(file.path);
  const buildscript = baseName(file.path).startsWith('buildscript-');
  const sink = new DiagnosticSink(file.path);
  const packages = new PackageCollector();
  const lines = stripBom(file.text).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('empty=')) continue;
    const entry = parseLine(line);
    if (!entry) {
      sink.warn(
        'invalid-entry',
        `${quote(line)} is not a "group:artifact:version=configurations" line; skipped`,
        i + 1,
      );
      continue;
    }
    packages.add(
      mavenPackage({
        groupId: entry.groupId,
        artifactId: entry.artifactId,
        version: entry.version,
        location: { path: file.path, line: i + 1 },
        scopes: scopesOf(legacy === undefined ? entry.configurations : [legacy], buildscript),
      }),
    );
  }
  return { packages: packages.packages(), projects: [], diagnostics: sink.finish() };
}

export const gradleLockfileExtractor: Extractor = {
  id: 'java/gradle-lockfile',
  description:
    'Reads gradle.lockfile and buildscript-gradle.lockfile (and the older gradle/dependency-locks/*.lockfile): every locked module with its line; scopes from the configurations (test and tooling configurations -> dev, buildscript -> dev). Gradle does not record which modules are direct, so none is marked direct and there is no graph.',
  ecosystem: 'Maven',
  files: [...FILES, `${LEGACY_DIR}/*${LEGACY_SUFFIX}`],
  requirements: { network: false },
  matches: matchesGradleLockfile,
  extract: extractGradleLockfile,
};
