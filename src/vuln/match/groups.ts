/**
 * Groups the records that matched one package into issues: records are one issue when their ids and
 * aliases connect (GHSA-x aliases CVE-y, PYSEC-z aliases CVE-y -> one issue). Union-find over ids.
 */
import type { OsvAffected, OsvRange, OsvRecord } from '../osv/record.js';

/** One affected entry of one record that covers the package's version. */
export interface Hit {
  record: OsvRecord;
  entry: OsvAffected;
  /** The range that matched, when a range (not the versions list) decided. */
  range?: OsvRange | undefined;
}

function find(parent: Map<string, string>, x: string): string {
  let root = x;
  while (parent.get(root) !== root) root = parent.get(root) ?? root;
  let cur = x;
  while (cur !== root) {
    const next = parent.get(cur) ?? root;
    parent.set(cur, root);
    cur = next;
  }
  return root;
}

/** Hits grouped by issue; groups in the order of their first hit. */
export function groupHits(hits: readonly Hit[]): Hit[][] {
  const parent = new Map<string, string>();
  const add = (id: string): void => {
    if (!parent.has(id)) parent.set(id, id);
  };
  for (const h of hits) {
    add(h.record.id);
    for (const a of h.record.aliases ?? []) {
      add(a);
      const ra = find(parent, a);
      const rr = find(parent, h.record.id);
      if (ra !== rr) parent.set(ra, rr);
    }
  }
  const groups = new Map<string, Hit[]>();
  for (const h of hits) {
    const root = find(parent, h.record.id);
    const g = groups.get(root);
    if (g) g.push(h);
    else groups.set(root, [h]);
  }
  return [...groups.values()];
}
