/**
 * Vulnerability ids as ignores and VEX statements compare them. CVE and GHSA ids are matched without
 * regard to case (`cve-2021-44228`, `GHSA-JFH8-C2JP-5V3Q` and the canonical forms are one id); every
 * other scheme (PYSEC, GO, RUSTSEC, OSV-private prefixes) is compared exactly, trimmed.
 */
export function normalizeVulnId(id: string): string {
  const trimmed = id.trim();
  const upper = trimmed.slice(0, 5).toUpperCase();
  return upper.startsWith('CVE-') || upper === 'GHSA-' ? trimmed.toUpperCase() : trimmed;
}
