/**
 * sbom/spdx: an SPDX 2.3 JSON document -> packages (ecosystems from `externalRefs` of type purl), the
 * dependency graph (DEPENDS_ON, DEPENDENCY_OF, DEV_DEPENDENCY_OF, OPTIONAL_DEPENDENCY_OF) and the
 * first-party projects: the described package when its purpose is APPLICATION, and the workspace
 * members Sterling marks with a "First-party project at ..." comment. Sterling's own annotation
 * (../facts.ts) gives what a purl cannot: the ecosystem of a `pkg:generic` package, a local source.
 */
import type { Package, Project, Scope } from '../../../core/model/package.js';
import { parseJsonFile } from '../../../core/parse/json.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { getOrInit } from '../../../core/util/map.js';
import { quote } from '../../../core/util/quote.js';
import { entryPackage, type SbomEntry } from '../entry.js';
import { readFactsComment, type SterlingFacts } from '../facts.js';
import { arr, folderOf, isObject, joinFolder, str } from '../fields.js';
import { applyEdges, makeProject, type SbomNodes } from '../graph.js';
import { elementPath, objectLines } from '../json-lines.js';

const FIRST_PARTY = 'First-party project at ';
const UNRESOLVED = 'Version not resolved (no lockfile); declared range: ';

/** SPDX relationship -> [edge from the element (true) or from the related one (false), scope]. */
const EDGE: Record<string, [boolean, Scope | undefined]> = {
  DEPENDS_ON: [true, undefined],
  DEPENDENCY_OF: [false, undefined],
  DEV_DEPENDENCY_OF: [false, 'dev'],
  OPTIONAL_DEPENDENCY_OF: [false, 'optional'],
  RUNTIME_DEPENDENCY_OF: [false, 'prod'],
  BUILD_DEPENDENCY_OF: [false, 'dev'],
  TEST_DEPENDENCY_OF: [false, 'dev'],
};

function purlOf(p: Record<string, unknown>): string | undefined {
  for (const r of arr(p, 'externalRefs')) {
    if (isObject(r) && str(r, 'referenceType') === 'purl') return str(r, 'referenceLocator');
  }
  return undefined;
}

/** Sterling's facts from the element's annotations (see ../facts.ts); empty when it has none. */
function factsOf(p: Record<string, unknown>): SterlingFacts {
  for (const a of arr(p, 'annotations')) {
    if (!isObject(a) || !str(a, 'annotator')?.startsWith('Tool: sterling')) continue;
    const facts = readFactsComment(str(a, 'comment') ?? '');
    if (facts) return facts;
  }
  return {};
}

/** `First-party project at <folder> (<file>)` -> folder. */
function firstPartyFolder(comment: string | undefined): string | undefined {
  if (!comment?.startsWith(FIRST_PARTY)) return undefined;
  const rest = comment.slice(FIRST_PARTY.length);
  const paren = rest.lastIndexOf(' (');
  return paren < 0 ? rest : rest.slice(0, paren);
}

function mostCommonEcosystem(packages: readonly Package[]): string {
  const counts = new Map<string, number>();
  let best = 'unknown';
  let bestCount = 0;
  for (const p of packages) {
    const base = p.ecosystem.split(':')[0]!;
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    if (n > bestCount) [best, bestCount] = [base, n];
  }
  return best;
}

