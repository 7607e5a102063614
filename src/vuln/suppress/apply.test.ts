import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IgnoreEntry } from '../../config/schema.js';
import type {
  SeverityLevel,
  VulnerabilityFinding,
  VulnerabilityReport,
} from '../../core/model/vulnerability.js';
import type { VexStatement } from '../vex/load.js';
import { applySuppressions, type SuppressionInput, utcDate } from './apply.js';

interface FindingInit {
  id: string;
  aliases?: string[];
  name?: string;
  version?: string;
  ecosystem?: string;
  purl?: string | null;
  level?: SeverityLevel;
  kind?: 'vulnerability' | 'malicious';
  paths?: string[][];
}

function finding(init: FindingInit): VulnerabilityFinding {
  const name = init.name ?? 'lodash';
  const version = init.version ?? '4.17.20';
  const ecosystem = init.ecosystem ?? 'npm';
  const pkgId = `${ecosystem}:${name}@${version}`;
  const purl =
    init.purl === null ? undefined : (init.purl ?? `pkg:${ecosystem.toLowerCase()}/${name}@${version}`);
  return {
    key: `${init.id}:${pkgId}`,
    id: init.id,
    aliases: init.aliases ?? [init.id],
    records: [init.id],
    kind: init.kind ?? 'vulnerability',
    severity: { level: init.level ?? 'high', source: 'label' },
    package: purl ? { id: pkgId, ecosystem, name, version, purl } : { id: pkgId, ecosystem, name, version },
    fixedVersions: [],
    paths: init.paths ?? [[pkgId]],
    locations: [],
    references: [],
  };
}

function report(findings: VulnerabilityFinding[]): VulnerabilityReport {
  return {
    status: 'ok',
    database: { path: '/db', sources: [], missingEcosystems: [] },
    findings,
    unchecked: [],
    counts: { critical: 0, high: 0, medium: 0, low: 0, none: 0, unknown: 0, malicious: 0, suppressed: 0 },
  };
}

function ignore(id: string, extra: Partial<IgnoreEntry> = {}): IgnoreEntry {
  return { id, reason: 'not reachable', source: 'sterling.yaml', line: 3, ...extra };
}

function vex(
  name: string,
  products: Array<string | { id: string; sub: string[] }>,
  status: VexStatement['status'],
  extra: Partial<VexStatement> = {},
): VexStatement {
  return {
    source: 'app.openvex.json',
    index: 0,
    vulnerability: { name },
    products: products.map((p) =>
      typeof p === 'string'
        ? { ids: [p], subcomponents: [] }
        : { ids: [p.id], subcomponents: p.sub.map((s) => ({ ids: [s] })) },
    ),
    status,
    timestamp: '2024-05-01T00:00:00Z',
    ...(status === 'not_affected' && !extra.impact_statement && !extra.justification
      ? { justification: 'vulnerable_code_not_present' as const }
      : {}),
    ...extra,
  };
}

const TODAY = '2026-02-01';
const LODASH = finding({ id: 'GHSA-35jh-r3h4-6jhm', aliases: ['CVE-2021-23337', 'GHSA-35jh-r3h4-6jhm'] });

function run(findings: VulnerabilityFinding[], input: Partial<SuppressionInput>) {
  return applySuppressions(report(findings), { ignores: [], vex: [], today: TODAY, ...input });
}

/** [name, findings, input, expected `suppressed` per finding (undefined = open)] */
type Case = [
  string,
  VulnerabilityFinding[],
  Partial<SuppressionInput>,
  Array<Record<string, unknown> | undefined>,
];

const CONFIG_SUPPRESSED = { kind: 'config', source: 'sterling.yaml', reason: 'not reachable' };

