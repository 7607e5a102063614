import type { DirectDependency, Package, Project, Scope } from '../../../core/model/package.js';
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import { getOrInit } from '../../../core/util/map.js';
import { quote } from '../../../core/util/quote.js';
import { makePackage, makeProject } from '../../shared/package.js';
import type { Manifest } from './manifest.js';
import type { LockEntry } from './parse.js';
import { checksumToIntegrity, parseCargoSource } from './source.js';

export const ECOSYSTEM = 'crates.io';

interface Node {
  entry: LockEntry;
  /** Package id, or the project id for a first-party member. */
  id: string;
  manifest?: Manifest;
  pkg?: Package;
}

/** Finds the entry a `dependencies` item names: `name`, `name version` or `name version (source)`. */
function resolve(dep: string, byName: Map<string, Node[]>): Node | undefined {
  const space = dep.indexOf(' ');
  const name = space < 0 ? dep : dep.slice(0, space);
  const candidates = byName.get(name);
  if (!candidates) return undefined;
  if (space < 0) return candidates.length === 1 ? candidates[0] : undefined;
  const rest = dep.slice(space + 1);
  const paren = rest.indexOf(' (');
  const version = paren < 0 ? rest : rest.slice(0, paren);
  const source = paren < 0 || !rest.endsWith(')') ? undefined : rest.slice(paren + 2, -1);
  const sameVersion = candidates.filter((c) => c.entry.version === version);
  if (sameVersion.length <= 1 || source === undefined) return sameVersion[0];
  return sameVersion.find((c) => c.entry.source === source) ?? sameVersion[0];
}

export interface Graph {
  packages: Package[];
  projects: Project[];
}

/**
 * Packages for every entry with a source; Projects for local entries that are first-party manifests
 * (`manifests` undefined: no Cargo.toml beside the lockfile, so local entries stay packages with a
 * `file` source). Edges resolved to ids; projects' edges carry the scope their manifest declares.
 */
export function buildGraph(
  entries: readonly LockEntry[],
  lockPath: string,
  manifests: readonly Manifest[] | undefined,
  sink: DiagnosticSink,
): Graph {
  const byManifestName = new Map<string, Manifest>();
  for (const m of manifests ?? []) if (m.name && !byManifestName.has(m.name)) byManifestName.set(m.name, m);
  const nodes: Node[] = [];
  const byName = new Map<string, Node[]>();
  for (const entry of entries) {
    const { source, unknown } = parseCargoSource(entry.source);
    const location = entry.line ? { path: lockPath, line: entry.line } : { path: lockPath };
    if (unknown) {
      sink.warn(
        'unsupported-source',
        `package ${quote(entry.name)} has a source Sterling does not know (${quote(entry.source ?? '')}); reported as a registry package`,
        entry.line,
      );
    }
    const manifest = source ? undefined : byManifestName.get(entry.name);
    let node: Node;
    if (manifest) {
      node = { entry, id: `${ECOSYSTEM}:${manifest.folder}`, manifest };
    } else {
      if (!source && manifests) {
        sink.info(
          'local-package',
          `local package ${quote(entry.name)} (no source in Cargo.lock) is not a workspace member or path dependency Sterling found; reported as a local package`,
          entry.line,
        );
      }
      const integrity = checksumToIntegrity(entry.checksum);
      const pkgSource = source ?? { kind: 'file' as const };
      const pkg = makePackage({
        ecosystem: ECOSYSTEM,
        name: entry.name,
        version: entry.version,
        purlType: 'cargo',
        source: integrity ? { ...pkgSource, integrity } : pkgSource,
        location,
      });
      node = { entry, id: pkg.id, pkg };
    }
    nodes.push(node);
    getOrInit(byName, entry.name, () => []).push(node);
  }

  const projects: Project[] = [];
  for (const node of nodes) {
    const deps: string[] = [];
    const direct: DirectDependency[] = [];
    const seen = new Set<string>();
    for (const dep of node.entry.dependencies) {
      const target = resolve(dep, byName);
      if (!target) {
        sink.warn(
          'unresolved-dependency',
          `package ${quote(node.entry.name)} depends on ${quote(dep)}, which has no entry in Cargo.lock; edge skipped`,
          node.entry.line,
        );
        continue;
      }
      if (seen.has(target.id)) continue;
      seen.add(target.id);
      if (target.pkg) deps.push(target.id);
      if (node.manifest) {
        const scope: Scope = node.manifest.deps.get(target.entry.name) ?? 'prod';
        direct.push({ id: target.id, scope });
      }
    }
    if (node.pkg) node.pkg.dependencies = [...new Set(deps)].sort();
    if (node.manifest) {
      projects.push(
        makeProject({
          ecosystem: ECOSYSTEM,
          folder: node.manifest.folder,
          name: node.entry.name,
          version: node.entry.version,
          location: node.entry.line ? { path: lockPath, line: node.entry.line } : { path: lockPath },
          dependencies: direct.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
        }),
      );
    }
  }
  const packages = nodes.flatMap((n) => (n.pkg ? [n.pkg] : []));
  return { packages, projects };
}
