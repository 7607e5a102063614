/**
 * The effective model of a POM as far as the tree holds it: the chain of local parents, properties
 * (child over parent, plus the `project.*` built-ins), dependencyManagement (child over parent,
 * BOM imports listed), and dependencies (own, then inherited ones the child does not redeclare).
 */
import type { ExtractorContext } from '../../../core/plugin/extractor.js';
import { interpolate } from './interpolate.js';
import type { Pom, PomDependency, PomParent } from './pom.js';
import { findByCoordinates, findParent, ownCoordinates } from './workspace.js';

/** Longest parent chain followed; deeper chains are cut (and cycles stop at the repeated POM). */
export const MAX_PARENT_DEPTH = 16;
/** Deepest chain of BOMs importing BOMs read from the tree. */
export const MAX_BOM_DEPTH = 8;

export interface EffectiveDependency extends PomDependency {
  /** Set when inherited: the POM that declares it. */
  inheritedFrom?: string;
}

export interface EffectivePom {
  /** The POM and its local ancestors, child first. */
  chain: Pom[];
  /** The parent declaration that could not be found in the tree (the chain ends there). */
  remoteParent?: PomParent;
  /** The POM that declares remoteParent. */
  remoteParentOf?: string;
  /** Why the chain of local parents was cut short: it loops, or is deeper than MAX_PARENT_DEPTH. */
  chainStop?: 'cycle' | 'too-deep';
  groupId: string;
  artifactId: string;
  version: string;
  properties: Map<string, string>;
  managed: Map<string, EffectiveDependency>;
  /** BOMs imported through dependencyManagement (scope import) that are not in the tree: unknown offline. */
  boms: EffectiveDependency[];
  dependencies: EffectiveDependency[];
}

/** groupId:artifactId:type:classifier, Maven's identity of a dependency (type defaults to jar). */
export function managementKey(d: {
  groupId: string;
  artifactId: string;
  type: string;
  classifier: string;
}): string {
  return `${d.groupId}:${d.artifactId}:${d.type || 'jar'}:${d.classifier}`;
}

function builtIns(props: Map<string, string>, pom: Pom, groupId: string, version: string): void {
  for (const prefix of ['project.', 'pom.', '']) {
    props.set(`${prefix}groupId`, groupId);
    props.set(`${prefix}artifactId`, pom.artifactId);
    props.set(`${prefix}version`, version);
  }
  if (pom.parent) {
    for (const prefix of ['project.parent.', 'parent.']) {
      props.set(`${prefix}groupId`, pom.parent.groupId);
      props.set(`${prefix}artifactId`, pom.parent.artifactId);
      props.set(`${prefix}version`, pom.parent.version);
    }
  }
  props.set('project.basedir', '.');
  props.set('basedir', '.');
}

/**
 * `visiting` holds the POMs whose model is being built (a BOM importing itself, directly or not, is
 * then treated as remote); `depth` counts BOM imports followed.
 */
export function effectivePom(
  pom: Pom,
  ctx: ExtractorContext,
  depth = 0,
  visiting: ReadonlySet<string> = new Set([pom.path]),
): EffectivePom {
  const chain: Pom[] = [pom];
  const seen = new Set([pom.path]);
  let remoteParent: PomParent | undefined;
  let remoteParentOf = pom.path;
  let chainStop: EffectivePom['chainStop'];
  for (let cur = pom; cur.parent; ) {
    if (chain.length > MAX_PARENT_DEPTH) {
      chainStop = 'too-deep';
      break;
    }
    const parent = findParent(ctx, cur.path, cur.parent);
    if (parent && seen.has(parent.path)) {
      chainStop = 'cycle';
      break;
    }
    if (!parent) {
      remoteParent = cur.parent;
      remoteParentOf = cur.path;
      break;
    }
    chain.push(parent);
    seen.add(parent.path);
    cur = parent;
  }

  const own = ownCoordinates(pom);
  const groupId = own.groupId || chain.find((p) => p.groupId)?.groupId || '';
  const version = own.version || chain.find((p) => p.version)?.version || '';
  const properties = new Map<string, string>();
  for (let i = chain.length - 1; i >= 0; i--) for (const [k, v] of chain[i]!.properties) properties.set(k, v);
  builtIns(properties, pom, groupId, version);

  const resolveCoordinates = (d: PomDependency): EffectiveDependency => ({
    ...d,
    groupId: interpolate(d.groupId, properties),
    artifactId: interpolate(d.artifactId, properties),
    version: interpolate(d.version, properties),
    type: interpolate(d.type, properties),
    classifier: interpolate(d.classifier, properties),
    scope: interpolate(d.scope, properties),
  });

  const managed = new Map<string, EffectiveDependency>();
  const imports: EffectiveDependency[] = [];
  for (const p of chain) {
    for (const raw of p.managed) {
      const d = resolveCoordinates(raw);
      if (p !== pom) d.inheritedFrom = p.path;
      if (d.scope === 'import') {
        imports.push(d);
        continue;
      }
      const key = managementKey(d);
      if (!managed.has(key)) managed.set(key, d);
    }
  }
  // Imported BOMs manage what the POM's own dependencyManagement does not, the first import first.
  // One in the tree is read (its own effective model); one elsewhere stays unknown.
  const boms: EffectiveDependency[] = [];
  for (const b of imports) {
    const local = depth < MAX_BOM_DEPTH ? findByCoordinates(ctx, b, pom.path) : undefined;
    if (!local || visiting.has(local.path)) {
      boms.push(b);
      continue;
    }
    const bom = effectivePom(local, ctx, depth + 1, new Set([...visiting, local.path]));
    for (const [key, d] of bom.managed)
      if (!managed.has(key)) managed.set(key, { ...d, inheritedFrom: local.path });
    for (const nested of bom.boms) boms.push({ ...nested, inheritedFrom: local.path });
  }

  const dependencies: EffectiveDependency[] = pom.dependencies.map(resolveCoordinates);
  const declared = new Set(dependencies.map(managementKey));
  for (const p of chain.slice(1)) {
    for (const raw of p.dependencies) {
      const d = resolveCoordinates(raw);
      const key = managementKey(d);
      if (declared.has(key)) continue;
      declared.add(key);
      d.inheritedFrom = p.path;
      dependencies.push(d);
    }
  }

  const out: EffectivePom = {
    chain,
    groupId: interpolate(groupId, properties),
    artifactId: interpolate(pom.artifactId, properties),
    version: interpolate(version, properties),
    properties,
    managed,
    boms,
    dependencies,
  };
  if (chainStop) out.chainStop = chainStop;
  if (remoteParent) {
    out.remoteParent = remoteParent;
    out.remoteParentOf = remoteParentOf;
  }
  return out;
}
