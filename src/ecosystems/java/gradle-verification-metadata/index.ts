/**
 * java/gradle-verification-metadata: `gradle/verification-metadata.xml`, Gradle's dependency
 * verification file. Every `<component group name version>` is a module Gradle downloaded and
 * verified, with the checksums of its artifacts. The file does not say which configuration used a
 * module, nor which modules are direct: every package is reported in the prod scope (the safe
 * assumption), none direct, without a graph. The checksum of the main jar (strongest algorithm)
 * becomes the package's integrity.
 */

import { InputError } from '../../../core/errors/index.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { MAVEN, mavenPackage, PackageCollector } from '../maven-package.js';
import { asArray, attributeOf, objectOf, parseXml } from '../xml.js';

const FILE = 'gradle/verification-metadata.xml';
const COMPONENT = 'verification-metadata/components/component';
const ALGORITHMS = ['sha512', 'sha256', 'sha1', 'md5'] as const;

export function matchesVerificationMetadata(path: string): boolean {
  return path === FILE || path.endsWith(`/${FILE}`);
}

/** `<algorithm>:<hex>` of the component's main artifact (`<name>-<version>.jar`, else the first), strongest first. */
export function integrityOf(component: unknown, name: string, version: string): string | undefined {
  const artifacts = asArray(objectOf(component).artifact);
  const main = artifacts.find((a) => attributeOf(a, 'name') === `${name}-${version}.jar`) ?? artifacts[0];
  for (const algorithm of ALGORITHMS) {
    const value = attributeOf(asArray(objectOf(main)[algorithm])[0], 'value');
    if (value !== '') return `${algorithm}:${value}`;
  }
  return undefined;
}

export function extractVerificationMetadata(file: ExtractorFile): ExtractionOutput {
  const { doc, starts } = parseXml(file.text, file.path, new Set(['component']));
  if (!('verification-metadata' in doc)) {
    throw new InputError(
      `${file.path}: not a Gradle verification metadata file (no <verification-metadata> root)`,
      {
        path: file.path,
      },
    );
  }
  const lines = starts.filter((s) => s.path === COMPONENT).map((s) => s.line);
  const sink = new DiagnosticSink(file.path);
  const packages = new PackageCollector();
  const components = asArray(objectOf(objectOf(doc['verification-metadata']).components).component);
  components.forEach((c, i) => {
    const line = lines[i] ?? 0;
    const groupId = attributeOf(c, 'group').trim();
    const artifactId = attributeOf(c, 'name').trim();
    const version = attributeOf(c, 'version').trim();
    if (groupId === '' || artifactId === '') {
      sink.warn(
        'invalid-entry',
        `component ${quote(`${groupId}:${artifactId}`)} lacks a group or a name; skipped`,
        line,
      );
      return;
    }
    if (version === '') {
      sink.warn(
        'unresolved-version',
        `component ${quote(`${groupId}:${artifactId}`)} has no version; reported as unresolved`,
        line,
      );
    }
    const integrity = version === '' ? undefined : integrityOf(c, artifactId, version);
    packages.add(
      mavenPackage({
        groupId,
        artifactId,
        version,
        ...(version === '' ? { resolution: 'unresolved' as const } : {}),
        location: { path: file.path, line },
        scopes: ['prod'],
        ...(integrity ? { integrity } : {}),
      }),
    );
  });
  return { packages: packages.packages(), projects: [], diagnostics: sink.finish() };
}

export const gradleVerificationMetadataExtractor: Extractor = {
  id: 'java/gradle-verification-metadata',
  description:
    'Reads gradle/verification-metadata.xml: every verified component with its line and main-artifact checksum. The file records neither configurations nor direct dependencies, so all are prod, none direct, no graph.',
  ecosystem: MAVEN,
  files: [FILE],
  requirements: { network: false },
  matches: matchesVerificationMetadata,
  extract: extractVerificationMetadata,
};
