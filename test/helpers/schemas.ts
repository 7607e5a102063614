/**
 * JSON Schema validation of Sterling's SBOM output, for tests.
 *
 * - CycloneDX: the schemas shipped with @cyclonedx/cyclonedx-library (bom-1.x + spdx license ids +
 *   JSF signatures), draft-07, validated the way that library validates (ajv, ajv-formats,
 *   `idn-email` from ajv-formats-draft2019, `iri-reference` accepted as is, no remote schemas).
 * - SPDX 2.3: the official schema in ../shared (draft 2019-09), reached through `sharedPath`; tests
 *   that use it pass `{ skip: needsShared(...SPDX23_SCHEMA) }`.
 * - SARIF 2.1.0: the OASIS schema in ../shared. It is draft-04, which ajv 8 does not implement; its
 *   only draft-04 keyword (`id`) is renamed to `$id` and it is compiled as draft-07 (the schema uses
 *   no boolean `exclusiveMinimum`/`exclusiveMaximum`, the other difference that matters).
 * - OpenVEX 0.2.0: the openvex/spec schema in ../shared (draft 2020-12). Its `iri` format is checked
 *   per RFC 3987 §3.1: an IRI is valid when the URI it maps to (non-ASCII characters percent-encoded
 *   as UTF-8) is a valid URI. (ajv-formats-draft2019's `iri` also demands an IANA-registered scheme,
 *   which rejects every purl: `pkg:` is not in its list.)
 *
 * Validators return a list of error strings (`<instancePath> <message>`), empty when the document
 * is valid. Each schema is read and compiled once, on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import AjvModule from 'ajv';
import Ajv2019Module from 'ajv/dist/2019.js';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { repoPath, sharedPath } from './shared.js';

type AjvInstance = InstanceType<typeof AjvModule.default>;

const require = createRequire(import.meta.url);
/** ajv-formats-draft2019 ships no types. */
const addFormats2019 = require('ajv-formats-draft2019') as (
  ajv: AjvInstance,
  options?: { formats?: string[] },
) => AjvInstance;

export type CycloneDxVersion = '1.4' | '1.5' | '1.6' | '1.7';

/** Path segments (for `needsShared` / `sharedPath`) of the SPDX 2.3 JSON schema. */
export const SPDX23_SCHEMA = ['conformance', 'schemas', 'spdx-2.3', 'spdx-schema.json'] as const;

/** Path segments of the SARIF 2.1.0 JSON schema (OASIS, draft-04). */
export const SARIF_SCHEMA = ['conformance', 'schemas', 'sarif', 'sarif-schema-2.1.0.json'] as const;

/** Path segments of the OpenVEX 0.2.0 JSON schema (openvex/spec, draft 2020-12). */
export const OPENVEX_SCHEMA = ['conformance', 'schemas', 'openvex', 'openvex_json_schema.json'] as const;

const CDX_SCHEMA_DIR = repoPath('node_modules', '@cyclonedx', 'cyclonedx-library', 'res', 'schema');

/** Schemas the bom schemas reference by relative URI, keyed by the URI they resolve to. */
const CDX_REFERENCED: Record<string, string> = {
  'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json': 'spdx.SNAPSHOT.schema.json',
  'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json': 'jsf-0.82.SNAPSHOT.schema.json',
  'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json':
    'cryptography-defs.SNAPSHOT.schema.json',
};

const AJV_OPTIONS: Options = {
  strict: false,
  strictSchema: false,
  allErrors: true,
  useDefaults: false,
  addUsedSchema: false,
  loadSchema: (uri: string) => {
    throw new Error(`remote schemas are disabled: ${uri}`);
  },
};

/** JSON text with object keys sorted at every level: equal for deep-equal JSON values. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * ajv checks `uniqueItems` by comparing every pair of items: quadratic, about 40 s for a 10k
 * component BOM. The same check through a Set of canonical JSON texts is linear.
 */
