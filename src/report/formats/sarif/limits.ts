/**
 * GitHub code scanning's limits on an uploaded SARIF file. Source: GitHub Docs, "SARIF support for
 * code scanning" (sections "Validating your SARIF file" and "reportingDescriptor object") and
 * "SARIF results exceed one or more limits" (troubleshooting). Over a maximum, GitHub rejects the
 * whole upload; the renderer therefore cuts (the least important first) and says what it cut.
 */
export const GITHUB_SARIF_LIMITS = {
  /** Results per run (GitHub then displays the top 5,000 by severity). */
  resultsPerRun: 25_000,
  /** Rules per run. */
  rulesPerRun: 25_000,
  /** Tags per rule (GitHub displays 10). */
  tagsPerRule: 20,
  /** `reportingDescriptor.name`. */
  ruleNameChars: 255,
  /** `shortDescription.text` and `fullDescription.text`. */
  descriptionChars: 1_024,
  /** Locations per result (GitHub uses the first); Sterling writes one. */
  locationsPerResult: 1_000,
  /** Size of the gzip-compressed file. */
  gzipBytes: 10 * 1024 * 1024,
} as const;

/** Sterling's own bounds, so that one advisory cannot bloat the file. */
export const SARIF_BOUNDS = {
  /** Packages listed in a rule's help. */
  helpPackages: 20,
  /** Dependency paths listed per package in a rule's help. */
  helpPaths: 3,
  /** Reference links in a rule's help. */
  helpReferences: 10,
  /** Characters of an advisory summary quoted in a result message. */
  summaryChars: 300,
  /** Unchecked packages listed one by one as notifications (the rest are counted). */
  uncheckedNotifications: 1_000,
  /** Posture results (failing findings): the rest of GitHub's results per run is left to vulnerabilities. */
  postureResults: 5_000,
} as const;
