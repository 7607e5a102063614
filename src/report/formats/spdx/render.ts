/**
 * ScanResult -> SPDX 2.3 JSON. Pure and deterministic: packages and relationships sorted in
 * code-unit order, the only time is result.createdAt (second precision, UTC), and the document
 * namespace ends in a SHA-256 of the rest of the document.
 */
import { InternalError } from '../../../core/errors/index.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import { compareStrings } from '../../../core/util/compare.js';
import { buildGraph, type NodeKey, sha256Hex } from '../../sbom/graph.js';
import { allocateSpdxIds } from './ids.js';
import { packageElement, projectElement, type SpdxPackage } from './packages.js';

/** Where namespaces of tools without their own domain live (SPDX's own convention). */
const NAMESPACE_BASE = 'https://spdx.org/spdxdocs/sterling';

export type RelationshipType = 'DESCRIBES' | 'CONTAINS' | 'DEPENDS_ON' | 'DEV_DEPENDENCY_OF';

export interface SpdxRelationship {
  spdxElementId: string;
  relationshipType: RelationshipType;
  relatedSpdxElement: string;
}

/** `YYYY-MM-DDThh:mm:ssZ` (SPDX 2.3 §6.9); the epoch when createdAt is not a date. */
export function spdxCreated(createdAt: string): string {
  const time = Date.parse(createdAt);
  const iso = new Date(Number.isNaN(time) ? 0 : time).toISOString();
  return iso.replace(/\.\d{3}Z$/, 'Z');
}

/** Lone UTF-16 surrogates (which encodeURIComponent rejects) replaced by U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function compareRelationships(a: SpdxRelationship, b: SpdxRelationship): number {
  return (
    compareStrings(a.spdxElementId, b.spdxElementId) ||
    compareStrings(a.relationshipType, b.relationshipType) ||
    compareStrings(a.relatedSpdxElement, b.relatedSpdxElement)
  );
}

/** The document without its namespace (see renderSpdx). */
export function buildSpdx(result: ScanResult): Record<string, unknown> {
  const graph = buildGraph(result.inventory);
  const firstParty = [graph.root, ...graph.members];
  const nodes: (readonly [NodeKey, string])[] = graph.packages.map((n) => [n.key, n.pkg.id] as const);
  for (const n of firstParty) nodes.push([n.key, n.project?.id ?? '']);
  const ids = allocateSpdxIds(nodes);
  const id = (key: NodeKey): string => ids.get(key)!;

  const created = spdxCreated(result.createdAt);
  const tool = `Tool: sterling-${result.tool.version}`;
  const by = { date: created, tool };
  const packages: SpdxPackage[] = graph.packages.map((n) => packageElement(n.pkg, id(n.key), by));
  packages.push(projectElement(graph.root.project, id(graph.root.key), result.target.name, false, by));
  for (const m of graph.members) {
    packages.push(projectElement(m.project, id(m.key), result.target.name, m.dependedOn, by));
  }
  packages.sort((a, b) => compareStrings(a.SPDXID, b.SPDXID));

  const rels: SpdxRelationship[] = [];
  const add = (from: string, type: RelationshipType, to: string): void => {
    rels.push({ spdxElementId: from, relationshipType: type, relatedSpdxElement: to });
  };
  add('SPDXRef-DOCUMENT', 'DESCRIBES', id(graph.root.key));
  for (const key of graph.root.contains) add(id(graph.root.key), 'CONTAINS', id(key));
  for (const node of firstParty) {
    for (const edge of node.dependsOn) {
      // SPDX 2.3 direction: `<dependency> DEV_DEPENDENCY_OF <project>`; only for dev-only edges.
      if (edge.scopes.every((s) => s === 'dev')) add(id(edge.to), 'DEV_DEPENDENCY_OF', id(node.key));
      else add(id(node.key), 'DEPENDS_ON', id(edge.to));
    }
  }
  for (const n of graph.packages) {
    const from = id(n.key);
    for (const to of n.dependsOn) add(from, 'DEPENDS_ON', id(to));
  }
  // Sorted, then each relationship once (equal ones are adjacent).
  rels.sort(compareRelationships);
  const relationships = rels.filter((r, i) => i === 0 || compareRelationships(rels[i - 1]!, r) !== 0);

  const head = { spdxVersion: 'SPDX-2.3', dataLicense: 'CC0-1.0', SPDXID: 'SPDXRef-DOCUMENT' };
  const creationInfo = { created, creators: [tool] };
  return { ...head, name: result.target.name || 'unnamed', creationInfo, packages, relationships };
}

/** How every document's text starts; the namespace goes right after it. */
const HEADER =
  '{\n  "spdxVersion": "SPDX-2.3",\n  "dataLicense": "CC0-1.0",\n  "SPDXID": "SPDXRef-DOCUMENT",\n';

/**
 * The document as pretty JSON. `documentNamespace` ends in the SHA-256 of the text rendered
 * without it, and is spliced in after the fixed header (no copy of the text to splice).
 */
export function renderSpdx(result: ScanResult): string {
  const doc = buildSpdx(result);
  const unnamespaced = JSON.stringify(doc, null, 2);
  if (!unnamespaced.startsWith(HEADER)) throw new InternalError('SPDX: unexpected document header');
  const name = encodeURIComponent(wellFormed(String(doc.name)));
  const namespace = JSON.stringify(`${NAMESPACE_BASE}/${name}-${sha256Hex(unnamespaced)}`);
  return `${HEADER}  "documentNamespace": ${namespace},\n${unnamespaced.slice(HEADER.length)}\n`;
}