function linearUniqueItems(ajv: AjvInstance): void {
  ajv.removeKeyword('uniqueItems');
  ajv.addKeyword({
    keyword: 'uniqueItems',
    type: 'array',
    schemaType: 'boolean',
    errors: false,
    validate: (unique: boolean, data: unknown[]) =>
      !unique || new Set(data.map(canonical)).size === data.length,
  });
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

const cdxValidators = new Map<CycloneDxVersion, ValidateFunction>();
let cdxAjv: AjvInstance | undefined;

function cycloneDxAjv(): AjvInstance {
  if (cdxAjv) return cdxAjv;
  const ajv = new AjvModule.default(AJV_OPTIONS);
  linearUniqueItems(ajv);
  addFormatsModule.default(ajv);
  addFormats2019(ajv, { formats: ['idn-email'] });
  // No working implementation exists for `iri-reference` (luzlab/ajv-formats-draft2019#22); the
  // CycloneDX library accepts every value too.
  ajv.addFormat('iri-reference', true);
  for (const [uri, file] of Object.entries(CDX_REFERENCED))
    ajv.addSchema(readJson(join(CDX_SCHEMA_DIR, file)), uri);
  cdxAjv = ajv;
  return ajv;
}

function cycloneDxValidator(version: CycloneDxVersion): ValidateFunction {
  let validate = cdxValidators.get(version);
  if (!validate) {
    validate = cycloneDxAjv().compile(readJson(join(CDX_SCHEMA_DIR, `bom-${version}.SNAPSHOT.schema.json`)));
    cdxValidators.set(version, validate);
  }
  return validate;
}

let spdx23Validator: ValidateFunction | undefined;

function spdx23(): ValidateFunction {
  if (!spdx23Validator) {
    const ajv = new Ajv2019Module.default(AJV_OPTIONS);
    linearUniqueItems(ajv as unknown as AjvInstance);
    addFormatsModule.default(ajv);
    spdx23Validator = ajv.compile(readJson(sharedPath(...SPDX23_SCHEMA)));
  }
  return spdx23Validator;
}

function errorStrings(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const params = Object.keys(e.params).length > 0 ? ` ${JSON.stringify(e.params)}` : '';
    return `${e.instancePath || '/'} ${e.message ?? e.keyword}${params}`;
  });
}

/** Errors of `doc` (a parsed JSON document) against the CycloneDX JSON schema of `version`. */
export function validateCycloneDx(doc: unknown, version: CycloneDxVersion = '1.6'): string[] {
  const validate = cycloneDxValidator(version);
  return validate(doc) ? [] : errorStrings(validate.errors);
}

/** Errors of `doc` (a parsed JSON document) against the SPDX 2.3 JSON schema from ../shared. */
export function validateSpdx23(doc: unknown): string[] {
  const validate = spdx23();
  return validate(doc) ? [] : errorStrings(validate.errors);
}

let sarifValidator: ValidateFunction | undefined;

/** A draft-04 schema as draft-07: `id` -> `$id` at the root (no nested schema of SARIF uses `id`). */
function draft04AsDraft07(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _, id, ...rest } = schema;
  return typeof id === 'string' ? { $id: id, ...rest } : rest;
}

function sarif(): ValidateFunction {
  if (!sarifValidator) {
    const ajv = new AjvModule.default(AJV_OPTIONS);
    linearUniqueItems(ajv);
    addFormatsModule.default(ajv);
    sarifValidator = ajv.compile(draft04AsDraft07(readJson(sharedPath(...SARIF_SCHEMA))));
  }
  return sarifValidator;
}

/** Errors of `doc` (a parsed JSON document) against the SARIF 2.1.0 JSON schema from ../shared. */
export function validateSarif(doc: unknown): string[] {
  const validate = sarif();
  return validate(doc) ? [] : errorStrings(validate.errors);
}

const isUri = fullFormats.uri as (value: string) => boolean;

/** RFC 3987 IRI: valid when its URI mapping (§3.1: non-ASCII as percent-encoded UTF-8) is a URI. */
export function isIri(value: string): boolean {
  try {
    return isUri(value.replace(/[^\p{ASCII}]+/gu, (c) => encodeURIComponent(c)));
  } catch {
    return false; // a lone surrogate cannot be encoded: not an IRI
  }
}

let openVexValidator: ValidateFunction | undefined;

function openVex(): ValidateFunction {
  if (!openVexValidator) {
    const ajv = new Ajv2020Module.default(AJV_OPTIONS);
    linearUniqueItems(ajv as unknown as AjvInstance);
    addFormatsModule.default(ajv);
    ajv.addFormat('iri', isIri);
    openVexValidator = ajv.compile(readJson(sharedPath(...OPENVEX_SCHEMA)));
  }
  return openVexValidator;
}

/** Errors of `doc` (a parsed JSON document) against the OpenVEX 0.2.0 JSON schema from ../shared. */
export function validateOpenVex(doc: unknown): string[] {
  const validate = openVex();
  return validate(doc) ? [] : errorStrings(validate.errors);
}
