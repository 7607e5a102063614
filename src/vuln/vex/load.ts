/**
 * Reads OpenVEX 0.2.0 documents given with `--vex FILE`: bounded size and nesting, validated with zod,
 * flattened into statements that carry their file, position and effective timestamp (a statement
 * without one inherits the document's, per the spec's inheritance flow).
 */

import { readUserFile } from '../../config/read-file.js';
import { InputError } from '../../core/errors/index.js';
import { parseJsonFile } from '../../core/parse/json.js';
import { escapeControls, truncate } from '../../core/util/quote.js';
import {
  OPENVEX_DOCUMENT,
  type OpenVexComponent,
  type OpenVexStatement,
  type VexJustification,
  type VexStatus,
} from './schema.js';

/** Largest VEX file read. */
export const MAX_VEX_BYTES = 32 * 1024 * 1024;

const HINT =
  'Check the file against the OpenVEX 0.2.0 spec (https://github.com/openvex/spec), e.g. with vexctl.';

/** A product or subcomponent: every identifier it is known by (`@id`, purl, CPEs). */
export interface VexComponent {
  ids: string[];
}

export interface VexProduct extends VexComponent {
  subcomponents: VexComponent[];
}

/** One OpenVEX statement, as applySuppressions takes it. */
export interface VexStatement {
  /** The file it comes from (as given). */
  source: string;
  /** Position in the document's `statements` (0-based). */
  index: number;
  vulnerability: { name: string; '@id'?: string; aliases?: string[] };
  products: VexProduct[];
  status: VexStatus;
  justification?: VexJustification;
  impact_statement?: string;
  action_statement?: string;
  status_notes?: string;
  /** The statement's timestamp, or the document's when it has none (ISO 8601 as written). */
  timestamp: string;
}

export interface VexDocument {
  source: string;
  id: string;
  author: string;
  timestamp: string;
  statements: VexStatement[];
}

/** Reads and validates an OpenVEX file. `displayPath` names it in errors and suppressions. */
export function loadOpenVex(path: string, displayPath: string = path): VexDocument {
  const text = readUserFile(path, displayPath, {
    maxBytes: MAX_VEX_BYTES,
    what: 'VEX file',
    missingHint: 'Check the path given with --vex.',
    tooLargeHint: 'Split the document into several files, each given with --vex.',
  });
  return parseOpenVex(text, displayPath);
}

/** Validates an OpenVEX text; `file` names it in errors and in each statement's `source`. */
export function parseOpenVex(text: string, file: string): VexDocument {
  const data = parseJsonFile(text, file);
  const parsed = OPENVEX_DOCUMENT.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // record keys (hashes) come from the file: escaped and bounded
    const where = issue?.path.length
      ? `${truncate(escapeControls(issue.path.map(String).join('.')), 200)}: `
      : '';
    throw new InputError(
      `${file}: not a valid OpenVEX 0.2.0 document (${where}${issue?.message ?? 'invalid'})`,
      {
        path: file,
        hint: HINT,
      },
    );
  }
  const doc = parsed.data;
  return {
    source: file,
    id: doc['@id'],
    author: doc.author,
    timestamp: doc.timestamp,
    statements: doc.statements.map((s, index) => toStatement(s, index, file, doc.timestamp)),
  };
}

function idsOf(c: OpenVexComponent): string[] {
  const ids: string[] = [];
  if (c['@id'] !== undefined) ids.push(c['@id']);
  for (const key of ['purl', 'cpe23', 'cpe22'] as const) {
    const value = c.identifiers?.[key];
    if (value !== undefined && !ids.includes(value)) ids.push(value);
  }
  return ids;
}

function toStatement(s: OpenVexStatement, index: number, source: string, docTime: string): VexStatement {
  const out: VexStatement = {
    source,
    index,
    vulnerability: { name: s.vulnerability.name },
    products: s.products.map((p) => ({
      ids: idsOf(p),
      subcomponents: (p.subcomponents ?? []).map((c) => ({ ids: idsOf(c) })),
    })),
    status: s.status,
    timestamp: s.timestamp ?? docTime,
  };
  if (s.vulnerability['@id'] !== undefined) out.vulnerability['@id'] = s.vulnerability['@id'];
  if (s.vulnerability.aliases?.length) out.vulnerability.aliases = s.vulnerability.aliases;
  if (s.justification !== undefined) out.justification = s.justification;
  if (s.impact_statement !== undefined) out.impact_statement = s.impact_statement;
  if (s.action_statement !== undefined) out.action_statement = s.action_statement;
  if (s.status_notes !== undefined) out.status_notes = s.status_notes;
  return out;
}
