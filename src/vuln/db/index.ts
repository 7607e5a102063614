/**
 * The offline OSV vulnerability database: SQLite (WAL), indexed by (base ecosystem, normalised
 * package name). Import from files, zips and folders; update from the osv.dev export bucket; query.
 */
export { HOW_TO_GET_A_DATABASE, NoDatabaseError, OldSchemaError, UpdateError } from './errors.js';
export { type ImportOptions, importRecords } from './import.js';
export { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits.js';
export { type OpenOptions, openDatabase, type VulnDb } from './open.js';
export { DB_FILE_NAME, defaultDatabasePath } from './paths.js';
export type { EcosystemCounts, ImportProblem, ImportReport } from './report.js';
export { SCHEMA_VERSION } from './schema.js';
export type { DbStatus, EcosystemStatus } from './status.js';
export type { StoredSource } from './totals.js';
export {
  DEFAULT_OSV_BASE_URL,
  noEcosystemsError,
  osvBaseUrl,
  type UpdateOptions,
  type UpdateProgress,
  updateDatabase,
} from './update.js';
export type { EcosystemUpdate, UpdateReport } from './update-report.js';
