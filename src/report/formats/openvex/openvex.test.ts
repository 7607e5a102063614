import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { OPENVEX_SCHEMA, validateOpenVex } from '../../../../test/helpers/schemas.js';
import { needsShared } from '../../../../test/helpers/shared.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { Suppression, VulnerabilityFinding } from '../../../core/model/vulnerability.js';
import {
  finding,
  notRunResult,
  vulnPackages as P,
  sampleFindings,
  vulnResult,
} from '../__fixtures__/vulns.js';
import { openvexFormat } from './index.js';

interface Component {
  '@id': string;
  identifiers: { purl: string };
  subcomponents?: Component[];
}
interface Statement {
  vulnerability: { '@id': string; name: string; description?: string; aliases?: string[] };
  products: Component[];
  status: string;
  status_notes?: string;
  justification?: string;
  impact_statement?: string;
  action_statement?: string;
}
interface Doc {
  '@context': string;
  '@id': string;
  author: string;
  timestamp: string;
  version: number;
  tooling: string;
  statements: Statement[];
}

const SCHEMA = { skip: needsShared(...OPENVEX_SCHEMA) };

function render(result: ScanResult = vulnResult()): Doc {
  return JSON.parse(openvexFormat.render(result)) as Doc;
}

function statementFor(doc: Doc, name: string): Statement {
  const s = doc.statements.find((x) => x.vulnerability.name === name);
  assert.ok(s, `statement for ${name}`);
  return s;
}

/** The sample with the root project's version removed: no purl for the project. */
function withoutProjectVersion(): ScanResult {
  const result = vulnResult();
  delete result.inventory.projects[0]!.version;
  return result;
}

describe('openvex format: schema', SCHEMA, () => {
  const cases: [string, () => ScanResult][] = [
    ['the sample (every kind of finding)', () => vulnResult()],
    ['a project without a version (packages as products)', withoutProjectVersion],
    ['a createdAt that is not RFC 3339', () => ({ ...vulnResult(), createdAt: '2024-05-06 07:08' })],
  ];
  for (const [name, make] of cases) {
    it(`is valid OpenVEX 0.2.0: ${name}`, () => {
      assert.deepEqual(validateOpenVex(JSON.parse(openvexFormat.render(make()))), []);
    });
  }

  it('writes an empty document when there is nothing to state; the schema asks for one statement', () => {
    for (const result of [vulnResult([]), notRunResult()]) {
      const doc = JSON.parse(openvexFormat.render(result)) as Doc;
      assert.deepEqual(doc.statements, []);
      assert.deepEqual(validateOpenVex(doc), ['/statements must NOT have fewer than 1 items {"limit":1}']);
    }
  });
});

describe('openvex format: document', () => {
  it('has the v0.2.0 context, author, version and the scan time', () => {
    const doc = render();
    assert.equal(doc['@context'], 'https://openvex.dev/ns/v0.2.0');
    assert.equal(doc.author, 'Sterling 0.1.0');
    assert.equal(doc.version, 1);
    assert.equal(doc.timestamp, '2024-05-06T07:08:09.123Z');
    assert.deepEqual(Object.keys(doc).slice(0, 2), ['@context', '@id']);
  });

  it('derives @id from the content: the SHA-256 of the document without it', () => {
    const text = openvexFormat.render(vulnResult());
    const doc = JSON.parse(text) as Doc;
    const match = /^https:\/\/openvex\.dev\/docs\/public\/vex-([0-9a-f]{64})$/.exec(doc['@id']);
    assert.ok(match, doc['@id']);
    const { '@id': _, ...rest } = doc;
    assert.equal(
      createHash('sha256')
        .update(JSON.stringify(rest, null, 2))
        .digest('hex'),
      match[1],
    );
    const other = render({ ...vulnResult(), createdAt: '2024-05-07T00:00:00Z' });
    assert.notEqual(other['@id'], doc['@id']);
  });

  it('says in tooling what it does not cover, or why it is empty', () => {
    assert.match(
      render().tooling,
      /30 hours old; 2 package\(s\) could not be checked; no data for CocoaPods$/,
    );
    assert.match(
      render(notRunResult('the database is missing')).tooling,
      /not checked: the database is missing$/,
    );
  });

  it('is byte-identical for the same input, whatever the order of findings', () => {
    const a = openvexFormat.render(vulnResult());
    assert.equal(openvexFormat.render(vulnResult()), a);
    const shuffled = vulnResult(sampleFindings().reverse());
    shuffled.inventory.packages.reverse();
    assert.equal(openvexFormat.render(shuffled), a);
  });

  it('never emits a control or bidi character, even after JSON decoding', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
    const all = strings(render());
    assert.ok(
      all.some((s) => s.includes('evil\\x1b[31m')),
      'the hostile name is there, escaped',
    );
    for (const s of all)
      assert.ok(!/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u.test(s), `control character in ${s}`);
  });
});

