/**
 * The "enrich" stage of a scan: make sure the local OSV database covers the inventory's ecosystems
 * (updating it first when it is missing or stale and the network is allowed), then match. Never
 * prints; failures of the update become `updateError` in the report, a missing database a
 * `not-run` section that says how to get one.
 */

import type { LoadedProjectConfig } from '../config/index.js';
import { errorMessage } from '../core/errors/index.js';
import type { Diagnostic } from '../core/model/diagnostic.js';
import type { Inventory } from '../core/model/inventory.js';
import type { SectionNotRun } from '../core/model/scan-result.js';
import type { VulnerabilityReport } from '../core/model/vulnerability.js';
import type { VersionScheme } from '../core/plugin/version-scheme.js';
import { schemeFor } from '../ecosystems/version-schemes.js';
import {
  NoDatabaseError,
  openDatabase,
  type UpdateProgress,
  updateDatabase,
  type VulnDb,
} from './db/index.js';
import { type MatchInput, matchInventory } from './match/match.js';
import { semverRangeScheme } from './match/semver-ranges.js';
import { baseEcosystem } from './osv/names.js';
import { severityOf } from './severity/severity.js';
import { applySuppressions, countFindings, utcDate } from './suppress/index.js';
import { loadOpenVex } from './vex/index.js';

export interface VulnStageOptions {
  /** The database file (default: defaultDatabasePath()). */
  dbPath: string;
  /** No network at all: never update, whatever the age. */
  offline: boolean;
  /** Update first when the data is older than this (hours); default: the project config, else 24. */
  maxAgeHours?: number;
  /** `--vex` files, applied after matching (with the project config's ignores). */
  vexFiles?: readonly string[];
  /** OSV export base URL for updates. */
  baseUrl?: string;
  /** Match the Go stdlib / toolchain packages (`--go-stdlib`); default: the config's vulnerabilities.goStdlib. */
  goStdlib?: boolean;
  fetch?: typeof fetch;
  now?: Date;
  onProgress?(e: UpdateProgress): void;
}

/** Why the Go stdlib / toolchain packages are not matched unless asked (their unchecked detail). */
export const GO_STDLIB_OPT_IN =
  "go.mod's go line states the minimum Go version, not the toolchain that builds the binary; pass --go-stdlib (or set vulnerabilities.goStdlib: true in sterling.yaml) to match it";

export type VulnStageResult = { section: VulnerabilityReport | SectionNotRun; diagnostics: Diagnostic[] };

/**
 * The OSV ecosystems (base names) of the inventory that Sterling can match, sorted. Packages of other
 * ecosystems (container images, runtimes, CocoaPods, ...) are listed as unchecked by the matcher;
 * asking the OSV export for their data would only fail.
 */
export function inventoryEcosystems(inventory: Inventory): string[] {
  const matchable = inventory.packages.filter((p) => schemeFor(p.ecosystem) !== undefined);
  return [...new Set(matchable.map((p) => baseEcosystem(p.ecosystem)))].sort();
}

function tryOpen(path: string): VulnDb | undefined {
  try {
    return openDatabase(path, { readonly: true });
  } catch (err) {
    if (err instanceof NoDatabaseError) return undefined;
    throw err;
  }
}

function emptyReport(path: string): VulnerabilityReport {
  return {
    status: 'ok',
    database: { path, sources: [], missingEcosystems: [] },
    findings: [],
    unchecked: [],
    counts: countFindings([]),
  };
}

/** How to get data for exactly the ecosystems this scan found (names with spaces quoted for the shell). */
function howToGet(ecosystems: string[]): string {
  const names = ecosystems.map((e) => (/^[\w.:-]+$/.test(e) ? e : `"${e}"`)).join(' ');
  return `Run \`sterling db update --ecosystem ${names}\`, or on an air-gapped machine \`sterling db import <all.zip>\` with the files <ECOSYSTEM>/all.zip downloaded from the OSV export.`;
}

function hasDataFor(db: VulnDb, wanted: string[], now: Date): boolean {
  return db.status(now).ecosystems.some((e) => wanted.includes(e.ecosystem) && e.records > 0);
}

/** Which ecosystems need a download: absent from the database, or older than the threshold. */
function needsUpdate(db: VulnDb | undefined, wanted: string[], maxAgeMs: number, now: Date): string[] {
  if (!db) return wanted;
  const status = db.status(now);
  return wanted.filter((eco) => {
    const e = status.ecosystems.find((x) => x.ecosystem === eco);
    return !e || e.records === 0 || e.ageMs === undefined || e.ageMs > maxAgeMs;
  });
}

