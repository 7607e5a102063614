/**
 * java/pom-xml: a Maven `pom.xml`. Its declared dependencies (and those of active-by-default
 * profiles, and those inherited from parent POMs found in the scanned tree), with `${property}`
 * interpolation and versions supplied by dependencyManagement (its own, its local parents', and that
 * of imported BOMs found in the tree). A POM names direct dependencies only:
 * their transitive dependencies are decided by Maven's resolver against remote repositories and are
 * unknown offline. Every POM is a first-party Project; its modules are Projects of their own files,
 * and a dependency on a module of the same build is first-party, not a package.
 */
import { posix } from 'node:path';
import type { DirectDependency, Scope } from '../../../core/model/package.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { makeProject } from '../../shared/package.js';
import { MAVEN, matchesBaseName, mavenName, mavenPackage, PackageCollector } from '../maven-package.js';
import {
  type EffectiveDependency,
  type EffectivePom,
  effectivePom,
  MAX_PARENT_DEPTH,
  managementKey,
} from './effective.js';
import { firstPlaceholder } from './interpolate.js';
import { readPom } from './pom.js';
import { reactorOf } from './reactor.js';
import { classifyVersion } from './version-spec.js';

const FILES = ['pom.xml'] as const;

/**
 * Maven scope -> Sterling scopes. `test` is dev. `compile`, `runtime`, `system` and `provided` are
 * prod: a provided dependency is supplied by the container (servlet API, application server), but it
 * runs in production all the same, so its vulnerabilities matter. `optional` (not pulled in by
 * consumers of this artifact) adds `optional` and drops `prod`.
 */
export function scopesOf(scope: string, optional: boolean): Scope[] {
  const base: Scope = scope === 'test' ? 'dev' : 'prod';
  if (!optional) return [base];
  return base === 'dev' ? ['dev', 'optional'] : ['optional'];
}

function missingVersionReason(eff: EffectivePom): string {
  const from: string[] = [];
  if (eff.boms.length > 0) {
    from.push(
      `an imported BOM (${eff.boms
        .slice(0, 3)
        .map((b) => quote(`${b.groupId}:${b.artifactId}:${b.version}`))
        .join(', ')})`,
    );
  }
  if (eff.remoteParent) {
    const p = eff.remoteParent;
    from.push(
      `the parent POM ${quote(`${p.groupId}:${p.artifactId}:${p.version}`)}, which is not in the scanned tree`,
    );
  }
  return from.length > 0
    ? `no version declared or managed in this tree; it may come from ${from.join(' or ')}, which cannot be read offline`
    : 'no version declared or managed';
}

function describeDependency(d: EffectiveDependency): string {
  return quote(mavenName(d.groupId, d.artifactId));
}

export function extractPomXml(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const pom = readPom(file.text, file.path);
  const sink = new DiagnosticSink(file.path);
  const eff = effectivePom(pom, ctx);
  const reactor = reactorOf(pom, eff, ctx, sink);
  const packages = new PackageCollector();
  const direct = new Map<string, DirectDependency>();

  // Said by the POM that declares the remote parent only: a local parent's own extraction says it for
  // its children, whose unresolved versions name it.
  if (eff.remoteParent && eff.remoteParentOf === file.path) {
    const p = eff.remoteParent;
    sink.info(
      'remote-parent',
      `parent POM ${quote(`${p.groupId}:${p.artifactId}:${p.version}`)} is not in the scanned tree: the properties, managed versions and dependencies it would supply are unknown offline`,
      p.line,
    );
  }
  if (eff.chainStop) {
    const last = eff.chain.at(-1)!;
    sink.warn(
      'parent-chain',
      eff.chainStop === 'cycle'
        ? `the parent of ${quote(last.path)} leads back into its own chain of parents; followed no further`
        : `more than ${MAX_PARENT_DEPTH} local parent POMs; followed no further than ${quote(last.path)}`,
      pom.parent?.line,
    );
  }
  for (const b of eff.boms) {
    if (b.inheritedFrom) continue;
    sink.info(
      'bom-import',
      `BOM ${quote(`${b.groupId}:${b.artifactId}:${b.version}`)} is imported: the versions it manages are unknown offline`,
      b.line,
    );
  }
  const inactive = new Set<string>();

  for (const d of eff.dependencies) {
    const line = d.inheritedFrom ? (pom.parent?.line ?? 0) : d.line;
    if (d.groupId === '' || d.artifactId === '') {
      sink.warn('invalid-entry', 'dependency without groupId or artifactId; skipped', line);
      continue;
    }
    if (firstPlaceholder(d.groupId) !== undefined || firstPlaceholder(d.artifactId) !== undefined) {
      sink.warn(
        'unresolved-name',
        `dependency ${describeDependency(d)} uses a property not defined in this POM or its parents in the tree; skipped`,
        line,
      );
      continue;
    }
    if (reactor.has(mavenName(d.groupId, d.artifactId))) continue;
    const managed = eff.managed.get(managementKey(d));
    const written = d.version || managed?.version || '';
    const scope = d.scope || managed?.scope || 'compile';
    const optional = d.optional || (d.scope === '' && managed?.optional === true);
    const spec = classifyVersion(written);
    let scopes = scopesOf(scope, optional);
    if (d.profile !== undefined && !d.activeByDefault) {
      scopes = scopes.includes('dev') ? ['dev', 'optional'] : ['optional'];
      inactive.add(d.profile);
    }
    if (spec.resolution === 'unresolved') {
      const reason = written === '' ? missingVersionReason(eff) : spec.reason;
      sink.warn('unresolved-version', `${describeDependency(d)}: ${reason}; reported as unresolved`, line);
    }
    const pkg = packages.add(
      mavenPackage({
        groupId: d.groupId,
        artifactId: d.artifactId,
        version: spec.version,
        type: d.type,
        classifier: d.classifier,
        resolution: spec.resolution,
        location: { path: file.path, line },
        scopes,
        direct: true,
      }),
    );
    const primary: Scope = scopes[0]!;
    direct.set(`${pkg.id} ${primary}`, { id: pkg.id, scope: primary });
  }
  for (const id of inactive) {
    sink.info(
      'inactive-profile',
      `profile ${quote(id)} is not active by default: its dependencies are reported with scope optional`,
    );
  }

  const folder = posix.dirname(file.path);
  const name = eff.artifactId ? mavenName(eff.groupId, eff.artifactId) : undefined;
  const project = makeProject({
    ecosystem: MAVEN,
    folder,
    ...(name ? { name } : {}),
    ...(eff.version && firstPlaceholder(eff.version) === undefined ? { version: eff.version } : {}),
    location: { path: file.path, line: pom.projectLine },
    dependencies: [...direct.values()],
  });
  return { packages: packages.packages(), projects: [project], diagnostics: sink.finish() };
}

export const pomXmlExtractor: Extractor = {
  id: 'java/pom-xml',
  description:
    'Reads pom.xml: declared dependencies with scopes (test -> dev, provided -> prod, optional), ${property} interpolation, dependencyManagement, parent POMs and imported BOMs found in the tree; modules are first-party projects. Parents and BOMs outside the tree, version ranges and undefined properties stay unresolved with a diagnostic. Transitive dependencies are not in a POM and are not reported.',
  ecosystem: MAVEN,
  files: FILES,
  requirements: { network: false },
  matches: matchesBaseName(FILES),
  extract: extractPomXml,
};