describe('openvex format: statements', () => {
  it('has one statement per finding, named by the primary id with the other ids as aliases', () => {
    const doc = render();
    assert.equal(doc.statements.length, sampleFindings().length);
    const lodash = statementFor(doc, 'GHSA-35jh-r3h4-6jhm');
    assert.deepEqual(lodash.vulnerability, {
      '@id': 'https://osv.dev/vulnerability/GHSA-35jh-r3h4-6jhm',
      name: 'GHSA-35jh-r3h4-6jhm',
      description: 'Command Injection in lodash.',
      aliases: ['CVE-2021-23337'],
    });
    assert.equal(statementFor(doc, 'GHSA-nofx-0000-0000').vulnerability.aliases, undefined);
  });

  it('states the scanned project as product, with the vulnerable package as subcomponent', () => {
    const lodash = statementFor(render(), 'GHSA-35jh-r3h4-6jhm');
    assert.deepEqual(lodash.products, [
      {
        '@id': 'pkg:npm/demo-app@1.0.0',
        identifiers: { purl: 'pkg:npm/demo-app@1.0.0' },
        subcomponents: [{ '@id': P.lodash.purl, identifiers: { purl: P.lodash.purl } }],
      },
    ]);
  });

  it('states the package itself when the project has no identifier', () => {
    const lodash = statementFor(render(withoutProjectVersion()), 'GHSA-35jh-r3h4-6jhm');
    assert.deepEqual(lodash.products, [{ '@id': P.lodash.purl, identifiers: { purl: P.lodash.purl } }]);
  });

  it('builds a purl for a package that has none', () => {
    const hostile = statementFor(render(), 'GHSA-h0st-1le0-0000');
    assert.match(hostile.products[0]!.subcomponents![0]!['@id'], /^pkg:npm\/evil%1B%5B31mred/);
  });

  it('tells an affected project what to do', () => {
    const doc = render();
    const action = (name: string) => statementFor(doc, name).action_statement;
    assert.equal(statementFor(doc, 'GHSA-35jh-r3h4-6jhm').status, 'affected');
    assert.equal(
      action('GHSA-35jh-r3h4-6jhm'),
      'Upgrade lodash 4.17.20 to 4.17.21 (it comes in through express).',
    );
    assert.equal(
      action('GHSA-nofx-0000-0000'),
      'No fixed version of @acme/nofix is known yet: remove or replace it, or limit how it is used.',
    );
    assert.match(action('MAL-2024-1234')!, /^Remove evil-pkg 1\.0\.0: it is a known malicious package/);
    assert.match(statementFor(doc, 'GHSA-35jh-r3h4-6jhm').status_notes!, /package-lock\.json line 40/);
  });
});

describe('openvex format: suppressions', () => {
  const vex = (
    status: string | undefined,
    justification: string | undefined,
    reason: string,
  ): Suppression => ({
    kind: 'vex',
    source: 'vex/in.json',
    reason,
    status,
    justification,
  });
  const config = (justification?: string): Suppression => ({
    kind: 'config',
    source: 'sterling.yaml',
    reason: 'accepted for now',
    until: '2099-01-01',
    justification,
  });
  type Want = Pick<Statement, 'status' | 'justification' | 'impact_statement'> & { action?: boolean };
  const table: [string, Suppression, Want][] = [
    [
      'VEX not_affected with an OpenVEX justification',
      vex('not_affected', 'component_not_present', 'removed at build time'),
      {
        status: 'not_affected',
        justification: 'component_not_present',
        impact_statement: 'removed at build time',
      },
    ],
    [
      'VEX not_affected with a free-text justification',
      vex('not_affected', 'we think so', 'input is never user-controlled'),
      { status: 'not_affected', impact_statement: 'input is never user-controlled' },
    ],
    ['VEX not_affected with neither', vex('not_affected', undefined, ''), { status: 'under_investigation' }],
    ['VEX fixed', vex('fixed', undefined, 'patched in our fork'), { status: 'fixed' }],
    [
      'VEX under_investigation',
      vex('under_investigation', undefined, 'looking'),
      { status: 'under_investigation' },
    ],
    ['VEX affected', vex('affected', undefined, 'known'), { status: 'affected', action: true }],
    ['VEX without a status', vex(undefined, undefined, 'no status'), { status: 'under_investigation' }],
    ['an ignore entry', config(), { status: 'under_investigation' }],
    [
      'an ignore entry with an OpenVEX justification',
      config('inline_mitigations_already_exist'),
      {
        status: 'not_affected',
        justification: 'inline_mitigations_already_exist',
        impact_statement: 'accepted for now',
      },
    ],
  ];
  for (const [name, suppressed, want] of table) {
    it(`maps ${name} to ${want.status}`, () => {
      const f: VulnerabilityFinding = finding({ id: 'GHSA-test', pkg: P.qs, fixedIn: '6.5.3', suppressed });
      const doc = render(vulnResult([f]));
      const s = doc.statements[0]!;
      assert.equal(s.status, want.status);
      assert.equal(s.justification, want.justification);
      assert.equal(s.impact_statement, want.impact_statement);
      assert.equal(s.action_statement !== undefined, want.action === true);
      assert.match(
        s.status_notes!,
        new RegExp(`^Suppressed by .* in ${suppressed.source.replace('.', '\\.')}`),
      );
      if (!needsShared(...OPENVEX_SCHEMA)) assert.deepEqual(validateOpenVex(doc), []);
    });
  }
});
