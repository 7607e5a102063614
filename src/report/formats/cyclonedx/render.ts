/**
 * ScanResult -> CycloneDX 1.6 JSON. Pure and deterministic: arrays sorted in code-unit order, keys
 * in schema order, the only time is result.createdAt, and the serial number is derived from the
 * content (a SHA-256 laid out as a version 5 UUID), so the same result gives byte-identical output.
 */
import { Buffer } from 'node:buffer';
import { InternalError } from '../../../core/errors/index.js';
import type { ScanResult, TargetInfo } from '../../../core/model/scan-result.js';
import { compareStrings } from '../../../core/util/compare.js';
import { buildGraph, type NodeKey, type SbomGraph, sha256Hex } from '../../sbom/graph.js';
import {
  type CdxComponent,
  type CdxExternalReference,
  packageComponent,
  projectComponent,
  projectProperties,
} from './components.js';
import { cdxVulnerabilities, vulnerabilityDataProperties } from './vulnerabilities.js';

export const CYCLONEDX_SPEC_VERSION = '1.6';
const SCHEMA_URL = 'http://cyclonedx.org/schema/bom-1.6.schema.json';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

interface CdxDependency {
  ref: string;
  dependsOn: string[];
}

/** bom-refs: the package or project id; a suffix only where two nodes would share one. */
function allocateRefs(graph: SbomGraph): Map<NodeKey, string> {
  const refs = new Map<NodeKey, string>();
  const used = new Set<string>();
  const take = (key: NodeKey, wanted: string, kind: string): void => {
    let ref = wanted || kind;
    for (let n = 1; used.has(ref); n++) ref = `${wanted}#${kind}${n > 1 ? `-${n}` : ''}`;
    used.add(ref);
    refs.set(key, ref);
  };
  for (const n of graph.packages) take(n.key, n.pkg.id, 'package');
  take(graph.root.key, graph.root.project?.id ?? 'root', 'root');
  for (const m of graph.members) take(m.key, m.project?.id ?? '', 'project');
  return refs;
}

/** A UUID (RFC 4122 layout, version 5 nibble and variant bits) from the first 16 bytes of a hex digest. */
export function uuidFromDigest(hex: string): string {
  const b = Buffer.from(hex.slice(0, 32), 'hex');
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x50;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The repository URL of a git target without user info (never publish credentials). */
function targetVcs(target: TargetInfo): CdxExternalReference[] | undefined {
  if (target.kind !== 'git') return undefined;
  let url: string | undefined;
  try {
    const parsed = new URL(target.input);
    parsed.username = '';
    parsed.password = '';
    url = parsed.toString();
  } catch {
    if (/^[\w.-]+@[\w.-]+:[^\s]+$/.test(target.input)) url = target.input;
  }
  if (!url) return undefined;
  return [{ type: 'vcs', url: target.commit && !url.includes('#') ? `${url}#${target.commit}` : url }];
}

function metadata(result: ScanResult, graph: SbomGraph, rootRef: string) {
  const project = graph.root.project;
  return {
    timestamp: RFC3339.test(result.createdAt) ? result.createdAt : undefined,
    lifecycles: [{ phase: 'pre-build' }],
    tools: { components: [{ type: 'application', name: 'sterling', version: result.tool.version }] },
    component: {
      type: 'application',
      'bom-ref': rootRef,
      name: result.target.name,
      version: project?.version || undefined,
      externalReferences: targetVcs(result.target),
      properties: project ? projectProperties(project) : undefined,
    },
  };
}

/** `values` sorted in code-unit order without repeats (in place: callers pass fresh arrays). */
function sortedUnique(values: string[]): string[] {
  let ordered = true;
  for (let i = 1; i < values.length && ordered; i++) ordered = values[i - 1]! < values[i]!;
  if (ordered) return values; // the usual case: refs follow the graph's key order
  values.sort(compareStrings);
  let kept = 0;
  for (const v of values) if (kept === 0 || values[kept - 1] !== v) values[kept++] = v;
  values.length = kept;
  return values;
}

/** The BOM without its serial number (see renderCycloneDx). */
export function buildCycloneDx(result: ScanResult): Record<string, unknown> {
  const graph = buildGraph(result.inventory);
  const refs = allocateRefs(graph);
  const ref = (key: NodeKey): string => refs.get(key)!;
  const rootRef = ref(graph.root.key);

  const components: CdxComponent[] = [];
  for (const n of graph.packages) components.push(packageComponent(n.pkg, ref(n.key)));
  for (const m of graph.members) components.push(projectComponent(m.project!, ref(m.key), m.dependedOn));
  components.sort((a, b) => compareStrings(a['bom-ref'], b['bom-ref']));

  const dependencies: CdxDependency[] = [];
  const rootTo = graph.root.dependsOn.map((e) => ref(e.to));
  for (const key of graph.root.contains) rootTo.push(ref(key));
  dependencies.push({ ref: rootRef, dependsOn: sortedUnique(rootTo) });
  for (const m of graph.members) {
    dependencies.push({ ref: ref(m.key), dependsOn: sortedUnique(m.dependsOn.map((e) => ref(e.to))) });
  }
  for (const n of graph.packages) {
    dependencies.push({ ref: ref(n.key), dependsOn: sortedUnique(n.dependsOn.map(ref)) });
  }
  dependencies.sort((a, b) => compareStrings(a.ref, b.ref));

  const head = { $schema: SCHEMA_URL, bomFormat: 'CycloneDX', specVersion: CYCLONEDX_SPEC_VERSION };
  const bom: Record<string, unknown> = {
    ...head,
    version: 1,
    metadata: metadata(result, graph, rootRef),
    components,
    dependencies,
  };
  if (result.vulnerabilities.status === 'ok') {
    const byPackage = new Map<string, string>();
    for (const n of graph.packages) byPackage.set(n.pkg.id, ref(n.key));
    const vulnerabilities = cdxVulnerabilities(result, (id) => byPackage.get(id));
    if (vulnerabilities) bom.vulnerabilities = vulnerabilities;
    (bom.metadata as Record<string, unknown>).properties = vulnerabilityDataProperties(
      result.vulnerabilities,
    );
  }
  return bom;
}

/** How every BOM's text starts; the serial number goes right after it. */
const HEADER =
  `{\n  "$schema": ${JSON.stringify(SCHEMA_URL)},\n  "bomFormat": "CycloneDX",\n` +
  `  "specVersion": "${CYCLONEDX_SPEC_VERSION}",\n`;

/**
 * The BOM as pretty JSON. The serial number is the SHA-256 of the text rendered without it, and is
 * then spliced in after the fixed header (one stringify, not two; no copy of the text to splice).
 */
export function renderCycloneDx(result: ScanResult): string {
  const unsigned = JSON.stringify(buildCycloneDx(result), null, 2);
  if (!unsigned.startsWith(HEADER)) throw new InternalError('CycloneDX: unexpected document header');
  const serial = `urn:uuid:${uuidFromDigest(sha256Hex(unsigned))}`;
  return `${HEADER}  "serialNumber": "${serial}",\n${unsigned.slice(HEADER.length)}\n`;
}
