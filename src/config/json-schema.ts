import { z } from 'zod';
import { PROJECT_CONFIG } from './schema.js';

/** Keys written first, so that the published file reads from its identity down. */
const HEAD = ['$schema', '$id', 'title', 'description'];

/** The JSON Schema of sterling.yaml, generated from the zod schema (the input side: defaults optional). */
export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(PROJECT_CONFIG, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  const out: Record<string, unknown> = {};
  for (const key of HEAD) if (key in generated) out[key] = generated[key];
  for (const [key, value] of Object.entries(generated)) if (!HEAD.includes(key)) out[key] = value;
  return out;
}

/** schema/sterling-config.schema.json as written by `npm run docs` (a test keeps it in sync). */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