const CASES: Case[] = [
  ['no ignores, no VEX: everything open', [LODASH], {}, [undefined]],
  ['ignore by the primary id', [LODASH], { ignores: [ignore('GHSA-35jh-r3h4-6jhm')] }, [CONFIG_SUPPRESSED]],
  ['ignore by another alias', [LODASH], { ignores: [ignore('CVE-2021-23337')] }, [CONFIG_SUPPRESSED]],
  [
    'CVE ids match without regard to case',
    [LODASH],
    { ignores: [ignore('cve-2021-23337')] },
    [CONFIG_SUPPRESSED],
  ],
  [
    'GHSA ids match without regard to case',
    [LODASH],
    { ignores: [ignore('ghsa-35JH-R3H4-6JHM')] },
    [CONFIG_SUPPRESSED],
  ],
  [
    'other schemes compare exactly',
    [finding({ id: 'PYSEC-2021-1', ecosystem: 'PyPI', name: 'django' })],
    { ignores: [ignore('pysec-2021-1')] },
    [undefined],
  ],
  ['an unrelated id leaves it open', [LODASH], { ignores: [ignore('CVE-2020-8203')] }, [undefined]],
  [
    'until today still applies (boundary)',
    [LODASH],
    { ignores: [ignore('CVE-2021-23337', { until: TODAY })] },
    [{ ...CONFIG_SUPPRESSED, until: TODAY }],
  ],
  [
    'until tomorrow applies',
    [LODASH],
    { ignores: [ignore('CVE-2021-23337', { until: '2026-02-02' })] },
    [{ ...CONFIG_SUPPRESSED, until: '2026-02-02' }],
  ],
  [
    'until yesterday has expired',
    [LODASH],
    { ignores: [ignore('CVE-2021-23337', { until: '2026-01-31' })] },
    [undefined],
  ],
  [
    'package by name',
    [LODASH],
    { ignores: [ignore('CVE-2021-23337', { package: 'lodash' })] },
    [CONFIG_SUPPRESSED],
  ],
  [
    'package by name and version',
    [LODASH],
    { ignores: [ignore('CVE-2021-23337', { package: 'lodash@4.17.20' })] },
    [CONFIG_SUPPRESSED],
  ],
  [
    'package by name, other version',
    [LODASH],
    { ignores: [ignore('CVE-2021-23337', { package: 'lodash@4.17.21' })] },
    [undefined],
  ],
  [
    'package by another name',
    [LODASH],
    { ignores: [ignore('CVE-2021-23337', { package: 'lodash-es' })] },
    [undefined],
  ],
  [
    'package by purl without version',
    [LODASH],
    { ignores: [ignore('CVE-2021-23337', { package: 'pkg:npm/lodash' })] },
    [CONFIG_SUPPRESSED],
  ],
  [
    'package by purl with the version',
    [LODASH],
    { ignores: [ignore('CVE-2021-23337', { package: 'pkg:npm/lodash@4.17.20' })] },
    [CONFIG_SUPPRESSED],
  ],
  [
    'package by purl with another version',
    [LODASH],
    { ignores: [ignore('CVE-2021-23337', { package: 'pkg:npm/lodash@4.17.19' })] },
    [undefined],
  ],
  [
    'package by purl when the package has none',
    [finding({ id: 'CVE-1', purl: null })],
    { ignores: [ignore('CVE-1', { package: 'pkg:npm/lodash' })] },
    [undefined],
  ],
  [
    'scoped npm name with version',
    [
      finding({
        id: 'CVE-1',
        name: '@babel/traverse',
        version: '7.22.0',
        purl: 'pkg:npm/%40babel/traverse@7.22.0',
      }),
    ],
    { ignores: [ignore('CVE-1', { package: '@babel/traverse@7.22.0' })] },
    [CONFIG_SUPPRESSED],
  ],
  [
    'scoped npm name without version',
    [
      finding({
        id: 'CVE-1',
        name: '@babel/traverse',
        version: '7.22.0',
        purl: 'pkg:npm/%40babel/traverse@7.22.0',
      }),
    ],
    { ignores: [ignore('CVE-1', { package: '@babel/traverse' })] },
    [CONFIG_SUPPRESSED],
  ],
  [
    'PyPI names in PEP 503 form',
    [finding({ id: 'CVE-1', ecosystem: 'PyPI', name: 'Django_REST.framework', version: '3.0' })],
    { ignores: [ignore('CVE-1', { package: 'django-rest-framework@3.0' })] },
    [CONFIG_SUPPRESSED],
  ],
  [
    'Go module path with version',
    [
      finding({
        id: 'GO-2023-1',
        ecosystem: 'Go',
        name: 'github.com/gin-gonic/gin',
        version: 'v1.9.0',
        purl: 'pkg:golang/github.com/gin-gonic/gin@v1.9.0',
      }),
    ],
    { ignores: [ignore('GO-2023-1', { package: 'github.com/gin-gonic/gin@v1.9.0' })] },
    [CONFIG_SUPPRESSED],
  ],
  [
    'a package-qualified ignore picks one of two findings',
    [
      LODASH,
      finding({
        id: 'GHSA-35jh-r3h4-6jhm',
        aliases: ['CVE-2021-23337', 'GHSA-35jh-r3h4-6jhm'],
        version: '4.17.15',
      }),
    ],
    { ignores: [ignore('CVE-2021-23337', { package: 'lodash@4.17.15' })] },
    [undefined, CONFIG_SUPPRESSED],
  ],
  [
    'the first matching ignore gives the reason',
    [LODASH],
    {
      ignores: [
        ignore('CVE-2021-23337', { reason: 'first', line: 3 }),
        ignore('GHSA-35jh-r3h4-6jhm', { reason: 'second', line: 6 }),
      ],
    },
    [{ kind: 'config', source: 'sterling.yaml', reason: 'first' }],
  ],
  [
    'an expired ignore lets a later valid one apply',
    [LODASH],
    {
      ignores: [
        ignore('CVE-2021-23337', { reason: 'old', until: '2025-01-01' }),
        ignore('CVE-2021-23337', { reason: 'renewed' }),
      ],
    },
    [{ kind: 'config', source: 'sterling.yaml', reason: 'renewed' }],
  ],
  // VEX
  [
    'VEX not_affected on the package purl',
    [LODASH],
    {
      vex: [
        vex('CVE-2021-23337', ['pkg:npm/lodash@4.17.20'], 'not_affected', {
          justification: 'vulnerable_code_not_in_execute_path',
        }),
      ],
    },
    [
      {
        kind: 'vex',
        source: 'app.openvex.json',
        reason: 'not affected: vulnerable code not in execute path',
        status: 'not_affected',
        justification: 'vulnerable_code_not_in_execute_path',
      },
    ],
  ],
  [
    'VEX impact statement is the reason',
    [LODASH],
    {
      vex: [
        vex('CVE-2021-23337', ['pkg:npm/lodash@4.17.20'], 'not_affected', {
          impact_statement: 'template() is never called',
        }),
      ],
    },
    [
      {
        kind: 'vex',
        source: 'app.openvex.json',
        reason: 'template() is never called',
        status: 'not_affected',
      },
    ],
  ],
  [
    'VEX fixed suppresses',
    [LODASH],
    { vex: [vex('GHSA-35jh-r3h4-6jhm', ['pkg:npm/lodash@4.17.20'], 'fixed')] },
    [{ kind: 'vex', source: 'app.openvex.json', reason: 'fixed in this version (VEX)', status: 'fixed' }],
  ],
  [
    'VEX purl without version matches every version',
    [LODASH],
    { vex: [vex('CVE-2021-23337', ['pkg:npm/lodash'], 'not_affected')] },
    [
      {
        kind: 'vex',
        source: 'app.openvex.json',
        reason: 'not affected: vulnerable code not present',
        status: 'not_affected',
        justification: 'vulnerable_code_not_present',
      },
    ],
  ],
  [
    'VEX purl with another version does not match',
    [LODASH],
    { vex: [vex('CVE-2021-23337', ['pkg:npm/lodash@4.17.21'], 'not_affected')] },
    [undefined],
  ],
  [
    'VEX for another package does not match',
    [LODASH],
    { vex: [vex('CVE-2021-23337', ['pkg:npm/underscore'], 'not_affected')] },
    [undefined],
  ],
  [
    'VEX for another vulnerability does not match',
    [LODASH],
    { vex: [vex('CVE-2020-8203', ['pkg:npm/lodash'], 'not_affected')] },
    [undefined],
  ],
  [
    'VEX matched through its vulnerability aliases',
    [LODASH],
    {
      vex: [
        vex('SNYK-JS-LODASH-1040724', ['pkg:npm/lodash'], 'fixed', {
          vulnerability: { name: 'SNYK-JS-LODASH-1040724', aliases: ['cve-2021-23337'] },
        }),
      ],
    },
    [{ kind: 'vex', source: 'app.openvex.json', reason: 'fixed in this version (VEX)', status: 'fixed' }],
  ],
  [
    'VEX affected leaves it open',
    [LODASH],
    { vex: [vex('CVE-2021-23337', ['pkg:npm/lodash'], 'affected', { action_statement: 'upgrade' })] },
    [undefined],
  ],
  [
    'VEX under_investigation leaves it open',
    [LODASH],
    { vex: [vex('CVE-2021-23337', ['pkg:npm/lodash'], 'under_investigation')] },
    [undefined],
  ],
  [
    'the latest statement wins: affected after not_affected re-opens',
    [LODASH],
    {
      vex: [
        vex('CVE-2021-23337', ['pkg:npm/lodash'], 'affected', {
          timestamp: '2024-06-01T00:00:00Z',
          action_statement: 'upgrade',
        }),
        vex('CVE-2021-23337', ['pkg:npm/lodash'], 'not_affected', { timestamp: '2024-05-01T00:00:00Z' }),
      ],
    },
    [undefined],
  ],
  [
    'the latest statement wins: not_affected after under_investigation suppresses',
    [LODASH],
    {
      vex: [
        vex('CVE-2021-23337', ['pkg:npm/lodash'], 'under_investigation', {
          timestamp: '2024-05-01T00:00:00Z',
        }),
        vex('GHSA-35jh-r3h4-6jhm', ['pkg:npm/lodash@4.17.20'], 'not_affected', {
          timestamp: '2024-05-01T00:00:01+00:00',
          impact_statement: 'later',
        }),
      ],
    },
    [{ kind: 'vex', source: 'app.openvex.json', reason: 'later', status: 'not_affected' }],
  ],
  [
    'timestamps compare as instants, not as text or by position',
    [LODASH],
    {
      vex: [
        vex('CVE-2021-23337', ['pkg:npm/lodash'], 'under_investigation', {
          timestamp: '2024-05-01T11:00:00Z',
        }),
        // later as text and given later, but 10:00Z: older
        vex('CVE-2021-23337', ['pkg:npm/lodash'], 'not_affected', {
          timestamp: '2024-05-01T12:00:00+02:00',
          impact_statement: 'earlier (10:00Z)',
        }),
      ],
    },
    [undefined],
  ],
  [
    'equal timestamps: the statement given last wins',
    [LODASH],
    {
      vex: [
        vex('CVE-2021-23337', ['pkg:npm/lodash'], 'under_investigation'),
        vex('CVE-2021-23337', ['pkg:npm/lodash'], 'fixed', { source: 'second.openvex.json' }),
      ],
    },
    [{ kind: 'vex', source: 'second.openvex.json', reason: 'fixed in this version (VEX)', status: 'fixed' }],
  ],
  [
    'subcomponent of the scanned product',
    [LODASH],
    {
      products: ['pkg:npm/my-app@1.0.0'],
      vex: [
        vex('CVE-2021-23337', [{ id: 'pkg:npm/my-app', sub: ['pkg:npm/lodash'] }], 'not_affected', {
          impact_statement: 'sub',
        }),
      ],
    },
    [{ kind: 'vex', source: 'app.openvex.json', reason: 'sub', status: 'not_affected' }],
  ],
  [
    'subcomponent of another product does not match',
    [LODASH],
    {
      products: ['pkg:npm/my-app@1.0.0'],
      vex: [vex('CVE-2021-23337', [{ id: 'pkg:npm/other-app', sub: ['pkg:npm/lodash'] }], 'not_affected')],
    },
    [undefined],
  ],
  [
    'subcomponent of a package on the dependency path',
    [finding({ id: 'CVE-2021-23337', paths: [['npm:express@4.0.0', 'npm:lodash@4.17.20']] })],
    {
      purls: new Map([['npm:express@4.0.0', 'pkg:npm/express@4.0.0']]),
      vex: [
        vex('CVE-2021-23337', [{ id: 'pkg:npm/express', sub: ['pkg:npm/lodash@4.17.20'] }], 'not_affected', {
          impact_statement: 'via express',
        }),
      ],
    },
    [{ kind: 'vex', source: 'app.openvex.json', reason: 'via express', status: 'not_affected' }],
  ],
  [
    'subcomponent listed, but it is another package',
    [LODASH],
    {
      products: ['pkg:npm/my-app@1.0.0'],
      vex: [vex('CVE-2021-23337', [{ id: 'pkg:npm/my-app', sub: ['pkg:npm/minimist'] }], 'not_affected')],
    },
    [undefined],
  ],
  [
    'a package without purl matches a product by its inventory id',
    [finding({ id: 'CVE-1', purl: null })],
    { vex: [vex('CVE-1', ['npm:lodash@4.17.20'], 'fixed')] },
    [{ kind: 'vex', source: 'app.openvex.json', reason: 'fixed in this version (VEX)', status: 'fixed' }],
  ],
  [
    'the config ignore wins over VEX',
    [LODASH],
    { ignores: [ignore('CVE-2021-23337')], vex: [vex('CVE-2021-23337', ['pkg:npm/lodash'], 'fixed')] },
    [CONFIG_SUPPRESSED],
  ],
  [
    'an expired ignore lets VEX decide',
    [LODASH],
    {
      ignores: [ignore('CVE-2021-23337', { until: '2020-01-01' })],
      vex: [vex('CVE-2021-23337', ['pkg:npm/lodash'], 'fixed')],
    },
    [{ kind: 'vex', source: 'app.openvex.json', reason: 'fixed in this version (VEX)', status: 'fixed' }],
  ],
];

