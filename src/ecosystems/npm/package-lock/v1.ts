/**
 * lockfileVersion 1 (npm 5 and 6): a nested `dependencies` tree mirroring node_modules. Walked with an
 * explicit stack (no recursion) and a depth bound. `requires` edges resolve like Node: the node's own
 * nested `dependencies`, then each ancestor's, up to the root.
 */
import { locationOf, npmPackageId } from '../package.js';
import { npmProject } from '../project.js';
import type { Occurrence } from './collect.js';
import { forEachDependency, type LockEntry, readEntry } from './entry.js';
import { LIMITS } from './limits.js';
import { guessRootDependencies, readRootManifest, type TopLevel } from './projects.js';
import { invalidEntry, type Run, rootName, tooManyEntries } from './run.js';
import { readV1Version, sourceFromResolved } from './source.js';

interface TreeNode {
  name: string;
  parent: TreeNode | undefined;
  children: Map<string, TreeNode>;
  depth: number;
  entry?: LockEntry;
  line?: number;
  id?: string;
  occurrence?: Occurrence;
}

function walk(dependencies: Record<string, unknown>, run: Run): { root: TreeNode; nodes: TreeNode[] } {
  const root: TreeNode = { name: '', parent: undefined, children: new Map(), depth: 0 };
  const nodes: TreeNode[] = [];
  const stack: Array<{ node: TreeNode; raw: Record<string, unknown>; lineNode: number }> = [
    { node: root, raw: dependencies, lineNode: 0 },
  ];
  let tooDeep = 0;
  while (stack.length > 0) {
    const { node, raw, lineNode } = stack.pop()!;
    for (const [name, value] of Object.entries(raw)) {
      const pos = run.lines.treeChild(lineNode, name);
      if (nodes.length >= LIMITS.maxEntries) {
        tooManyEntries(run, pos?.line);
        return { root, nodes };
      }
      const entry = readEntry(value, 'v1');
      if (typeof entry === 'string' || name.length === 0 || name.length > LIMITS.maxNameLength) {
        invalidEntry(run, name, typeof entry === 'string' ? entry : 'invalid package name', pos?.line);
        continue;
      }
      const child: TreeNode = {
        name,
        parent: node,
        children: new Map(),
        depth: node.depth + 1,
        entry,
      };
      if (pos) child.line = pos.line;
      node.children.set(name, child);
      nodes.push(child);
      if (!entry.children) continue;
      if (child.depth >= LIMITS.maxTreeDepth) tooDeep++;
      else stack.push({ node: child, raw: entry.children, lineNode: pos?.node ?? -1 });
    }
  }
  if (tooDeep > 0) {
    run.sink.add(
      'warning',
      'too-deep',
      `${run.path}: dependencies nested deeper than ${LIMITS.maxTreeDepth} levels were not read`,
    );
  }
  return { root, nodes };
}

/** The package a v1 node describes, or a reason it cannot be read. */
function occurrenceOf(node: TreeNode, entry: LockEntry, run: Run): Occurrence | string {
  if (entry.version === undefined || entry.version === '') return 'no `version`';
  const v = readV1Version(entry.version, run.dir, entry.integrity);
  const base = { scopes: entry.scopes, location: locationOf(run.path, node.line), dependencies: [] };
  switch (v.kind) {
    case 'invalid':
      return v.reason;
    case 'source':
      return { ...base, name: node.name, version: '', source: v.source };
    case 'alias': {
      const source = sourceFromResolved(entry.resolved, v.name, run.dir, entry.integrity);
      return { ...base, name: v.name, version: v.version, alias: node.name, source };
    }
    default: {
      if (v.version.length > LIMITS.maxVersionLength) return '`version` too long';
      const source = sourceFromResolved(entry.resolved, node.name, run.dir, entry.integrity);
      return { ...base, name: node.name, version: v.version, source };
    }
  }
}

function resolve(from: TreeNode, name: string): TreeNode | undefined {
  for (let n: TreeNode | undefined = from; n; n = n.parent) {
    const hit = n.children.get(name);
    if (hit) return hit;
  }
  return undefined;
}

export function extractV1(dependencies: Record<string, unknown>, run: Run): void {
  const { root, nodes } = walk(dependencies, run);
  for (const node of nodes) {
    const occurrence = occurrenceOf(node, node.entry!, run);
    if (typeof occurrence === 'string') {
      invalidEntry(run, node.name, occurrence, node.line);
      continue;
    }
    node.occurrence = occurrence;
    node.id = npmPackageId(occurrence.name, occurrence.version, occurrence.source);
  }
  const required = new Set<string>();
  for (const node of nodes) {
    if (!node.occurrence) continue;
    const deps = node.occurrence.dependencies;
    forEachDependency(node.entry!, (name) => {
      const id = resolve(node, name)?.id;
      if (id === undefined) return;
      deps.push(id);
      required.add(id);
    });
    run.packages.add(node.occurrence, node.id);
  }
  const top = new Map<string, TopLevel>();
  for (const child of root.children.values()) {
    if (child.id && child.occurrence)
      top.set(child.name, { name: child.name, id: child.id, scopes: child.occurrence.scopes });
  }
  const manifest = readRootManifest(run);
  run.projects.push(
    npmProject({
      folder: run.dir,
      name: rootName(run, undefined, manifest?.name),
      version: typeof run.top.version === 'string' ? run.top.version : manifest?.version,
      location: { path: run.path },
      dependencies: guessRootDependencies(top, required, manifest),
    }),
  );
}
