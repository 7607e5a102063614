/**
 * ScanResults with vulnerability findings, built by hand for the SARIF and OpenVEX renderer tests
 * (the matcher is tested on its own). Packages come from the npm package factory so that ids and
 * purls have their production shape; findings come from `finding()` with plain defaults.
 */
import type { Package, Project } from '../../../core/model/package.js';
import { SCAN_RESULT_SCHEMA_VERSION, type ScanResult } from '../../../core/model/scan-result.js';
import type {
  SeverityLevel,
  UncheckedPackage,
  VulnerabilityFinding,
  VulnerabilityReport,
} from '../../../core/model/vulnerability.js';
import { npmPackage } from '../../../ecosystems/npm/package.js';
import { countFindings } from '../../../vuln/suppress/counts.js';

/** Terminal escapes, a bell, a bidi override and a lone surrogate. */
export const HOSTILE_NAME = 'evil\u001b[31mred\u0007\u202e\ud800';
/** HTML, markdown and terminal escapes in a summary. */
export const HOSTILE_SUMMARY =
  '<script>alert(1)</script> **bold** [click](javascript:alert(1)) `code` | pipe\n# heading \u001b]0;title\u0007';
/** A lockfile path whose folder names carry HTML, spaces and a terminal escape. */
export const HOSTILE_PATH = 'apps/<b>x</b> y\u001b[2J/package-lock.json';

const lock = (path: string, line?: number) => (line === undefined ? { path } : { path, line });

export const vulnPackages = {
  express: npmPackage({
    name: 'express',
    version: '4.17.1',
    scopes: ['prod'],
    direct: true,
    location: lock('package-lock.json', 20),
  }),
  lodash: npmPackage({
    name: 'lodash',
    version: '4.17.20',
    scopes: ['prod'],
    location: lock('package-lock.json', 40),
  }),
  minimist: npmPackage({
    name: 'minimist',
    version: '1.2.5',
    scopes: ['dev'],
    location: lock('package-lock.json', 61),
  }),
  evil: npmPackage({
    name: 'evil-pkg',
    version: '1.0.0',
    scopes: ['prod'],
    direct: true,
    location: lock('package-lock.json', 80),
  }),
  nofix: npmPackage({
    name: '@acme/nofix',
    version: '2.0.0',
    scopes: ['prod'],
    direct: true,
    location: lock('package-lock.json', 90),
  }),
  qs: npmPackage({ name: 'qs', version: '6.5.2', scopes: ['prod'], location: lock('package-lock.json', 100) }),
  hostile: npmPackage({ name: HOSTILE_NAME, version: '1.0.0', scopes: ['prod'], location: lock(HOSTILE_PATH) }),
  semver: npmPackage({
    name: 'semver',
    version: '^7.0.0',
    resolution: 'unresolved',
    scopes: ['prod'],
    direct: true,
    location: lock('packages/lib/package.json', 7),
  }),
} satisfies Record<string, Package>;

const P = vulnPackages;
P.express.dependencies = [P.lodash.id, P.qs.id, P.hostile.id];

export const rootProject: Project = {
  id: 'npm:.',
  ecosystem: 'npm',
  name: 'demo-app',
  version: '1.0.0',
  path: '.',
  location: { path: 'package.json', line: 1 },
  dependencies: [
    { id: P.express.id, scope: 'prod' },
    { id: P.evil.id, scope: 'prod' },
    { id: P.nofix.id, scope: 'prod' },
    { id: P.semver.id, scope: 'prod' },
  ],
};

export interface FindingInit extends Partial<Omit<VulnerabilityFinding, 'package'>> {
  id: string;
  pkg: Package;
  level?: SeverityLevel;
  score?: number;
}