async function refresh(ecosystems: string[], opts: VulnStageOptions): Promise<string | undefined> {
  let db: VulnDb | undefined;
  try {
    db = openDatabase(opts.dbPath);
    await updateDatabase(db, {
      ecosystems,
      ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
      ...(opts.fetch ? { fetch: opts.fetch } : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    });
    return undefined;
  } catch (err) {
    return errorMessage(err);
  } finally {
    db?.close();
  }
}

/** What the scan knows besides the inventory: the project config and the scanned product's ids. */
export interface VulnStageContext {
  config: LoadedProjectConfig;
  /** purls / ids of the scanned project itself (VEX products with subcomponents). */
  products: string[];
}

export async function findVulnerabilities(
  inventory: Inventory,
  opts: VulnStageOptions,
  context: VulnStageContext,
): Promise<VulnStageResult> {
  const now = opts.now ?? new Date();
  if (inventory.packages.length === 0) return { section: emptyReport(opts.dbPath), diagnostics: [] };
  const vex = (opts.vexFiles ?? []).flatMap((f) => loadOpenVex(f).statements);
  const maxAgeHours = opts.maxAgeHours ?? context.config.config.vulnerabilities.maxAgeHours;
  const wanted = inventoryEcosystems(inventory);
  const match = (lookup: MatchInput['lookup']) =>
    matchInventory({
      inventory,
      lookup,
      schemeFor,
      semver: semverRangeScheme as VersionScheme,
      severity: severityOf,
      ...((opts.goStdlib ?? context.config.config.vulnerabilities.goStdlib)
        ? {}
        : { skipToolchain: GO_STDLIB_OPT_IN }),
    });
  // No package Sterling can match: each is listed as unchecked with the reason; no data is needed.
  if (wanted.length === 0)
    return {
      section: { ...emptyReport(opts.dbPath), unchecked: match(() => []).unchecked },
      diagnostics: [],
    };
  const diagnostics: Diagnostic[] = [];
  let db = tryOpen(opts.dbPath);
  let updateError: string | undefined;
  if (!opts.offline && wanted.length > 0) {
    const stale = needsUpdate(db, wanted, maxAgeHours * 3_600_000, now);
    if (stale.length > 0) {
      db?.close();
      updateError = await refresh(stale, opts);
      db = tryOpen(opts.dbPath);
      // With data left to use, the scan goes on and says so; with none, the section says why it did not run.
      if (updateError && db && hasDataFor(db, wanted, now)) {
        diagnostics.push({
          level: 'warning',
          code: 'vulnerability-update-failed',
          message: `Updating the vulnerability database (${stale.join(', ')}) failed; results use the data already there. ${updateError}`,
        });
      }
    }
  }
  if (db && wanted.length > 0 && !hasDataFor(db, wanted, now)) {
    // An empty database (e.g. created by a download that then failed) must not pass as "no findings".
    db.close();
    db = undefined;
  }
  if (!db) {
    const reason = opts.offline
      ? `no vulnerability database with ${wanted.join(', ')} data at ${opts.dbPath} (offline: nothing was downloaded). ${howToGet(wanted)}`
      : `no vulnerability database with ${wanted.join(', ')} data at ${opts.dbPath}${updateError ? ` (download failed: ${updateError})` : ''}. ${howToGet(wanted)}`;
    return { section: { status: 'not-run', reason }, diagnostics };
  }
  try {
    const status = db.status(now);
    const { findings, unchecked } = match((eco, name) => db.lookup(eco, name));
    const used = status.ecosystems.filter((e) => wanted.includes(e.ecosystem));
    const ages = used.map((e) => e.ageMs).filter((a): a is number => a !== undefined);
    const report: VulnerabilityReport = {
      status: 'ok',
      database: {
        path: opts.dbPath,
        sources: used.map((e) => ({
          ecosystem: e.ecosystem,
          records: e.records,
          ...(e.newestModified ? { newestModified: e.newestModified } : {}),
          ...(e.importedAt ? { importedAt: e.importedAt } : {}),
        })),
        missingEcosystems: wanted.filter((w) => !used.some((e) => e.ecosystem === w && e.records > 0)),
        ...(ages.length > 0 ? { ageHours: Math.floor(Math.max(...ages) / 3_600_000) } : {}),
        ...(updateError ? { updateError } : {}),
      },
      findings,
      unchecked,
      counts: countFindings(findings),
    };
    if (report.database.missingEcosystems.length > 0) {
      diagnostics.push({
        level: 'warning',
        code: 'no-vulnerability-data',
        message: `No vulnerability data for ${report.database.missingEcosystems.join(', ')}: those packages were not checked. Run \`sterling db update --ecosystem ${report.database.missingEcosystems[0]}\`.`,
      });
    }
    const purls = new Map<string, string>();
    for (const p of inventory.packages) if (p.purl) purls.set(p.id, p.purl);
    const suppressed = applySuppressions(report, {
      ignores: context.config.ignores,
      vex,
      today: utcDate(now.getTime()),
      products: context.products,
      purls,
    });
    diagnostics.push(...suppressed.diagnostics);
    return { section: suppressed.report, diagnostics };
  } finally {
    db.close();
  }
}
