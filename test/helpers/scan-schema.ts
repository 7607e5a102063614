import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { repoPath } from './shared.js';

type Validator = ((doc: unknown) => boolean) & { errors?: unknown };
const validators = new Map<string, Validator>();

/** Validates `doc` against schema/<file> (draft 2020-12, compiled once); returns error strings. */
function validateWith(file: string, doc: unknown): string[] {
  let validate = validators.get(file);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(repoPath('schema', file), 'utf8'))) as Validator;
    validators.set(file, validate);
  }
  if (validate(doc)) return [];
  return ((validate.errors as Array<{ instancePath: string; message?: string }>) ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''}`,
  );
}

/** Validates a ScanResult JSON document against schema/scan-result.schema.json; returns error strings. */
export function validateScanResult(doc: unknown): string[] {
  return validateWith('scan-result.schema.json', doc);
}

/** Validates `sterling tasks --format json` output against schema/tasks.schema.json. */
export function validateTasksDocument(doc: unknown): string[] {
  return validateWith('tasks.schema.json', doc);
}
