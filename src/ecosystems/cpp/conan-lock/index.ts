/**
 * cpp/conan-lock: conan.lock, both generations. Conan 1 (lock version 0.1-0.4: `graph_lock.nodes`,
 * each with `ref` or `pref` and `requires`/`build_requires` edges to other nodes): the node with the
 * conanfile `path` (or no reference) is the project; the rest are packages, `dev` when only reachable
 * through build requirements, with the graph and the project's direct dependencies. Conan 2 (0.5+:
 * flat `requires`, `build_requires`, `python_requires` lists): requires are `prod`, the others `dev`.
 *
 * Ecosystem `ConanCenter`, purl `pkg:conan/<name>@<version>`; as in the purl spec's conan vectors, a
 * reference's user is the namespace and its channel and recipe revision are the `channel` and `rrev`
 * qualifiers.
 */
import { posix } from 'node:path';
import { InputError } from '../../../core/errors/index.js';
import type { DirectDependency, Package, Project, Scope } from '../../../core/model/package.js';
import { parseJsonFile } from '../../../core/parse/json.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { matchesFileName } from '../../npm/file-names.js';
import { TextCursor } from '../../shared/line-index.js';
import { makePackage, makeProject } from '../../shared/package.js';
import { type ConanRef, parseConanRef } from './reference.js';

export const ECOSYSTEM = 'ConanCenter';
const FILES = ['conan.lock'] as const;
const V2_LISTS: Record<string, Scope> = { requires: 'prod', build_requires: 'dev', python_requires: 'dev' };

type Rec = Record<string, unknown>;

function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function conanPackage(ref: ConanRef, path: string, line: number | undefined, scopes: Scope[]): Package {
  // As the purl spec's conan vectors write it: the user is the namespace, the channel a qualifier.
  const qualifiers: Record<string, string> = {};
  if (ref.channel) qualifiers.channel = ref.channel;
  if (ref.revision) qualifiers.rrev = ref.revision;
  return makePackage({
    ecosystem: ECOSYSTEM,
    name: ref.name,
    version: ref.version,
    purlType: 'conan',
    ...(ref.user ? { purlNamespace: ref.user } : {}),
    qualifiers,
    location: { path, ...(line ? { line } : {}) },
    scopes,
  });
}

function merge(byId: Map<string, Package>, pkg: Package): Package {
  const seen = byId.get(pkg.id);
  if (!seen) {
    byId.set(pkg.id, pkg);
    return pkg;
  }
  for (const s of pkg.scopes) if (!seen.scopes.includes(s)) seen.scopes.push(s);
  seen.scopes.sort();
  return seen;
}

/** Conan 2: flat lists of references. */
function readV2(doc: Rec, file: ExtractorFile, sink: DiagnosticSink): Package[] {
  const cursor = new TextCursor(file.text);
  const byId = new Map<string, Package>();
  for (const key of Object.keys(doc)) {
    const scope = V2_LISTS[key];
    if (!scope) continue;
    const list = doc[key];
    if (!Array.isArray(list)) {
      sink.warn('invalid-entry', `${quote(key)} is not a list; skipped`);
      continue;
    }
    cursor.find(`"${key}"`);
    for (const item of list) {
      const line = typeof item === 'string' ? cursor.find(JSON.stringify(item)) : undefined;
      const ref = typeof item === 'string' ? parseConanRef(item) : undefined;
      if (!ref) {
        sink.warn(
          'invalid-entry',
          `${quote(String(item))} in ${key} is not a name/version reference; skipped`,
          line,
        );
        continue;
      }
      merge(byId, conanPackage(ref, file.path, line, [scope]));
    }
  }
  return [...byId.values()];
}

/** Node ids a node points at through one kind of edge (a list of ids, or old formats' ref -> id map). */
function edges(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (isRecord(v)) return Object.values(v).filter((x): x is string => typeof x === 'string');
  return [];
}

interface Node {
  id: string;
  ref?: ConanRef;
  text: string;
  root: boolean;
  requires: string[];
  buildRequires: string[];
  line: number | undefined;
}

