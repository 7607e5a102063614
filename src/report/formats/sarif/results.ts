/**
 * One SARIF result per (finding, location): located at the lockfile line that pins the vulnerable
 * version, with fingerprints that survive line moves, and suppressions instead of silence.
 */
import { createHash } from 'node:crypto';
import type { Location } from '../../../core/model/package.js';
import type { Suppression, VulnerabilityFinding } from '../../../core/model/vulnerability.js';
import { compareStrings } from '../../../core/util/compare.js';
import { type PackageIndex, resultMessage, uniqueLocations } from './advice.js';
import { ruleId } from './rules.js';
import { type SarifLevel, sarifLevel, securityScore, severityWord } from './severity.js';
import { plain, uriPath } from './text.js';

/** The base every artifact URI is relative to: the scanned folder or repository. */
export const SRCROOT = '%SRCROOT%';

interface ArtifactLocation {
  uri: string;
  uriBaseId: typeof SRCROOT;
}

export interface SarifLocation {
  physicalLocation: { artifactLocation: ArtifactLocation; region: { startLine: number } };
}

export interface SarifSuppression {
  kind: 'external';
  status: 'accepted' | 'underReview';
  justification: string;
  location: { physicalLocation: { artifactLocation: ArtifactLocation } } | undefined;
  properties: Record<string, string>;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[] | undefined;
  partialFingerprints: Record<string, string>;
  suppressions: SarifSuppression[] | undefined;
  properties: Record<string, string>;
}

/** A result to be: a finding at one of its locations (none when the finding has no location). */
export interface Candidate {
  finding: VulnerabilityFinding;
  location?: Location;
  /** 1-based rank of this location among the finding's locations in the same file. */
  occurrence: number;
  score: number;
}

/** Unique locations in path, line order; the inventory package's when the finding has none. */
function locationsOf(f: VulnerabilityFinding, index: PackageIndex): Location[] {
  return uniqueLocations(f.locations.length > 0 ? f.locations : (index.get(f.package.id)?.locations ?? []));
}

/**
 * Every (finding, location), most important first: open before suppressed, then by score (malicious
 * 10, then CVSS or label), then by finding key and location, so a cut keeps what matters.
 */
export function candidates(findings: readonly VulnerabilityFinding[], index: PackageIndex): Candidate[] {
  const ordered = findings
    .map((finding) => ({ finding, score: securityScore(finding) }))
    .sort(
      (a, b) =>
        Number(a.finding.suppressed !== undefined) - Number(b.finding.suppressed !== undefined) ||
        b.score - a.score ||
        compareStrings(a.finding.key, b.finding.key),
    );
  const out: Candidate[] = [];
  for (const { finding, score } of ordered) {
    const locations = locationsOf(finding, index);
    if (locations.length === 0) out.push({ finding, occurrence: 1, score });
    const seen = new Map<string, number>();
    for (const location of locations) {
      const occurrence = (seen.get(location.path) ?? 0) + 1;
      seen.set(location.path, occurrence);
      out.push({ finding, location, occurrence, score });
    }
  }
  return out;
}

/**
 * Stable identity of a result: the finding's primary id, the package's ecosystem, name and version,
 * and the lockfile path (not the line, so moving lines keeps the alert); `:n` tells apart the n-th
 * location of the same package in the same file. `primaryLocationLineHash` (the one fingerprint
 * GitHub reads, which upload-sarif would otherwise compute from the line's text) carries the same
 * identity in its usual `<16 hex>:<n>` shape.
 */
export function fingerprints(
  f: VulnerabilityFinding,
  path: string,
  occurrence: number,
): Record<string, string> {
  const p = f.package;
  const digest = createHash('sha256')
    .update([f.id, p.ecosystem, p.name, p.version, path].join('\u0000'), 'utf8')
    .digest('hex');
  return {
    primaryLocationLineHash: `${digest.slice(0, 16)}:${occurrence}`,
    'sterling/v1': `${digest}:${occurrence}`,
  };
}

/** A path relative to the scanned root (not absolute, no scheme, no `..`), for a URI reference. */
export function isRelativePath(path: string): boolean {
  return (
    path !== '' && !path.startsWith('/') && !/^[A-Za-z][\w+.-]*:/.test(path) && !/(^|\/)\.\.(\/|$)/.test(path)
  );
}

function suppression(s: Suppression): SarifSuppression {
  const properties: Record<string, string> = { kind: s.kind, source: plain(s.source) };
  if (s.status) properties.vexStatus = plain(s.status);
  if (s.justification) properties.vexJustification = plain(s.justification);
  if (s.until) properties.until = plain(s.until);
  return {
    kind: 'external',
    status: s.status === 'under_investigation' ? 'underReview' : 'accepted',
    justification: `${plain(s.reason) || 'no reason given'}${s.until ? ` (until ${plain(s.until)})` : ''}`,
    location: isRelativePath(s.source)
      ? { physicalLocation: { artifactLocation: { uri: uriPath(s.source), uriBaseId: SRCROOT } } }
      : undefined,
    properties,
  };
}

export function buildResult(c: Candidate, ruleIndex: number, index: PackageIndex): SarifResult {
  const f = c.finding;
  const properties: Record<string, string> = {
    package: plain(f.package.purl ?? f.package.id),
    severity: severityWord(f),
    finding: plain(f.key),
  };
  if (f.fixedIn) properties.fixedIn = plain(f.fixedIn);
  // Declared only in test/example/fixture folders: code-scanning filters can drop these.
  if (f.tags) properties.fileTags = f.tags.join(',');
  const line = c.location?.line;
  // Keys in reading order; JSON.stringify drops the undefined ones.
  return {
    ruleId: ruleId(f),
    ruleIndex,
    level: sarifLevel(c.score),
    message: { text: resultMessage(f, index) },
    locations: c.location && [
      {
        physicalLocation: {
          artifactLocation: { uri: uriPath(c.location.path), uriBaseId: SRCROOT },
          region: { startLine: line !== undefined && Number.isInteger(line) && line >= 1 ? line : 1 },
        },
      },
    ],
    partialFingerprints: fingerprints(f, c.location?.path ?? '', c.occurrence),
    suppressions: f.suppressed && [suppression(f.suppressed)],
    properties,
  };
}
