import { baseEcosystem, normalizePackageName } from '../osv/names.js';
import type { OsvRecord } from '../osv/record.js';

/** Milliseconds since the epoch of an OSV timestamp, or null when it does not parse. */
export function modifiedMs(text: string): number | null {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

/** True when `incoming` is strictly newer than `stored`; an unparseable time is older than any real one. */
export function isNewer(incoming: number | null, stored: number | null): boolean {
  if (incoming === null) return false;
  return stored === null || incoming > stored;
}

/** The (base ecosystem, normalised name) keys a record is indexed under, without duplicates. */
export function indexKeys(record: Pick<OsvRecord, 'affected'>): Array<[string, string]> {
  const seen = new Set<string>();
  const keys: Array<[string, string]> = [];
  for (const a of record.affected ?? []) {
    if (!a.package) continue;
    const key: [string, string] = [
      baseEcosystem(a.package.ecosystem),
      normalizePackageName(a.package.ecosystem, a.package.name),
    ];
    const joined = `${key[0]}\u0000${key[1]}`;
    if (seen.has(joined)) continue;
    seen.add(joined);
    keys.push(key);
  }
  return keys;
}