/** A finding for `pkg` with plain defaults: high (label), no fix, located where the package is. */
export function finding(init: FindingInit): VulnerabilityFinding {
  const { pkg, level, score, ...rest } = init;
  const out: VulnerabilityFinding = {
    key: `${init.id}:${pkg.id}`,
    aliases: [init.id],
    records: [init.id],
    kind: 'vulnerability',
    severity:
      score === undefined
        ? { level: level ?? 'high', source: 'label' }
        : { level: level ?? 'high', score, source: 'cvss-v3', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' },
    package: { id: pkg.id, ecosystem: pkg.ecosystem, name: pkg.name, version: pkg.version, purl: pkg.purl },
    fixedVersions: [],
    paths: [[pkg.id]],
    locations: structuredClone(pkg.locations),
    references: [],
    ...rest,
  };
  out.aliases = [...new Set([...out.aliases, init.id])].sort();
  return out;
}

/** The findings of the sample: one of each kind the renderers must handle. */
export function sampleFindings(): VulnerabilityFinding[] {
  return [
    finding({
      id: 'GHSA-35jh-r3h4-6jhm',
      pkg: P.lodash,
      aliases: ['CVE-2021-23337', 'GHSA-35jh-r3h4-6jhm'],
      summary: 'Command Injection in lodash.',
      level: 'high',
      score: 7.2,
      fixedVersions: ['4.17.21'],
      fixedIn: '4.17.21',
      paths: [[P.express.id, P.lodash.id]],
      // Pinned twice: the root lockfile and a workspace lockfile.
      locations: [lock('package-lock.json', 40), lock('packages/web/package-lock.json', 12)],
      references: [
        { type: 'ADVISORY', url: 'https://github.com/advisories/GHSA-35jh-r3h4-6jhm' },
        { type: 'WEB', url: 'javascript:alert(1)' },
        { type: 'FIX', url: 'https://github.com/lodash/lodash/commit/3469357cff396a26c363f8c1b5a91dde28ba4b1c' },
      ],
      modified: '2024-01-02T03:04:05Z',
    }),
    finding({
      id: 'MAL-2024-1234',
      pkg: P.evil,
      kind: 'malicious',
      summary: 'Malicious code in evil-pkg (npm)',
      severity: { level: 'unknown', source: 'none' },
    }),
    finding({
      id: 'GHSA-xvch-5gv4-984h',
      pkg: P.minimist,
      aliases: ['CVE-2021-44906'],
      summary: 'Prototype Pollution in minimist',
      level: 'critical',
      score: 9.8,
      fixedVersions: ['1.2.6'],
      fixedIn: '1.2.6',
      paths: [[P.minimist.id]],
      suppressed: {
        kind: 'vex',
        source: 'vex/project.openvex.json',
        reason: 'minimist only parses the arguments of our own build script',
        status: 'not_affected',
        justification: 'vulnerable_code_not_in_execute_path',
      },
    }),
    finding({
      id: 'GHSA-hrpp-h998-j3pp',
      pkg: P.qs,
      aliases: ['CVE-2022-24999'],
      summary: 'qs vulnerable to Prototype Pollution',
      level: 'high',
      score: 7.5,
      fixedVersions: ['6.5.3', '6.10.3'],
      fixedIn: '6.5.3',
      paths: [[P.express.id, P.qs.id]],
      suppressed: {
        kind: 'config',
        source: 'sterling.yaml',
        reason: 'Upgrade planned with express 5',
        until: '2099-12-31',
      },
    }),
    finding({
      id: 'GHSA-nofx-0000-0000',
      pkg: P.nofix,
      summary: 'Denial of service in @acme/nofix',
      level: 'medium',
    }),
    finding({
      id: 'GHSA-h0st-1le0-0000',
      pkg: P.hostile,
      aliases: ['CVE-2099-0001', `CVE-2099-0002${HOSTILE_NAME}`],
      summary: HOSTILE_SUMMARY,
      level: 'low',
      score: 3.1,
      fixedVersions: ['1.0.1'],
      fixedIn: `1.0.1${HOSTILE_NAME}`,
      paths: [[P.express.id, P.hostile.id]],
      references: [{ type: 'WEB<img>', url: 'https://example.com/a b)(<x>' }],
    }),
  ];
}

export { countFindings };

export const sampleUnchecked: UncheckedPackage[] = [
  {
    packageId: P.semver.id,
    reason: 'unresolved-version',
    detail: 'only the range ^7.0.0 is known (no lockfile)',
  },
  {
    packageId: 'cocoapods:Alamofire@5.0.0',
    reason: 'unsupported-ecosystem',
    detail: `CocoaPods has no version scheme${HOSTILE_NAME}`,
  },
];

function report(findings: VulnerabilityFinding[], unchecked: UncheckedPackage[]): VulnerabilityReport {
  return {
    status: 'ok',
    database: {
      path: '/home/user/.cache/sterling/osv.db',
      sources: [{ ecosystem: 'npm', records: 12345, newestModified: '2024-05-05T00:00:00Z' }],
      ageHours: 30,
      missingEcosystems: ['CocoaPods'],
      updateError: 'network unreachable',
    },
    findings,
    unchecked,
    counts: countFindings(findings),
  };
}

function byId<T extends { id: string }>(items: T[]): T[] {
  return items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A fresh ScanResult with the sample findings (deep copy each call, so tests may mutate it). */
export function vulnResult(findings: VulnerabilityFinding[] = sampleFindings()): ScanResult {
  return structuredClone({
    schemaVersion: SCAN_RESULT_SCHEMA_VERSION,
    tool: { name: 'sterling', version: '0.1.0' },
    target: { input: '/tmp/demo-app', kind: 'directory', name: 'demo-app' },
    createdAt: '2024-05-06T07:08:09.123Z',
    inventory: {
      packages: byId(Object.values(P)),
      projects: [rootProject],
      files: [],
      skipped: [],
      diagnostics: [],
    },
    vulnerabilities: report(findings, sampleUnchecked),
    posture: { status: 'not-run', reason: 'not requested' },
    baseline: { status: 'not-run', reason: 'not requested' },
    diagnostics: [],
  });
}

/** The sample with matching not run (e.g. `--no-vulns`). */
export function notRunResult(reason = 'vulnerability matching was not requested (--no-vulns)'): ScanResult {
  const result = vulnResult();
  result.vulnerabilities = { status: 'not-run', reason };
  return result;
}

/** `count` findings of distinct ids on distinct packages (one location each), severities cycling. */
export function manyFindingsResult(count: number): ScanResult {
  const levels: SeverityLevel[] = ['critical', 'high', 'medium', 'low', 'unknown'];
  const pkgs: Package[] = [];
  const findings: VulnerabilityFinding[] = [];
  for (let i = 0; i < count; i++) {
    const pkg = npmPackage({
      name: `pkg-${i}`,
      version: `1.0.${i}`,
      scopes: ['prod'],
      direct: true,
      location: lock('package-lock.json', i + 2),
    });
    pkgs.push(pkg);
    findings.push(
      finding({
        id: `GHSA-${String(i).padStart(4, '0')}-aaaa-bbbb`,
        pkg,
        aliases: [`CVE-2024-${String(10000 + i)}`],
        summary: `Issue number ${i} in pkg-${i}`,
        level: levels[i % levels.length],
        fixedVersions: [`1.0.${i + 1}`],
        fixedIn: `1.0.${i + 1}`,
      }),
    );
  }
  const result = vulnResult(findings);
  result.inventory.packages = byId(pkgs);
  result.inventory.projects = [
    { ...rootProject, dependencies: pkgs.map((p) => ({ id: p.id, scope: 'prod' as const })) },
  ];
  return result;
}
