/**
 * SPDX element ids. An SPDXID is `SPDXRef-` followed by letters, digits, `.` and `-` only. Ids are
 * derived from the package or project id so that they stay stable across runs; where sanitising
 * makes two ids equal, every one of them gets a short hash of its node key (order-independent).
 */

import { compareStrings } from '../../../core/util/compare.js';
import { type NodeKey, ROOT_KEY, sha256Hex } from '../../sbom/graph.js';

const PREFIX = 'SPDXRef-Package-';

/** The id with every run of characters SPDX does not allow replaced by `-`. */
export function sanitiseSpdxId(id: string): string {
  const s = id.replace(/[^A-Za-z0-9.-]+/g, '-');
  return s === '' || s === '-' ? 'unnamed' : s;
}

/**
 * SPDXIDs for nodes, given as `[key, id]` pairs. The synthetic root is `SPDXRef-Root`. The result
 * depends only on the set of pairs, never on their order.
 */
export function allocateSpdxIds(nodes: readonly (readonly [NodeKey, string])[]): Map<NodeKey, string> {
  const sorted = [...nodes].sort((a, b) => compareStrings(a[0], b[0]));
  const count = new Map<string, number>();
  const wanted = sorted.map(([key, id]) => {
    const s = sanitiseSpdxId(id);
    count.set(s, (count.get(s) ?? 0) + 1);
    return [key, s] as const;
  });
  const out = new Map<NodeKey, string>();
  const used = new Set<string>(['SPDXRef-DOCUMENT', 'SPDXRef-Root']);
  for (const [key, s] of wanted) {
    if (key === ROOT_KEY) {
      out.set(key, 'SPDXRef-Root');
      continue;
    }
    // The hash only where it is needed (a SHA-256 per node is most of the cost otherwise).
    let hash: string | undefined;
    const hashed = (): string => {
      hash ??= sha256Hex(key);
      return hash;
    };
    let spdxId = count.get(s) === 1 ? `${PREFIX}${s}` : `${PREFIX}${s}-${hashed().slice(0, 8)}`;
    // Pathological ids (one that already ends in another's hash): lengthen the hash, then count.
    if (used.has(spdxId)) spdxId = `${PREFIX}${s}-${hashed()}`;
    for (let n = 2; used.has(spdxId); n++) spdxId = `${PREFIX}${s}-${hashed()}-${n}`;
    used.add(spdxId);
    out.set(key, spdxId);
  }
  return out;
}
