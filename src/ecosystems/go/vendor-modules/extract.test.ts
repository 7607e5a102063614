/**
 * go/vendor-modules on its own (go.mod not scanned), on osv-scalibr's modules.txt fixtures in
 * ../shared (no expected-results file exists for them: the expectations are Sterling's own) and on
 * inline cases.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { scalibrFixture, scalibrSkip } from '../../../../test/helpers/conformance.js';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { vendorModulesExtractor } from './index.js';

const DIR = 'golang/vendormodules';
const PATH = 'vendor/modules.txt';

function runShared(name: string) {
  const text = readFileSync(scalibrFixture(DIR, 'testdata', name, 'vendor', 'modules.txt'), 'utf8');
  return extractMemory(vendorModulesExtractor, PATH, { [PATH]: text });
}

type Row = [name: string, version: string, direct: boolean, lines: number[], aliases?: string[]];

function rows(out: ReturnType<typeof runShared>): Row[] {
  return out.packages.map((p): Row => {
    const lines = p.locations.map((l) => l.line ?? 0);
    return p.aliases ? [p.name, p.version, p.direct, lines, p.aliases] : [p.name, p.version, p.direct, lines];
  });
}

describe('go/vendor-modules: osv-scalibr fixtures', { skip: scalibrSkip(DIR) }, () => {
  it('valid: vendored modules, explicit = direct, replacements applied, local ones reported', () => {
    const out = runShared('valid');
    assert.deepEqual(rows(out), [
      ['github.com/BurntSushi/toml', 'v1.2.1', true, [1, 21]],
      ['golang.org/x/crypto', 'v0.31.0', true, [4]],
      ['example.com/fork/net', 'v1.4.5', true, [7], ['golang.org/x/net']],
      ['github.com/example/incompatible', 'v2.0.0+incompatible', true, [15]],
      ['example.com/transitive', 'v0.2.0', false, [18]],
      ['example.com/headeronly', 'v0.1.0', true, [24]],
      ['example.com/afterheaderonly', 'v0.3.0', false, [26]],
      ['example.com/wildcard-fork', 'v0.2.0', true, [29], ['example.com/wildcard']],
    ]);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code, d.line]),
      [
        ['warning', 'invalid-entry', 14],
        ['info', 'go-local-replace', 10],
      ],
    );
  });

  it('invalid: every malformed line is reported, the usable modules kept', () => {
    const out = runShared('invalid');
    assert.deepEqual(rows(out), [
      ['github.com/example/unused', 'v1.2.3', true, [5]],
      ['github.com/example/v2', 'v1.0.0', false, [9]],
      ['github.com/example/replaced', 'v1.0.0', false, [11]],
    ]);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['invalid-line', 1],
        ['invalid-line', 2],
        ['invalid-entry', 3],
        ['invalid-entry', 7],
        ['invalid-line', 8],
        ['invalid-replacement', 11],
      ],
    );
  });

  it('empty: nothing', () => {
    const out = runShared('empty');
    assert.deepEqual([out.packages, out.projects, out.diagnostics], [[], [], []]);
  });
});

describe('go/vendor-modules: inline cases', () => {
  it('stays silent when the go.mod beside vendor/ is scanned (go/go-mod reads modules.txt)', () => {
    const out = extractMemory(vendorModulesExtractor, 'svc/vendor/modules.txt', {
      'svc/vendor/modules.txt': '# example.com/a v1.0.0\n## explicit\nexample.com/a\n',
      'svc/go.mod': 'module svc\n',
    });
    assert.deepEqual([out.packages, out.projects, out.diagnostics], [[], [], []]);
  });

  it('reads modules.txt when go.mod is not scanned; purls and scopes', () => {
    const out = extractMemory(vendorModulesExtractor, 'svc/vendor/modules.txt', {
      'svc/vendor/modules.txt':
        '# example.com/a v1.0.0\r\n## explicit; go 1.21\r\nexample.com/a\r\n# example.com/b/v2 v2.1.0\r\nexample.com/b/v2\r\n',
    });
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.purl, p.direct, p.scopes, p.locations]),
      [
        [
          'Go:example.com/a@v1.0.0',
          'pkg:golang/example.com/a@v1.0.0',
          true,
          ['prod'],
          [{ path: 'svc/vendor/modules.txt', line: 1 }],
        ],
        [
          'Go:example.com/b/v2@v2.1.0',
          'pkg:golang/example.com/b/v2@v2.1.0',
          false,
          ['prod'],
          [{ path: 'svc/vendor/modules.txt', line: 4 }],
        ],
      ],
    );
  });

  it('a module line with neither packages nor "## explicit" is replacement bookkeeping, not a package', () => {
    const out = extractMemory(vendorModulesExtractor, PATH, {
      [PATH]: '# example.com/a v1.0.0 => example.com/b v1.0.1\n',
    });
    assert.deepEqual(out.packages, []);
  });

  it('quotes terminal escapes and refuses huge input', () => {
    const out = extractMemory(vendorModulesExtractor, PATH, { [PATH]: '# evil\u001b[31m\n' });
    assert.ok(out.diagnostics[0]?.message.includes('"evil\\u001b[31m"'));
    assert.throws(
      () => extractMemory(vendorModulesExtractor, PATH, { [PATH]: `# ${'x'.repeat(16 * 1024 * 1024)}` }),
      InputError,
    );
  });

  it('matches vendor/modules.txt only', () => {
    assert.equal(vendorModulesExtractor.matches('vendor/modules.txt'), true);
    assert.equal(vendorModulesExtractor.matches('a/vendor/modules.txt'), true);
    assert.equal(vendorModulesExtractor.matches('modules.txt'), false);
    assert.equal(vendorModulesExtractor.matches('a/notvendor/modules.txt'), false);
  });
});