export function extractSpdx(file: ExtractorFile, _ctx: ExtractorContext): ExtractionOutput {
  const doc = parseJsonFile(file.text, file.path);
  const sink = new DiagnosticSink(file.path);
  if (!isObject(doc) || typeof doc.spdxVersion !== 'string') {
    sink.info('not-an-sbom', 'not an SPDX JSON document (no "spdxVersion"); skipped');
    return { packages: [], projects: [], diagnostics: sink.finish() };
  }
  if (!/^SPDX-2\.[23]$/.test(doc.spdxVersion)) {
    sink.warn('unsupported-version', `${quote(doc.spdxVersion)} is not SPDX-2.3; read as SPDX 2.3`);
  }
  const lines = objectLines(file.text);
  const described = new Set<string>();
  for (const d of arr(doc, 'documentDescribes')) if (typeof d === 'string') described.add(d);
  const rels = arr(doc, 'relationships').filter(isObject);
  for (const r of rels) {
    if (str(r, 'spdxElementId') === 'SPDXRef-DOCUMENT' && str(r, 'relationshipType') === 'DESCRIBES') {
      const to = str(r, 'relatedSpdxElement');
      if (to) described.add(to);
    }
  }
  const nodes: SbomNodes = { packages: new Map(), projects: new Map(), roots: new Set() };
  const packages: Package[] = [];
  const pending: {
    id: string;
    name?: string;
    version?: string;
    folder: string;
    line?: number;
    ecosystem?: string;
  }[] = [];
  const list = arr(doc, 'packages');
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    const line = lines.get(elementPath(elementPath('', 'packages'), i));
    if (!isObject(p)) {
      sink.warn('invalid-entry', 'a package is not a JSON object; skipped', line);
      continue;
    }
    const id = str(p, 'SPDXID') ?? '';
    const purl = purlOf(p);
    const comment = str(p, 'comment');
    const facts = factsOf(p);
    const member = purl ? undefined : firstPartyFolder(comment);
    const app = described.has(id) && str(p, 'primaryPackagePurpose') === 'APPLICATION';
    if (member !== undefined || app) {
      const project = {
        id,
        name: str(p, 'name'),
        version: str(p, 'versionInfo'),
        folder: member ?? '.',
        line,
        ecosystem: facts.ecosystem,
      };
      pending.push(project);
      continue;
    }
    const entry: SbomEntry = {};
    if (line) entry.line = line;
    if (purl) entry.purl = purl;
    const name = str(p, 'name');
    if (name) entry.name = name;
    const version = str(p, 'versionInfo');
    if (version && version !== 'NOASSERTION') entry.version = version;
    if (comment?.startsWith(UNRESOLVED)) entry.range = comment.slice(UNRESOLVED.length);
    if (facts.ecosystem) entry.ecosystemHint = facts.ecosystem;
    if (facts.source) entry.sourceKind = facts.source;
    if (facts.sourceUrl) entry.sourceUrl = facts.sourceUrl;
    const pkg = entryPackage(entry, file.path, sink);
    if (!pkg) continue;
    packages.push(pkg);
    if (!id) continue;
    if (nodes.packages.has(id))
      sink.warn('duplicate-spdxid', `SPDXID ${quote(id)} is used twice; the first package keeps it`, line);
    else nodes.packages.set(id, pkg);
  }
  for (const d of described) if (!nodes.packages.has(d)) nodes.roots.add(d);
  const edges: { from: string; to: string; scope?: Scope }[] = [];
  for (const r of rels) {
    const type = str(r, 'relationshipType') ?? '';
    const kind = Object.hasOwn(EDGE, type) ? EDGE[type] : undefined;
    const a = str(r, 'spdxElementId');
    const b = str(r, 'relatedSpdxElement');
    if (!kind || !a || !b) continue;
    const [forward, scope] = kind;
    const edge: { from: string; to: string; scope?: Scope } = forward
      ? { from: a, to: b }
      : { from: b, to: a };
    if (scope) edge.scope = scope;
    edges.push(edge);
  }
  // SPDX has no ecosystem of its own: Sterling's annotation, else the one most packages have.
  const common = mostCommonEcosystem(packages);
  const projects: Project[] = [];
  for (const p of pending) {
    const project = makeProject({
      ecosystem: p.ecosystem ?? common,
      folder: joinFolder(folderOf(file.path), p.folder),
      name: p.name,
      version: p.version && p.version !== 'NOASSERTION' ? p.version : undefined,
      location: p.line ? { path: file.path, line: p.line } : { path: file.path },
    });
    projects.push(project);
    if (p.id) nodes.projects.set(p.id, project);
  }
  applyEdges(nodes, edges, new Set());
  // SPDX carries no scopes of its own: a package is dev when only DEV_DEPENDENCY_OF edges reach it.
  const scopes = new Map<string, Set<Scope>>();
  for (const project of projects) {
    for (const d of project.dependencies) {
      getOrInit(scopes, d.id, () => new Set<Scope>()).add(d.scope);
    }
  }
  for (const pkg of packages) {
    const s = scopes.get(pkg.id);
    if (s) pkg.scopes = [...s];
  }
  return { packages, projects, diagnostics: sink.finish() };
}

/** SPDX's recommended name for JSON documents: `*.spdx.json` (SPDX 2.3, annex "SPDX file name conventions"). */
const FILES = ['*.spdx.json'] as const;

export function isSpdxName(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.endsWith('.spdx.json') && base.length > '.spdx.json'.length;
}

export const spdxExtractor: Extractor = {
  id: 'sbom/spdx',
  description:
    "Reads an SPDX 2.3 JSON document: ecosystems from purl external references (name otherwise, with a warning) or Sterling's own package annotation, DEPENDS_ON / DEV_DEPENDENCY_OF graph; the described APPLICATION package becomes a project.",
  ecosystem: 'any (from purls)',
  files: FILES,
  requirements: { network: false },
  matches: isSpdxName,
  extract: extractSpdx,
};
