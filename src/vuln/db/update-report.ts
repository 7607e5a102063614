import type { ImportReport } from './report.js';

export interface EcosystemUpdate {
  /** The ecosystem as named in the bucket (`npm`, `PyPI`, `Debian:12`). */
  ecosystem: string;
  url: string;
  /** `updated`: downloaded and imported; `unchanged`: the server says the stored copy is current. */
  status: 'updated' | 'unchanged';
  /** Why nothing was downloaded: HTTP 304, or the x-goog-hash checksum equals the stored one. */
  reason?: 'not-modified' | 'same-checksum';
  /** Bytes downloaded. */
  bytes?: number;
  import?: ImportReport;
}

export interface UpdateFailure {
  ecosystem: string;
  url: string;
  message: string;
}

export interface UpdateReport {
  ecosystems: EcosystemUpdate[];
  failed: UpdateFailure[];
}
