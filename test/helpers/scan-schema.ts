import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { repoPath } from './shared.js';

let validate: (((doc: unknown) => boolean) & { errors?: unknown }) | undefined;

/** Validates a ScanResult JSON document against schema/scan-result.schema.json; returns error strings. */
export function validateScanResult(doc: unknown): string[] {
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(repoPath('schema', 'scan-result.schema.json'), 'utf8')));
  }
  if (validate(doc)) return [];
  return ((validate.errors as Array<{ instancePath: string; message?: string }>) ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''}`,
  );
}
