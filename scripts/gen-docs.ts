import { readFileSync, writeFileSync } from 'node:fs';
import { configJsonSchemaText } from '../src/config/json-schema.js';
import { baselineMarkdown } from '../src/docs/baseline.js';
import { withConfigKeys } from '../src/docs/configuration.js';
import { pluginsMarkdown } from '../src/docs/generate.js';
import { postureMarkdown } from '../src/docs/posture.js';

writeFileSync(new URL('../docs/plugins.md', import.meta.url), pluginsMarkdown());
console.log('wrote docs/plugins.md');

writeFileSync(new URL('../docs/posture.md', import.meta.url), postureMarkdown());
console.log('wrote docs/posture.md');

writeFileSync(new URL('../docs/baseline.md', import.meta.url), baselineMarkdown());
console.log('wrote docs/baseline.md');

writeFileSync(new URL('../schema/sterling-config.schema.json', import.meta.url), configJsonSchemaText());
console.log('wrote schema/sterling-config.schema.json');

const configDoc = new URL('../docs/configuration.md', import.meta.url);
writeFileSync(configDoc, withConfigKeys(readFileSync(configDoc, 'utf8')));
console.log('updated the key table of docs/configuration.md');
