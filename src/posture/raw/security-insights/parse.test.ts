import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tempDir, writeTree } from '../../../../test/helpers/tmp.js';
import { Workspace } from '../../../workspace/workspace.js';
import { MINIMUM_SI } from './__fixtures__/minimum.js';
import { collectSecurityInsights } from './collect.js';
import { MAX_SECURITY_INSIGHTS_BYTES, parseSecurityInsights } from './parse.js';

describe('parseSecurityInsights', () => {
  it('reads a minimal v2 file into typed facts, with key lines', () => {
    const r = parseSecurityInsights(MINIMUM_SI, 'security-insights.yml');
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.data.header['schema-version'], '2.0.0');
    assert.equal(r.data.repository?.license.expression, 'MIT');
    assert.equal(r.data.project?.['vulnerability-reporting']['reports-accepted'], true);
    assert.equal(r.lineOf(['repository', 'license', 'expression']), 28);
    assert.deepEqual(r.warnings, []);
  });

  it('keeps a file with an unknown key, and names the key and line as a warning', () => {
    const text = MINIMUM_SI.replace('  status: active\n', '  status: active\n  colour: blue\n');
    const r = parseSecurityInsights(text, 'si.yml');
    assert.ok(r.ok);
    assert.deepEqual(r.warnings, ['si.yml:21: unknown key "colour" in repository']);
    assert.equal((r.data.repository as Record<string, unknown>).colour, undefined);
  });

  const invalid: Array<[string, string, string]> = [
    [
      'missing required key',
      MINIMUM_SI.replace('    expression: MIT\n', ''),
      'si.yml:26: repository.license.expression is required',
    ],
    [
      'wrong type',
      MINIMUM_SI.replace('reports-accepted: true', 'reports-accepted: maybe'),
      'si.yml:16: project.vulnerability-reporting.reports-accepted: Invalid input: expected boolean, received string',
    ],
    [
      'URL with a space',
      MINIMUM_SI.replace(
        'url: https://example.com/acme/widget\n  status',
        'url: https://exa mple.com\n  status',
      ),
      'si.yml:19: repository.url: expected an http(s) URL without spaces',
    ],
    [
      'v1 schema version',
      MINIMUM_SI.replace('2.0.0', '1.0.0'),
      'si.yml:2: header.schema-version: Sterling reads Security Insights 2.x (e.g. 2.0.0)',
    ],
    [
      'bad status value',
      MINIMUM_SI.replace('status: active', 'status: dormant'),
      'si.yml:20: repository.status: Invalid option',
    ],
    ['not a mapping', '- a\n- b\n', 'si.yml:1: expected a mapping'],
    ['YAML syntax', 'header: [\n', 'si.yml:'],
    [
      'duplicate key',
      'header: {}\nheader: {}\n',
      'si.yml:2: not valid YAML (a key is written twice in one mapping)',
    ],
  ];
  for (const [name, text, want] of invalid) {
    it(`rejects ${name}, naming file and line`, () => {
      const r = parseSecurityInsights(text, 'si.yml');
      assert.equal(r.ok, false);
      assert.ok(
        !r.ok && r.errors.some((e) => e.startsWith(want)),
        `${want}\n  got: ${!r.ok && r.errors.join('\n')}`,
      );
    });
  }

  it('records the schema version of a file it rejects', () => {
    const r = parseSecurityInsights(MINIMUM_SI.replace('2.0.0', '1.0.0'), 'si.yml');
    assert.ok(!r.ok && r.schemaVersion === '1.0.0');
  });

  describe('hostile input', () => {
    it('an alias bomb is refused, not expanded', () => {
      const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 0; i < 12; i++)
        lines.push(
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
        );
      const r = parseSecurityInsights(`${lines.join('\n')}\n`, 'si.yml');
      assert.equal(r.ok, false);
    });

    it('deep nesting is an error, not a crash', () => {
      const r = parseSecurityInsights(`${'['.repeat(60_000)}${']'.repeat(60_000)}`, 'si.yml');
      assert.equal(r.ok, false);
    });

    it('an oversized file is not parsed', () => {
      const r = parseSecurityInsights(`# ${'x'.repeat(MAX_SECURITY_INSIGHTS_BYTES)}\n`, 'si.yml');
      assert.ok(!r.ok && r.errors[0]!.includes('limit'));
    });

    it('control characters in an unknown key are escaped in the message', () => {
      const r = parseSecurityInsights(
        MINIMUM_SI.replace('project:\n', 'project:\n  "\\e[31mred": 1\n'),
        'si.yml',
      );
      assert.ok(r.ok);
      assert.ok(!r.warnings.join('').includes('\u001b'), r.warnings.join('\n'));
      assert.match(r.warnings[0]!, /unknown key "\\u001b\[31mred" in project/);
    });

    it('a very long e-mail is rejected without a slow match', () => {
      const text = MINIMUM_SI.replace(
        '    - name: Ada\n      primary: true\n  repositories',
        `    - name: Ada\n      primary: true\n      email: ${'a.'.repeat(50_000)}\n  repositories`,
      );
      const r = parseSecurityInsights(text, 'si.yml');
      assert.equal(r.ok, false);
    });
  });
});

describe('collectSecurityInsights', () => {
  function ws(files: Record<string, string>) {
    const dir = tempDir();
    writeTree(dir, files);
    return { ws: Workspace.open(dir), paths: Object.keys(files) };
  }

  it('is absent when no file exists', () => {
    const t = ws({ 'README.md': 'hi' });
    assert.deepEqual(collectSecurityInsights(t.ws, t.paths), { status: 'absent' });
  });

  it('prefers the root file over .github/, and says the other was not read', () => {
    const t = ws({ '.github/security-insights.yml': MINIMUM_SI, 'security-insights.yml': MINIMUM_SI });
    const f = collectSecurityInsights(t.ws, t.paths);
    assert.equal(f.status, 'valid');
    assert.ok(f.status === 'valid' && f.path === 'security-insights.yml');
    assert.deepEqual(f.status === 'valid' && f.warnings, [
      '.github/security-insights.yml: not read (security-insights.yml is used)',
    ]);
  });

  it('finds .gitlab/security-insights.yml, and reports an invalid file with its errors', () => {
    const t = ws({ '.gitlab/security-insights.yml': 'header: 1\n' });
    const f = collectSecurityInsights(t.ws, t.paths);
    assert.equal(f.status, 'invalid');
    assert.ok(f.status === 'invalid' && f.errors[0]!.startsWith('.gitlab/security-insights.yml:1: header'));
  });

  it('reads the v1 name only when it holds a 2.x file', () => {
    const t = ws({ 'SECURITY-INSIGHTS.yml': MINIMUM_SI.replace('2.0.0', '1.0.0') });
    const f = collectSecurityInsights(t.ws, t.paths);
    assert.ok(f.status === 'invalid' && f.schemaVersion === '1.0.0');
  });
});
