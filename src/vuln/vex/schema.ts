/**
 * OpenVEX 0.2.0 documents (https://github.com/openvex/spec, OPENVEX-SPEC.md and
 * openvex_json_schema.json) at the parse boundary. Fields Sterling does not use (hashes, supplier,
 * description) are accepted and dropped; unknown fields are tolerated (JSON-LD documents may carry
 * more). What the spec requires of a standalone document is enforced: document identity and
 * timestamp, a status from the list, a justification or impact statement for `not_affected`, an
 * action statement for `affected`, and at least one identified product per statement.
 */
import { z } from 'zod';

export {
  VEX_JUSTIFICATIONS,
  VEX_STATUSES,
  type VexJustification,
  type VexStatus,
} from './vocabulary.js';

import { VEX_JUSTIFICATIONS, VEX_STATUSES } from './vocabulary.js';

/** `@context` values read: the unversioned namespace and the versions with the 0.2.0 document shape. */
export const OPENVEX_CONTEXTS = [
  'https://openvex.dev/ns',
  'https://openvex.dev/ns/v0.0.2',
  'https://openvex.dev/ns/v0.2.0',
] as const;

const MAX_ID = 4000;
const MAX_TEXT = 100_000;
export const MAX_STATEMENTS = 100_000;
const MAX_PRODUCTS = 10_000;

const id = z.string().min(1).max(MAX_ID);
const text = z.string().max(MAX_TEXT);
const timestamp = z
  .string()
  .max(100)
  .refine((t) => !Number.isNaN(Date.parse(t)), 'not a date-time (RFC 3339, e.g. 2023-01-08T18:02:03Z)');

const identifiers = z.looseObject({ purl: id.optional(), cpe22: id.optional(), cpe23: id.optional() });

const component = z.looseObject({
  '@id': id.optional(),
  identifiers: identifiers.optional(),
  hashes: z.record(z.string(), z.string().max(MAX_ID)).optional(),
});

const product = component.extend({ subcomponents: z.array(component).max(MAX_PRODUCTS).optional() });

const statement = z
  .looseObject({
    '@id': id.optional(),
    vulnerability: z.looseObject({
      '@id': id.optional(),
      name: id,
      description: text.optional(),
      aliases: z.array(id).max(1000).optional(),
    }),
    timestamp: timestamp.optional(),
    last_updated: timestamp.optional(),
    products: z.array(product).min(1, 'a statement names at least one product').max(MAX_PRODUCTS),
    status: z.enum(VEX_STATUSES),
    status_notes: text.optional(),
    justification: z.enum(VEX_JUSTIFICATIONS).optional(),
    impact_statement: text.optional(),
    action_statement: text.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.status === 'not_affected' && s.justification === undefined && s.impact_statement === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'a not_affected statement needs a justification or an impact_statement',
        path: ['justification'],
      });
    }
    if (s.status === 'affected' && s.action_statement === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'an affected statement needs an action_statement',
        path: ['action_statement'],
      });
    }
    s.products.forEach((p, i) => {
      if (p['@id'] === undefined && p.identifiers === undefined && p.hashes === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'a product needs an @id or identifiers',
          path: ['products', i],
        });
      }
    });
  });

export const OPENVEX_DOCUMENT = z.looseObject({
  '@context': z.enum(OPENVEX_CONTEXTS, `Sterling reads OpenVEX 0.2.0 (@context ${OPENVEX_CONTEXTS[2]})`),
  '@id': id,
  author: z.string().min(1).max(MAX_ID),
  role: z.string().max(MAX_ID).optional(),
  timestamp,
  last_updated: timestamp.optional(),
  version: z.number().int().min(1),
  tooling: z.string().max(MAX_ID).optional(),
  statements: z.array(statement).min(1).max(MAX_STATEMENTS),
});

export type OpenVexDocument = z.infer<typeof OPENVEX_DOCUMENT>;
export type OpenVexStatement = OpenVexDocument['statements'][number];
export type OpenVexComponent = z.infer<typeof component>;
