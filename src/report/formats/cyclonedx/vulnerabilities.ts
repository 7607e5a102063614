/**
 * CycloneDX 1.6 `vulnerabilities` (CycloneDX VEX): one entry per finding, `affects` pointing at the
 * component's bom-ref, ratings from the CVSS vector Sterling scored, and an `analysis` saying what is
 * known: open findings are `in_triage` (Sterling matched versions, it did not prove exploitability),
 * VEX suppressions keep their status and justification (mapped to CycloneDX's vocabulary), and a
 * project ignore is an accepted risk (`exploitable` with response `will_not_fix` and the reason).
 */
import type { ScanResult } from '../../../core/model/scan-result.js';
import type {
  Severity,
  VulnerabilityFinding,
  VulnerabilityReport,
} from '../../../core/model/vulnerability.js';
import { compareStrings } from '../../../core/util/compare.js';
import { wellFormed } from '../sarif/text.js';

interface CdxRating {
  source?: { name: string; url?: string };
  score?: number;
  severity: 'critical' | 'high' | 'medium' | 'low' | 'none' | 'unknown';
  method?: 'CVSSv2' | 'CVSSv3' | 'CVSSv31' | 'CVSSv4' | 'other';
  vector?: string;
}

interface CdxAnalysis {
  state: 'resolved' | 'exploitable' | 'in_triage' | 'false_positive' | 'not_affected';
  justification?: string;
  response?: string[];
  detail?: string;
}

export interface CdxVulnerability {
  'bom-ref': string;
  id: string;
  source: { name: string; url: string };
  references?: { id: string; source: { name: string; url: string } }[];
  ratings: CdxRating[];
  description?: string;
  recommendation?: string;
  advisories?: { url: string }[];
  updated?: string;
  analysis: CdxAnalysis;
  affects: { ref: string; versions: { version: string; status: 'affected' }[] }[];
  properties?: { name: string; value: string }[];
}

/** OpenVEX `not_affected` justifications -> CycloneDX analysis justifications (CISA's mapping). */
const JUSTIFICATION: Record<string, string> = {
  component_not_present: 'code_not_present',
  vulnerable_code_not_present: 'code_not_present',
  vulnerable_code_not_in_execute_path: 'code_not_reachable',
  vulnerable_code_cannot_be_controlled_by_adversary: 'requires_environment',
  inline_mitigations_already_exist: 'protected_by_mitigating_control',
};

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function osvUrl(id: string): string {
  // toWellFormed: a lone surrogate in a hostile id would make encodeURIComponent throw.
  return `https://osv.dev/vulnerability/${encodeURIComponent(wellFormed(id))}`;
}

function rating(s: Severity): CdxRating {
  const r: CdxRating = { severity: s.level };
  if (s.score !== undefined) r.score = s.score;
  if (s.vector) {
    r.vector = s.vector;
    r.method = s.vector.startsWith('CVSS:4.0')
      ? 'CVSSv4'
      : s.vector.startsWith('CVSS:3.1')
        ? 'CVSSv31'
        : s.vector.startsWith('CVSS:3.0')
          ? 'CVSSv3'
          : s.source === 'cvss-v2'
            ? 'CVSSv2'
            : 'other';
  } else if (s.source === 'label') r.method = 'other';
  return r;
}

function analysis(f: VulnerabilityFinding): CdxAnalysis {
  const s = f.suppressed;
  if (!s) {
    return {
      state: 'in_triage',
      ...(f.fixedIn ? { response: ['update'] } : {}),
      detail: f.fixedIn
        ? `Version ${f.package.version} is affected; ${f.fixedIn} is the smallest version that fixes it.`
        : `Version ${f.package.version} is affected; no fixed version is known yet.`,
    };
  }
  if (s.kind === 'vex') {
    if (s.status === 'fixed') return { state: 'resolved', detail: s.reason };
    const justification = s.justification ? JUSTIFICATION[s.justification] : undefined;
    return { state: 'not_affected', ...(justification ? { justification } : {}), detail: s.reason };
  }
  const until = s.until ? ` (accepted until ${s.until})` : '';
  return {
    state: 'exploitable',
    response: ['will_not_fix'],
    detail: `Ignored in ${s.source}: ${s.reason}${until}`,
  };
}

function recommendation(f: VulnerabilityFinding): string {
  if (f.kind === 'malicious') return `Remove ${f.package.name}: the published package is malicious.`;
  return f.fixedIn
    ? `Upgrade ${f.package.name} to ${f.fixedIn} or later.`
    : `No fixed version of ${f.package.name} is known yet: remove or replace it, or limit how it is used.`;
}

/** The vulnerabilities array, or undefined when matching did not run or found nothing. */
export function cdxVulnerabilities(
  result: ScanResult,
  refOfPackage: (packageId: string) => string | undefined,
): CdxVulnerability[] | undefined {
  const v = result.vulnerabilities;
  if (v.status !== 'ok' || v.findings.length === 0) return undefined;
  const out: CdxVulnerability[] = [];
  for (const f of v.findings) {
    const ref = refOfPackage(f.package.id);
    if (!ref) continue;
    const others = f.aliases.filter((a) => a !== f.id);
    const entry: CdxVulnerability = {
      'bom-ref': `vuln:${f.key}`,
      id: f.id,
      source: { name: 'OSV', url: osvUrl(f.id) },
      ratings: [rating(f.severity)],
      analysis: analysis(f),
      affects: [{ ref, versions: [{ version: f.package.version, status: 'affected' }] }],
    };
    if (others.length > 0) {
      entry.references = others.map((id) => ({ id, source: { name: 'OSV', url: osvUrl(id) } }));
    }
    if (f.summary) entry.description = f.summary;
    entry.recommendation = recommendation(f);
    const advisories = f.references.filter((r) => r.type === 'ADVISORY' && /^https?:\/\//.test(r.url));
    if (advisories.length > 0) entry.advisories = advisories.map((r) => ({ url: r.url }));
    if (f.modified && RFC3339.test(f.modified)) entry.updated = f.modified;
    if (f.kind === 'malicious') entry.properties = [{ name: 'sterling:kind', value: 'malicious' }];
    out.push(entry);
  }
  return out.sort((a, b) => compareStrings(a['bom-ref'], b['bom-ref']));
}

/** What vulnerability data the findings come from, and how old it was (every report states it). */
export function vulnerabilityDataProperties(v: VulnerabilityReport): { name: string; value: string }[] {
  const sources = v.database.sources.map((s) => `${s.ecosystem} (${s.records} records)`).join(', ');
  const out = [
    { name: 'sterling:vulnerability-data', value: `OSV: ${sources || 'none'}` },
    {
      name: 'sterling:vulnerability-data-age-hours',
      value: v.database.ageHours === undefined ? 'unknown' : String(v.database.ageHours),
    },
  ];
  if (v.database.missingEcosystems.length > 0) {
    out.push({ name: 'sterling:vulnerability-data-missing', value: v.database.missingEcosystems.join(', ') });
  }
  if (v.unchecked.length > 0)
    out.push({ name: 'sterling:unchecked-packages', value: String(v.unchecked.length) });
  return out;
}
