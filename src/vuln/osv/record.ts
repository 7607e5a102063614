/**
 * The OSV record (https://ossf.github.io/osv-schema/), the one vulnerability model every source is
 * turned into. Parsed with zod at the boundary (files, zips, HTTP); unknown fields are kept out, and
 * fields Sterling does not use are not modelled. Lenient where real feeds are (unknown id prefixes such
 * as `NSWG-ECO-1`, missing `modified` placeholders), strict where matching depends on it.
 */
import { z } from 'zod';

const MAX_TEXT = 1_000_000;

export const OSV_EVENT = z.union([
  z.object({ introduced: z.string().max(1000) }),
  z.object({ fixed: z.string().max(1000) }),
  z.object({ last_affected: z.string().max(1000) }),
  z.object({ limit: z.string().max(1000) }),
]);

export const OSV_RANGE = z.object({
  type: z.enum(['SEMVER', 'ECOSYSTEM', 'GIT']),
  repo: z.string().max(2000).optional(),
  events: z.array(OSV_EVENT).max(10_000),
});

export const OSV_PACKAGE = z.object({
  ecosystem: z.string().max(200),
  name: z.string().max(1000),
  purl: z.string().max(2000).optional(),
});

export const OSV_SEVERITY = z.object({
  type: z.string().max(50),
  score: z.string().max(500),
});

export const OSV_AFFECTED = z.object({
  package: OSV_PACKAGE.optional(),
  severity: z.array(OSV_SEVERITY).max(20).optional(),
  ranges: z.array(OSV_RANGE).max(1000).optional(),
  versions: z.array(z.string().max(1000)).max(100_000).optional(),
  ecosystem_specific: z.record(z.string(), z.unknown()).optional(),
  database_specific: z.record(z.string(), z.unknown()).optional(),
});

export const OSV_REFERENCE = z.object({ type: z.string().max(50), url: z.string().max(4000) });

export const OSV_RECORD = z.object({
  schema_version: z.string().max(50).optional(),
  id: z.string().min(1).max(200),
  modified: z.string().max(50),
  published: z.string().max(50).optional(),
  withdrawn: z.string().max(50).optional(),
  aliases: z.array(z.string().max(200)).max(1000).optional(),
  related: z.array(z.string().max(200)).max(1000).optional(),
  upstream: z.array(z.string().max(200)).max(1000).optional(),
  summary: z.string().max(MAX_TEXT).optional(),
  details: z.string().max(MAX_TEXT).optional(),
  severity: z.array(OSV_SEVERITY).max(20).optional(),
  affected: z.array(OSV_AFFECTED).max(10_000).optional(),
  references: z.array(OSV_REFERENCE).max(10_000).optional(),
  database_specific: z.record(z.string(), z.unknown()).optional(),
});

export type OsvEvent = z.infer<typeof OSV_EVENT>;
export type OsvRange = z.infer<typeof OSV_RANGE>;
export type OsvAffected = z.infer<typeof OSV_AFFECTED>;
export type OsvSeverity = z.infer<typeof OSV_SEVERITY>;
export type OsvRecord = z.infer<typeof OSV_RECORD>;
