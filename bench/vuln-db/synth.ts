/**
 * Synthetic OSV data for the vulnerability-database benchmark: the real records of
 * ../shared/osv-sample, renamed (ids and package names) and spread over eight ecosystems, written
 * as one osv.dev-style all.zip (flat <ID>.json entries) per ecosystem.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeZipFile, type ZipEntrySpec } from '../../test/helpers/zip.js';

export const ECOSYSTEMS = [
  'npm',
  'PyPI',
  'Go',
  'crates.io',
  'Maven',
  'RubyGems',
  'NuGet',
  'Packagist',
] as const;

const SETS = [
  'osv-sample/golang-vulndb/data/osv',
  'osv-sample/rustsec-advisory-db-osv/crates',
  'osv-sample/pypa-advisory-database-json',
  'osv-sample/npm-nodejs-security-wg-osv',
];

type Rec = {
  id: string;
  withdrawn?: string;
  affected?: Array<{ package?: { ecosystem: string; name: string } }>;
};

function jsonFiles(dir: string, out: string[]): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) jsonFiles(p, out);
    else if (e.name.endsWith('.json')) out.push(p);
  }
  return out;
}

/** The real, non-withdrawn records, in a stable order. */
export function loadTemplates(sharedRoot: string): Rec[] {
  const out: Rec[] = [];
  for (const set of SETS) {
    for (const f of jsonFiles(join(sharedRoot, set), []).sort()) {
      const r = JSON.parse(readFileSync(f, 'utf8')) as Rec;
      if (r.withdrawn === undefined && r.affected?.length) out.push(r);
    }
  }
  return out;
}

/** Record i: template i mod T, id BENCH-<i>, in ECOSYSTEMS[i mod 8], packages renamed `<name>-<copy>`. */
export function synthetic(templates: readonly Rec[], i: number): Rec {
  const t = templates[i % templates.length]!;
  const copy = Math.floor(i / templates.length);
  const ecosystem = ECOSYSTEMS[i % ECOSYSTEMS.length]!;
  return {
    ...t,
    id: `BENCH-${i}`,
    affected: (t.affected ?? []).map((a) => ({
      ...a,
      ...(a.package ? { package: { ...a.package, ecosystem, name: `${a.package.name}-${copy}` } } : {}),
    })),
  };
}

/** A package that record i affects (for lookups that hit). */
export function packageOf(templates: readonly Rec[], i: number): [string, string] {
  const p = synthetic(templates, i).affected!.find((a) => a.package)!.package!;
  return [p.ecosystem, p.name];
}

/** Writes records [0, count) as one all.zip per ecosystem under dir/<ecosystem>/all.zip; returns the zips. */
export function writeAllZips(templates: readonly Rec[], count: number, dir: string): string[] {
  const zips: string[] = [];
  ECOSYSTEMS.forEach((eco, e) => {
    function* entries(): Generator<ZipEntrySpec> {
      for (let i = e; i < count; i += ECOSYSTEMS.length) {
        const r = synthetic(templates, i);
        yield { name: `${r.id}.json`, data: JSON.stringify(r, null, 2) };
      }
    }
    const folder = join(dir, eco);
    mkdirSync(folder, { recursive: true });
    const zip = join(folder, 'all.zip');
    writeZipFile(zip, entries());
    zips.push(zip);
  });
  return zips;
}
