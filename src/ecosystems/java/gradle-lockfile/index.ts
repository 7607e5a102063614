/**
 * java/gradle-lockfile: `gradle.lockfile` and `buildscript-gradle.lockfile`, Gradle's dependency
 * locking format. One `group:artifact:version=conf1,conf2` line per resolved module, `#` comments,
 * and an `empty=` line naming configurations without dependencies.
 *
 * Gradle writes every resolved module of the locked configurations and does not record which of them
 * the build declares: no package is marked direct and there is no dependency graph (said once, in the
 * description, rather than as a diagnostic on every file). Scopes come from the configurations
 * (see configurations.ts); the buildscript lockfile is the build's plugin classpath, all `dev`.
 */
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { baseName, matchesBaseName, mavenPackage, PackageCollector, stripBom } from '../maven-package.js';
import { scopesOf } from './configurations.js';

const FILES = ['gradle.lockfile', 'buildscript-gradle.lockfile'] as const;

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
        scopes: scopesOf(entry.configurations, buildscript),
      }),
    );
  }
  return { packages: packages.packages(), projects: [], diagnostics: sink.finish() };
}

export const gradleLockfileExtractor: Extractor = {
  id: 'java/gradle-lockfile',
  description:
    'Reads gradle.lockfile and buildscript-gradle.lockfile: every locked module with its line; scopes from the configurations (test and tooling configurations -> dev, buildscript -> dev). Gradle does not record which modules are direct, so none is marked direct and there is no graph.',
  ecosystem: 'Maven',
  files: FILES,
  requirements: { network: false },
  matches: matchesBaseName(FILES),
  extract: extractGradleLockfile,
};
