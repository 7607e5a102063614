/**
 * Turns one document (a file or zip entry: a JSON record, a JSON array of records, or a YAML
 * record) into validated records ready to store, or problems naming the file. Pure (no database),
 * so it runs in the decode workers as well as inline.
 */
import { UserError } from '../../core/errors/index.js';
import { parseJsonFile } from '../../core/parse/json.js';
import { parseYamlFile } from '../../core/parse/yaml.js';
import { OSV_RECORD } from '../osv/record.js';
import { indexKeys, modifiedMs } from './keys.js';

export type DocumentKind = 'json' | 'yaml';

export interface DecodedRecord {
  kind: 'record';
  id: string;
  modified: string;
  modifiedMs: number | null;
  published: string | null;
  withdrawn: boolean;
  /** The validated record as stored (unknown fields dropped); empty for withdrawn records. */
  json: string;
  /** (base ecosystem, normalised name) keys it is indexed under. */
  keys: Array<[string, string]>;
}

export interface DecodeProblem {
  kind: 'invalid';
  file: string;
  reason: string;
}

export type Decoded = DecodedRecord | DecodeProblem;

/** The document kind of a file name, or undefined when it is not one (ASCII case-insensitive). */
export function documentKind(name: string, allowYaml: boolean): DocumentKind | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (allowYaml && (lower.endsWith('.yaml') || lower.endsWith('.yml'))) return 'yaml';
  return undefined;
}

export function decodeDocument(text: string, file: string, kind: DocumentKind): Decoded[] {
  let doc: unknown;
  try {
    doc = kind === 'json' ? parseJsonFile(text, file) : parseYamlFile(text, file, { schema: 'failsafe' });
  } catch (err) {
    return [
      {
        kind: 'invalid',
        file,
        reason: err instanceof UserError ? stripPath(err.message, file) : String(err),
      },
    ];
  }
  if (!Array.isArray(doc)) return [decodeRecord(doc, file)];
  return doc.map((item, i) => decodeRecord(item, `${file}[${i}]`));
}

function decodeRecord(value: unknown, file: string): Decoded {
  const parsed = OSV_RECORD.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const first = issues[0];
    const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    return {
      kind: 'invalid',
      file,
      reason: `not an OSV record: ${where}${first?.message ?? 'invalid'}${more}`,
    };
  }
  const r = parsed.data;
  const withdrawn = r.withdrawn !== undefined;
  return {
    kind: 'record',
    id: r.id,
    modified: r.modified,
    modifiedMs: modifiedMs(r.modified),
    published: r.published ?? null,
    withdrawn,
    json: withdrawn ? '' : JSON.stringify(r),
    keys: indexKeys(r),
  };
}

/** `path:3: not valid JSON (...)` -> `line 3: not valid JSON (...)`; the problem names the file already. */
function stripPath(message: string, file: string): string {
  if (!message.startsWith(file)) return message;
  const rest = message.slice(file.length);
  if (rest.startsWith(': ')) return rest.slice(2);
  if (rest.startsWith(':')) return `line ${rest.slice(1)}`;
  return rest;
}
