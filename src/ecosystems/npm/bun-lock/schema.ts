/** Shapes of bun.lock at the parse boundary. Maps stay entry lists (no object keyed by package names). */
import { z } from 'zod';
import { isRecord } from '../boundary.js';

/** `{ "name": "range" }` as [name, range] pairs in file order. */
export type DepEntries = Array<[string, string]>;

const depEntries = z
  .custom<Record<string, string>>(
    (v) => isRecord(v) && Object.values(v).every((s) => typeof s === 'string'),
    'expected an object of "name": "version range" strings',
  )
  .transform((v): DepEntries => Object.entries(v));

/** The dependency object of a workspace or a package tuple (bun calls it INFO). */
export const infoSchema = z.looseObject({
  dependencies: depEntries.optional(),
  devDependencies: depEntries.optional(),
  optionalDependencies: depEntries.optional(),
  peerDependencies: depEntries.optional(),
  optionalPeers: z.array(z.string()).optional(),
});
export type Info = z.infer<typeof infoSchema>;

export const workspaceSchema = infoSchema.extend({
  name: z.string().optional(),
  version: z.string().optional(),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const lockfileSchema = z.looseObject({
  lockfileVersion: z.number().optional(),
  workspaces: z.custom<Record<string, unknown>>(isRecord, '"workspaces" must be an object').optional(),
  packages: z.custom<Record<string, unknown>>(isRecord, '"packages" must be an object').optional(),
});