describe('applySuppressions: which findings are suppressed, and how', () => {
  for (const [name, findings, input, expected] of CASES) {
    it(name, () => {
      const { report: out } = run(findings, input);
      assert.deepEqual(
        out.findings.map((f) => f.suppressed),
        expected,
      );
    });
  }
});

describe('applySuppressions: counts', () => {
  it('counts suppressed findings apart from the severity levels, malicious apart', () => {
    const findings = [
      finding({ id: 'CVE-1', level: 'critical' }),
      finding({ id: 'CVE-2', level: 'critical' }),
      finding({ id: 'CVE-3', level: 'low' }),
      finding({ id: 'CVE-4', level: 'unknown' }),
      finding({ id: 'MAL-2024-1', kind: 'malicious', level: 'critical' }),
      finding({ id: 'MAL-2024-2', kind: 'malicious', level: 'unknown' }),
    ];
    const { report: out } = run(findings, { ignores: [ignore('CVE-2'), ignore('MAL-2024-2')] });
    assert.deepEqual(out.counts, {
      critical: 1,
      high: 0,
      medium: 0,
      low: 1,
      none: 0,
      unknown: 1,
      malicious: 1,
      suppressed: 2,
    });
  });
});

describe('applySuppressions: purity', () => {
  it('does not modify the report it is given, and recomputes from scratch', () => {
    const input = report([LODASH, finding({ id: 'CVE-9' })]);
    const before = structuredClone(input);
    const first = applySuppressions(input, { ignores: [ignore('CVE-2021-23337')], vex: [], today: TODAY });
    assert.deepEqual(input, before);
    // a second pass with other ignores does not keep the first pass's suppression
    const second = applySuppressions(first.report, { ignores: [ignore('CVE-9')], vex: [], today: TODAY });
    assert.deepEqual(
      second.report.findings.map((f) => f.suppressed?.reason),
      [undefined, 'not reachable'],
    );
    assert.equal(second.report.counts.suppressed, 1);
  });

  it('keeps every other field of the report and of the findings', () => {
    const input = report([LODASH]);
    const { report: out } = applySuppressions(input, {
      ignores: [ignore('CVE-2021-23337')],
      vex: [],
      today: TODAY,
    });
    const { suppressed, ...rest } = out.findings[0]!;
    assert.ok(suppressed);
    assert.deepEqual(rest, LODASH);
    assert.deepEqual({ ...out, findings: [], counts: input.counts }, { ...input, findings: [] });
  });

  it('refuses a malformed today', () => {
    assert.throws(() => run([LODASH], { today: '2026-2-1' }), /today must be YYYY-MM-DD/);
  });

  it('utcDate formats the UTC day', () => {
    assert.equal(utcDate(Date.UTC(2026, 0, 31, 23, 59, 59)), '2026-01-31');
  });
});

