import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { repoPath } from '../../test/helpers/shared.js';
import { configJsonSchema, configJsonSchemaText } from '../config/json-schema.js';
import { parseProjectConfig } from '../config/load.js';
import { PROJECT_CONFIG } from '../config/schema.js';
import { configKeysMarkdown, KEYS_END, KEYS_START, withConfigKeys } from './configuration.js';

const DOC = repoPath('docs', 'configuration.md');
const SCHEMA = repoPath('schema', 'sterling-config.schema.json');

/** The first ```yaml block of docs/configuration.md. */
function docExample(): string {
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf('```yaml\n');
  assert.ok(start >= 0, 'docs/configuration.md has a yaml example');
  return doc.slice(start + 8, doc.indexOf('```', start + 8));
}

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
}

describe('published config schema and docs (run `npm run docs` after changing the config schema)', () => {
  it('schema/sterling-config.schema.json equals the schema generated from zod', () => {
    assert.equal(readFileSync(SCHEMA, 'utf8'), configJsonSchemaText());
  });

  it('the key table of docs/configuration.md is the generated one', () => {
    const doc = readFileSync(DOC, 'utf8');
    assert.equal(doc, withConfigKeys(doc));
    assert.ok(doc.includes(`${KEYS_START}\n${configKeysMarkdown()}\n${KEYS_END}`));
  });

  it('documents every key of the schema', () => {
    const table = configKeysMarkdown();
    const keys = [
      ...Object.keys(PROJECT_CONFIG.shape),
      'ignore[].id',
      'ignore[].reason',
      'ignore[].until',
      'ignore[].package',
      'vulnerabilities.maxAgeHours',
      'vulnerabilities.failOn',
    ];
    for (const key of keys) assert.ok(table.includes(`| \`${key}\` |`), `${key} missing from the key table`);
  });

  it('the example of docs/configuration.md is a valid config', () => {
    const { config } = parseProjectConfig(docExample(), 'docs/configuration.md');
    assert.equal(config.ignore.length, 2);
    assert.deepEqual(config.vulnerabilities, { maxAgeHours: 72, failOn: 'high', goStdlib: true });
  });

  it('the JSON Schema accepts the example, as an editor would', () => {
    const validate = validator();
    const { config } = parseProjectConfig(docExample(), 'docs/configuration.md');
    assert.ok(validate(config), JSON.stringify(validate.errors));
  });

  /** [name, document, valid per the JSON Schema] — editors must flag what the loader refuses */
  const CASES: Array<[string, unknown, boolean]> = [
    ['minimal', { version: 1 }, true],
    ['unknown top-level key', { version: 1, ignores: [] }, false],
    ['unknown key in an entry', { version: 1, ignore: [{ id: 'CVE-1', reason: 'r', pkg: 'x' }] }, false],
    ['missing reason', { version: 1, ignore: [{ id: 'CVE-1' }] }, false],
    ['empty reason', { version: 1, ignore: [{ id: 'CVE-1', reason: '' }] }, false],
    ['impossible date', { version: 1, ignore: [{ id: 'CVE-1', reason: 'r', until: '2026-02-30' }] }, false],
    ['real date', { version: 1, ignore: [{ id: 'CVE-1', reason: 'r', until: '2028-02-29' }] }, true],
    ['version 2', { version: 2 }, false],
    ['failOn outside the list', { version: 1, vulnerabilities: { failOn: 'severe' } }, false],
    ['goStdlib true', { version: 1, vulnerabilities: { goStdlib: true } }, true],
    ['goStdlib not a boolean', { version: 1, vulnerabilities: { goStdlib: 'yes' } }, false],
    ['maxAgeHours zero', { version: 1, vulnerabilities: { maxAgeHours: 0 } }, true],
    ['maxAgeHours negative', { version: 1, vulnerabilities: { maxAgeHours: -1 } }, false],
    ['maxAgeHours fractional', { version: 1, vulnerabilities: { maxAgeHours: 1.5 } }, false],
  ];
  for (const [name, doc, valid] of CASES) {
    it(`JSON Schema and loader agree: ${name}`, () => {
      assert.equal(validator()(doc), valid);
      assert.equal(PROJECT_CONFIG.safeParse(doc).success, valid);
    });
  }

  it('names itself', () => {
    const schema = configJsonSchema();
    assert.deepEqual(Object.keys(schema).slice(0, 4), ['$schema', '$id', 'title', 'description']);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  });
});
