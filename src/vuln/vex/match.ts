/**
 * Which OpenVEX statements speak about a finding, and which one is in force.
 *
 * A statement applies to a finding when
 * 1. one of its vulnerability ids (`name`, `@id`, `aliases`) is one of the finding's ids
 *    (CVE/GHSA without regard to case), and
 * 2. one of its products is the vulnerable package itself (the product's `@id` or identifiers match
 *    the package purl, see purl.ts: a purl without version covers every version), or a product that
 *    contains it lists the package among its `subcomponents`: the product then has to match the scanned
 *    project (`containers`: its purls or ids) or a package on one of the finding's dependency paths.
 *
 * Of the statements that apply, the latest one is in force (statement timestamp, or the document's
 * when it has none); on equal timestamps the one given later wins (later in its file, or in a file
 * given later with `--vex`), as in openvex/go-vex.
 */
import { normalizeVulnId } from './ids.js';
import type { VexComponent, VexProduct, VexStatement } from './load.js';
import type { PurlMatcher } from './purl.js';

export interface VexSubject {
  /** Every id of the finding. */
  aliases: readonly string[];
  /** The vulnerable package's purl, when it has one. */
  purl: string | undefined;
  /** The package's inventory id (matched exactly, for packages without purl). */
  packageId: string;
  /** Identifiers of what contains the package: the scanned project and the packages on its paths. */
  containers: readonly string[];
}

interface Entry {
  statement: VexStatement;
  order: number;
  time: number;
}

/** Statements indexed by normalized vulnerability id. */
export type VexIndex = Map<string, Entry[]>;

export function vexIndex(statements: readonly VexStatement[]): VexIndex {
  const index: VexIndex = new Map();
  statements.forEach((statement, order) => {
    const time = Date.parse(statement.timestamp);
    const entry = { statement, order, time: Number.isNaN(time) ? 0 : time };
    const v = statement.vulnerability;
    const ids = new Set([v.name, ...(v['@id'] ? [v['@id']] : []), ...(v.aliases ?? [])].map(normalizeVulnId));
    for (const id of ids) {
      const list = index.get(id);
      if (list) list.push(entry);
      else index.set(id, [entry]);
    }
  });
  return index;
}

function componentMatches(c: VexComponent, identifier: string | undefined, matchPurl: PurlMatcher): boolean {
  if (identifier === undefined) return false;
  return c.ids.some((id) => id === identifier || matchPurl(id, identifier));
}

function productApplies(p: VexProduct, subject: VexSubject, matchPurl: PurlMatcher): boolean {
  const isPackage = (c: VexComponent) =>
    componentMatches(c, subject.purl, matchPurl) || componentMatches(c, subject.packageId, matchPurl);
  if (isPackage(p)) return true;
  if (p.subcomponents.length === 0 || !p.subcomponents.some(isPackage)) return false;
  return subject.containers.some((container) => componentMatches(p, container, matchPurl));
}

/** The statements that apply to the subject, oldest first (the last one is in force). */
export function applicableStatements(
  index: VexIndex,
  subject: VexSubject,
  matchPurl: PurlMatcher,
): VexStatement[] {
  const checked = new Set<Entry>();
  const applies: Entry[] = [];
  for (const alias of subject.aliases) {
    for (const entry of index.get(normalizeVulnId(alias)) ?? []) {
      if (checked.has(entry)) continue;
      checked.add(entry);
      if (entry.statement.products.some((p) => productApplies(p, subject, matchPurl))) applies.push(entry);
    }
  }
  return applies.sort((a, b) => a.time - b.time || a.order - b.order).map((e) => e.statement);
}
