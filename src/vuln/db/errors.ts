import { ExternalSourceError, InputError } from '../../core/errors/index.js';
import type { UpdateReport } from './update-report.js';

export const HOW_TO_GET_A_DATABASE =
  'Run `sterling db update --ecosystem npm` (or another ecosystem), or on an air-gapped machine ' +
  '`sterling db import <all.zip>` with a file downloaded from https://osv-vulnerabilities.storage.googleapis.com.';

/** A read-only open of a database file that does not exist (no data downloaded yet). */
export class NoDatabaseError extends InputError {
  constructor(path: string) {
    super(`no vulnerability database yet at ${path}`, { path, hint: HOW_TO_GET_A_DATABASE });
  }
}

/** A read-only open of a database written by an older Sterling: a writable open migrates it. */
export class OldSchemaError extends InputError {
  constructor(path: string, version: number, latest: number) {
    super(`${path} uses an older database schema (${version}; current ${latest})`, {
      path,
      hint: 'Run `sterling db status` once to upgrade it, then retry.',
    });
  }
}

/** One or more ecosystems could not be downloaded; `report` holds what did succeed. */
export class UpdateError extends ExternalSourceError {
  readonly report: UpdateReport;
  constructor(message: string, hint: string, report: UpdateReport) {
    super(message, hint);
    this.report = report;
  }
}
