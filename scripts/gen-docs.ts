import { writeFileSync } from 'node:fs';
import { pluginsMarkdown } from '../src/docs/generate.js';

writeFileSync(new URL('../docs/plugins.md', import.meta.url), pluginsMarkdown());
console.log('wrote docs/plugins.md');
