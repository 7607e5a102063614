/** Builds small OSV records for tests. */
export interface RecordSpec {
  modified?: string;
  withdrawn?: string;
  /** `[ecosystem, name]` pairs; default one npm package named after the id. */
  packages?: Array<[string, string]>;
  summary?: string;
}

export function osvRecord(id: string, spec: RecordSpec = {}): Record<string, unknown> {
  const packages = spec.packages ?? [['npm', `pkg-${id.toLowerCase()}`]];
  const record: Record<string, unknown> = {
    schema_version: '1.6.0',
    id,
    modified: spec.modified ?? '2024-01-01T00:00:00Z',
    published: '2023-01-01T00:00:00Z',
    summary: spec.summary ?? `summary of ${id}`,
    affected: packages.map(([ecosystem, name]) => ({
      package: { ecosystem, name },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.0.0' }] }],
    })),
  };
  if (spec.withdrawn) record.withdrawn = spec.withdrawn;
  return record;
}

export function osvJson(id: string, spec: RecordSpec = {}): string {
  return JSON.stringify(osvRecord(id, spec));
}