/** Conan 1: the graph of nodes. */
function readV1(
  doc: Rec,
  file: ExtractorFile,
  sink: DiagnosticSink,
): { packages: Package[]; projects: Project[] } {
  const graph = isRecord(doc.graph_lock) ? doc.graph_lock : undefined;
  const nodesRaw = graph && isRecord(graph.nodes) ? graph.nodes : undefined;
  if (!nodesRaw) return { packages: [], projects: [] };
  const cursor = new TextCursor(file.text);
  cursor.find('"nodes"');
  const nodes = new Map<string, Node>();
  for (const [id, raw] of Object.entries(nodesRaw)) {
    const k = JSON.stringify(id);
    const line = cursor.find(`${k}:`) ?? cursor.find(`${k} :`);
    if (!isRecord(raw)) continue;
    const text = typeof raw.ref === 'string' ? raw.ref : typeof raw.pref === 'string' ? raw.pref : '';
    const node: Node = {
      id,
      text,
      root: typeof raw.path === 'string' || text === '',
      requires: edges(raw.requires),
      buildRequires: [...edges(raw.build_requires), ...edges(raw.python_requires)],
      line,
    };
    const ref = text ? parseConanRef(text) : undefined;
    if (ref) node.ref = ref;
    else if (!node.root)
      sink.warn(
        'invalid-entry',
        `node ${quote(id)}: ${quote(text)} is not a name/version reference; skipped`,
        line,
      );
    nodes.set(id, node);
  }
  // Scopes: walk from the roots; a build requirement, and everything below it, is dev.
  const scopes = new Map<string, Set<Scope>>();
  const roots = [...nodes.values()].filter((n) => n.root);
  const queue: [string, Scope][] = [];
  for (const r of roots) {
    for (const t of r.requires) queue.push([t, 'prod']);
    for (const t of r.buildRequires) queue.push([t, 'dev']);
  }
  while (queue.length > 0) {
    const [id, scope] = queue.pop()!;
    const set = scopes.get(id) ?? new Set<Scope>();
    if (set.has(scope)) continue;
    set.add(scope);
    scopes.set(id, set);
    const n = nodes.get(id);
    if (!n) continue;
    for (const t of n.requires) queue.push([t, scope]);
    for (const t of n.buildRequires) queue.push([t, 'dev']);
  }
  const byNode = new Map<string, Package>();
  const byId = new Map<string, Package>();
  for (const n of nodes.values()) {
    if (n.root || !n.ref) continue;
    const s = scopes.get(n.id);
    byNode.set(n.id, merge(byId, conanPackage(n.ref, file.path, n.line, s ? [...s].sort() : ['prod'])));
  }
  for (const n of nodes.values()) {
    const pkg = byNode.get(n.id);
    if (!pkg) continue;
    const ids = new Set(pkg.dependencies);
    for (const t of [...n.requires, ...n.buildRequires]) {
      const dep = byNode.get(t);
      if (dep && dep !== pkg) ids.add(dep.id);
    }
    pkg.dependencies = [...ids].sort();
  }
  const projects: Project[] = [];
  for (const r of roots) {
    const deps: DirectDependency[] = [];
    const add = (t: string, scope: Scope) => {
      const dep = byNode.get(t);
      if (!dep) return;
      dep.direct = true;
      if (!deps.some((d) => d.id === dep.id && d.scope === scope)) deps.push({ id: dep.id, scope });
    };
    for (const t of r.requires) add(t, 'prod');
    for (const t of r.buildRequires) add(t, 'dev');
    const folder = posix.dirname(file.path);
    projects.push(
      makeProject({
        ecosystem: ECOSYSTEM,
        folder,
        ...(r.ref ? { name: r.ref.name, version: r.ref.version } : {}),
        location: { path: file.path, ...(r.line ? { line: r.line } : {}) },
        dependencies: deps,
      }),
    );
  }
  return { packages: [...byId.values()], projects: projects.slice(0, 1) };
}

export function extractConanLock(file: ExtractorFile): ExtractionOutput {
  const doc = parseJsonFile(file.text, file.path);
  if (!isRecord(doc)) {
    throw new InputError(`${file.path}: not a conan.lock (expected a JSON object)`, { path: file.path });
  }
  const sink = new DiagnosticSink(file.path);
  if (doc.graph_lock !== undefined) {
    const { packages, projects } = readV1(doc, file, sink);
    return { packages, projects, diagnostics: sink.finish() };
  }
  return { packages: readV2(doc, file, sink), projects: [], diagnostics: sink.finish() };
}

export const conanLockExtractor: Extractor = {
  id: 'cpp/conan-lock',
  description:
    'Reads conan.lock (Conan 1 graph locks 0.1-0.4 and Conan 2 locks 0.5+): packages with recipe revisions, build requirements as dev; the Conan 1 graph and direct dependencies.',
  ecosystem: ECOSYSTEM,
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractConanLock,
};
