/**
 * ScanResult -> OpenVEX 0.2.0 JSON. Pure and deterministic: statements sorted by finding key, the
 * only time is result.createdAt, and the document `@id` is derived from the content (the SHA-256 of
 * the document rendered without it, in the spec's public namespace, as vexctl names documents).
 *
 * A scan with no findings (or none checked) still gives a document, with `statements: []` and
 * `tooling` saying why. The OpenVEX JSON schema asks for at least one statement; an empty document
 * is the honest answer to "what do you state?" and parses everywhere, where failing the command
 * would break every pipeline on a clean project.
 */
import { createHash } from 'node:crypto';
import type { ScanResult } from '../../../core/model/scan-result.js';
import { compareStrings } from '../../../core/util/compare.js';
import { packageIndex } from '../sarif/advice.js';
import { plain } from '../sarif/text.js';
import { projectPurl } from './products.js';
import { statement, type VexStatement } from './statements.js';

export const OPENVEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0';
const ID_NAMESPACE = 'https://openvex.dev/docs/public/vex-';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** result.createdAt when it is an RFC 3339 date-time, else that instant (or the epoch) in UTC. */
function timestamp(createdAt: string): string {
  if (RFC3339.test(createdAt)) return createdAt;
  const time = Date.parse(createdAt);
  return new Date(Number.isNaN(time) ? 0 : time).toISOString();
}

/** How the document was made, and what it does not cover. */
function tooling(result: ScanResult): string {
  const tool = `Sterling ${plain(result.tool.version)}`;
  const v = result.vulnerabilities;
  if (v.status !== 'ok') return `${tool}; vulnerabilities were not checked: ${plain(v.reason)}`;
  const age = v.database.ageHours === undefined ? 'of unknown age' : `${v.database.ageHours} hours old`;
  const parts = [`${tool}: known vulnerabilities of the scanned dependencies, from OSV data ${age}`];
  if (v.unchecked.length > 0) parts.push(`${v.unchecked.length} package(s) could not be checked`);
  if (v.database.missingEcosystems.length > 0)
    parts.push(`no data for ${v.database.missingEcosystems.map(plain).join(', ')}`);
  return parts.join('; ');
}

function statements(result: ScanResult): VexStatement[] {
  const v = result.vulnerabilities;
  if (v.status !== 'ok') return [];
  const index = packageIndex(result);
  const project = projectPurl(result);
  const unique = new Map<string, VexStatement>();
  const findings = [...v.findings].sort((a, b) => compareStrings(a.key, b.key));
  for (const f of findings) {
    const s = statement(f, project, index);
    const key = JSON.stringify(s);
    if (!unique.has(key)) unique.set(key, s); // the schema wants statements unique
  }
  return [...unique.values()];
}

/** The document without its `@id` (see renderOpenVex). */
export function buildOpenVex(result: ScanResult): Record<string, unknown> {
  return {
    '@context': OPENVEX_CONTEXT,
    author: `Sterling ${plain(result.tool.version)}`,
    timestamp: timestamp(result.createdAt),
    version: 1,
    tooling: tooling(result),
    statements: statements(result),
  };
}

/**
 * The document as pretty JSON. Its `@id` ends in the SHA-256 of the text rendered without it, and
 * is spliced in after the fixed `@context` line (one stringify, not two).
 */
export function renderOpenVex(result: ScanResult): string {
  const unsigned = JSON.stringify(buildOpenVex(result), null, 2);
  const id = `${ID_NAMESPACE}${createHash('sha256').update(unsigned, 'utf8').digest('hex')}`;
  const head = `{\n  "@context": "${OPENVEX_CONTEXT}",\n`;
  return `${head}  "@id": "${id}",\n${unsigned.slice(head.length)}\n`;
}