describe('applySuppressions: diagnostics', () => {
  /** [name, findings, input, expected diagnostics] */
  const DIAGS: Array<[string, VulnerabilityFinding[], Partial<SuppressionInput>, unknown[]]> = [
    ['nothing to say', [LODASH], { ignores: [ignore('CVE-2021-23337')] }, []],
    [
      'an expired ignore warns that the finding is reported again',
      [LODASH],
      { ignores: [ignore('GHSA-35jh-r3h4-6jhm', { until: '2026-01-31', line: 7 })] },
      [
        {
          level: 'warning',
          code: 'ignore-expired',
          message:
            'ignore of GHSA-35jh-r3h4-6jhm in sterling.yaml:7 expired on 2026-01-31; the finding is reported again',
          path: 'sterling.yaml',
          line: 7,
        },
      ],
    ],
    [
      'an expired ignore that matched two findings',
      [LODASH, finding({ id: 'CVE-2021-23337', version: '4.17.15' })],
      { ignores: [ignore('CVE-2021-23337', { until: '2025-12-31', package: 'lodash' })] },
      [
        {
          level: 'warning',
          code: 'ignore-expired',
          message:
            'ignore of CVE-2021-23337 for lodash in sterling.yaml:3 expired on 2025-12-31; 2 findings are reported again',
          path: 'sterling.yaml',
          line: 3,
        },
      ],
    ],
    [
      'an expired ignore whose finding another entry still suppresses',
      [LODASH],
      { ignores: [ignore('CVE-2021-23337', { until: '2025-12-31' }), ignore('CVE-2021-23337', { line: 9 })] },
      [
        {
          level: 'warning',
          code: 'ignore-expired',
          message:
            'ignore of CVE-2021-23337 in sterling.yaml:3 expired on 2025-12-31; the findings it matched are suppressed by other entries',
          path: 'sterling.yaml',
          line: 3,
        },
      ],
    ],
    [
      'an expired ignore that matches nothing',
      [LODASH],
      { ignores: [ignore('CVE-1999-0001', { until: '2025-12-31' })] },
      [
        {
          level: 'warning',
          code: 'ignore-expired',
          message:
            'ignore of CVE-1999-0001 in sterling.yaml:3 expired on 2025-12-31; it matches no finding now: remove it',
          path: 'sterling.yaml',
          line: 3,
        },
      ],
    ],
    [
      'a stale ignore is an info',
      [LODASH],
      { ignores: [ignore('CVE-1999-0001', { line: undefined })] },
      [
        {
          level: 'info',
          code: 'ignore-unused',
          message:
            'ignore of CVE-1999-0001 in sterling.yaml matches no finding; remove it if the issue is gone',
          path: 'sterling.yaml',
        },
      ],
    ],
    [
      'a VEX file none of whose statements applies',
      [LODASH],
      {
        vex: [
          vex('CVE-2015-3193', ['pkg:nodejs/node@v5.1.1', 'pkg:nodejs/node@v4.2.3'], 'fixed', {
            source: 'node.openvex.json',
          }),
          vex('CVE-2021-23337', ['pkg:npm/lodash'], 'fixed'),
        ],
      },
      [
        {
          level: 'info',
          code: 'vex-unused',
          message:
            'none of the 1 statements in node.openvex.json applies to a finding (products such as "pkg:nodejs/node@v5.1.1", "pkg:nodejs/node@v4.2.3"); check that its product identifiers are the purls of the scanned packages',
          path: 'node.openvex.json',
        },
      ],
    ],
    [
      'a VEX statement that applies but says affected counts as used',
      [LODASH],
      { vex: [vex('CVE-2021-23337', ['pkg:npm/lodash'], 'affected', { action_statement: 'upgrade' })] },
      [],
    ],
    ['no findings: nothing to say about VEX', [], { vex: [vex('CVE-1', ['pkg:npm/a'], 'fixed')] }, []],
  ];
  for (const [name, findings, input, expected] of DIAGS) {
    it(name, () => assert.deepEqual(run(findings, input).diagnostics, expected));
  }

  it('escapes control characters of VEX product ids in the message', () => {
    const { diagnostics } = run([LODASH], { vex: [vex('CVE-1', ['pkg:npm/evil\u001b[2J\u202e'], 'fixed')] });
    assert.equal(diagnostics.length, 1);
    assert.ok(diagnostics[0]!.message.includes('pkg:npm/evil\\u001b[2J\\u202e'));
    assert.ok(!diagnostics[0]!.message.includes('\u001b') && !diagnostics[0]!.message.includes('\u202e'));
  });
});
