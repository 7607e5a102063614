/**
 * Small hand-built ScanResults for the task tests: posture checks with findings, vulnerability
 * findings, Baseline requirements. Defaults are plain; each test sets only what it is about.
 */
import type { BaselineLevel, BaselineRequirementResult, BaselineStatus } from '../../core/model/baseline.js';
import type { CheckResult, CheckStatus, Finding, Risk } from '../../core/model/posture.js';
import { SCAN_RESULT_SCHEMA_VERSION, type ScanResult } from '../../core/model/scan-result.js';
import type { SeverityLevel, VulnerabilityFinding } from '../../core/model/vulnerability.js';

export function badFinding(probe: string, minutes: number, path?: string, line?: number): Finding {
  const f: Finding = {
    probe,
    outcome: 'false',
    message: `${probe} failed`,
    remediation: { text: `fix ${probe}`, effort: 'low', minutes },
  };
  if (path !== undefined) f.location = line === undefined ? { path } : { path, line };
  return f;
}

export function check(
  name: string,
  risk: Risk,
  score: number,
  findings: Finding[] = [],
  status: CheckStatus = score < 0 ? 'inconclusive' : 'scored',
): CheckResult {
  return {
    name,
    risk,
    score,
    reason: 'r',
    details: [],
    findings,
    evidence: 'local-files',
    status,
    documentation: { short: `short of ${name}`, url: 'https://example.org' },
  };
}

export function requirement(
  id: string,
  level: BaselineLevel,
  status: BaselineStatus,
  evidence: BaselineRequirementResult['evidence'] = [],
): BaselineRequirementResult {
  return { id, level, title: `Title of ${id}`, status, reason: `reason of ${id}`, evidence, url: `https://b/${id}` };
}

export interface VulnSpec {
  id: string;
  name: string;
  version: string;
  level?: SeverityLevel;
  fixedIn?: string;
  ecosystem?: string;
  /** Package ids from the direct dependency to this one; default: direct. */
  path?: string[];
  lockfile?: string;
  line?: number;
  tagged?: boolean;
  suppressed?: boolean;
  malicious?: boolean;
}

export function vuln(s: VulnSpec): VulnerabilityFinding {
  const eco = s.ecosystem ?? 'npm';
  const pkgId = `${eco}:${s.name}@${s.version}`;
  const f: VulnerabilityFinding = {
    key: `${s.id}:${pkgId}`,
    id: s.id,
    aliases: [s.id],
    records: [s.id],
    kind: s.malicious ? 'malicious' : 'vulnerability',
    summary: `summary of ${s.id}`,
    severity: { level: s.level ?? 'high', source: 'label' },
    package: { id: pkgId, ecosystem: eco, name: s.name, version: s.version },
    fixedVersions: s.fixedIn ? [s.fixedIn] : [],
    paths: [s.path ?? [pkgId]],
    locations: [{ path: s.lockfile ?? 'package-lock.json', line: s.line ?? 10 }],
    references: [],
  };
  if (s.fixedIn) f.fixedIn = s.fixedIn;
  if (s.tagged) f.tags = ['test'];
  if (s.suppressed) f.suppressed = { kind: 'config', source: 'sterling.yaml', reason: 'not used' };
  return f;
}

export interface ResultSpec {
  checks?: CheckResult[];
  vulns?: VulnerabilityFinding[];
  requirements?: BaselineRequirementResult[];
  /** Lockfile path -> extractor id. */
  files?: Record<string, string>;
  /** Package ids reachable only as development dependencies. */
  devOnly?: string[];
}

export function scanResult(spec: ResultSpec = {}): ScanResult {
  const vulns = spec.vulns ?? [];
  const packages = [...new Map(vulns.flatMap((v) => v.paths.flat().map((id) => [id, v] as const))).keys()].map(
    (id) => {
      const name = id.slice(id.indexOf(':') + 1, id.lastIndexOf('@'));
      return {
        id,
        ecosystem: id.slice(0, id.indexOf(':')),
        name,
        version: id.slice(id.lastIndexOf('@') + 1),
        resolution: 'pinned' as const,
        source: { kind: 'registry' as const },
        direct: false,
        scopes: spec.devOnly?.includes(id) ? (['dev'] as const) : (['prod'] as const),
        locations: [],
        dependencies: [],
      };
    },
  );
  const files = spec.files ?? { 'package-lock.json': 'npm/package-lock' };
  const result: ScanResult = {
    schemaVersion: SCAN_RESULT_SCHEMA_VERSION,
    tool: { name: 'sterling', version: '0.0.0' },
    target: { input: '.', kind: 'directory', name: 'fixture' },
    createdAt: '2026-01-01T00:00:00.000Z',
    inventory: {
      packages: packages.map((p) => ({ ...p, scopes: [...p.scopes] })),
      projects: [],
      files: Object.entries(files).map(([path, extractor]) => ({
        path,
        extractor,
        status: 'extracted' as const,
        packageCount: 1,
      })),
      skipped: [],
      diagnostics: [],
    },
    vulnerabilities: spec.vulns
      ? {
          status: 'ok',
          database: { path: 'db', sources: [], missingEcosystems: [] },
          findings: vulns,
          unchecked: [],
          counts: { critical: 0, high: 0, medium: 0, low: 0, none: 0, unknown: 0, malicious: 0, suppressed: 0 },
        }
      : { status: 'not-run', reason: 'vulnerability matching was not asked for' },
    posture: spec.checks
      ? {
          status: 'ok',
          scorecardCompat: 'v5',
          checks: spec.checks,
          aggregateScore: 0,
          sources: { files: 'walk', fileCount: 1 },
        }
      : { status: 'not-run', reason: 'posture was not asked for' },
    baseline: spec.requirements
      ? {
          status: 'ok',
          version: 'v2026.02.19',
          levelReached: 0,
          levels: [],
          requirements: spec.requirements,
          counts: { pass: 0, fail: 0, 'needs-review': 0, 'not-applicable': 0, error: 0 },
          securityInsights: { status: 'absent' },
        }
      : { status: 'not-run', reason: 'the Baseline was not asked for' },
    diagnostics: [],
  };
  return result;
}
