import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { packageResolvedExtractor } from './index.js';
import { swiftName } from './url.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

function run(text: string): ExtractionOutput {
  return extractMemory(packageResolvedExtractor, 'Package.resolved', { 'Package.resolved': text });
}

function view(out: ExtractionOutput) {
  return out.packages.map((p) => [p.id, p.purl, p.source.kind, p.source.commit, p.locations[0]?.line]);
}

describe('swift/package-resolved: repository names', () => {
  const cases: [string, string | undefined][] = [
    ['https://github.com/apple/swift-nio.git', 'github.com/apple/swift-nio'],
    ['https://GitHub.com/Apple/swift-nio/', 'github.com/Apple/swift-nio'],
    ['git@github.com:SnapKit/SnapKit.git', 'github.com/SnapKit/SnapKit'],
    ['ssh://git@gitlab.example.com:22/a/b/c.git', 'gitlab.example.com:22/a/b/c'],
    ['https://user:token@github.com/o/r', 'github.com/o/r'],
    ['/Users/me/local-package', 'Users/me/local-package'],
    ['nohost', undefined],
    ['', undefined],
  ];
  for (const [url, want] of cases) it(url || '(empty)', () => assert.equal(swiftName(url)?.name, want));
});

describe('swift/package-resolved: versions 1 to 3', () => {
  it('v1: versioned pin with its revision, branch pin as a git source without version', () => {
    const out = run(fixture('v1.Package.resolved'));
    assert.deepEqual(view(out), [
      [
        'SwiftURL:github.com/Alamofire/Alamofire@5.4.3',
        'pkg:swift/github.com/Alamofire/Alamofire@5.4.3',
        'registry',
        'f96b619bcb2383b43d898402283924b80e2c4bae',
        5,
      ],
      [
        'SwiftURL:github.com/SnapKit/SnapKit@#git:e74fe2a978d1216c3602b129447c7301573cc2d8',
        undefined, // the swift purl type requires a version
        'git',
        'e74fe2a978d1216c3602b129447c7301573cc2d8',
        14,
      ],
    ]);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [['no-version', 14]],
    );
    assert.match(out.diagnostics[0]!.message, /branch "develop"/);
  });

  it('v3: remote pins, and a registry pin that SwiftURL cannot name', () => {
    const out = run(fixture('v3.Package.resolved'));
    assert.deepEqual(
      out.packages.map((p) => [p.name, p.version, p.locations[0]?.line]),
      [
        ['github.com/apple/swift-argument-parser', '1.3.1', 5],
        ['github.com/apple/swift-log', '1.5.4', 14],
        ['mona.linkedlist', '1.2.0', 23],
      ],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [['registry-pin', 23]],
    );
  });

  it('no pins: no packages', () => {
    assert.deepEqual(run('{"pins": [], "version": 2}').packages, []);
    assert.deepEqual(run('{"object": {"pins": []}, "version": 1}').packages, []);
  });
});

describe('swift/package-resolved: bad input', () => {
  const bad: [string, string][] = [
    ['not JSON', 'pins'],
    ['an array', '[]'],
    ['pins not a list', '{"pins": {}}'],
    ['empty', ''],
  ];
  for (const [name, text] of bad)
    it(`${name} is an InputError`, () => assert.throws(() => run(text), InputError));

  it('bad pins are warnings; the rest is kept', () => {
    const out = run(
      JSON.stringify({
        pins: [
          1,
          { identity: 'x', location: 'nohost', state: { version: '1' } },
          { identity: 'y', location: 'https://h/o/y', state: {} },
          { identity: 'ok', location: 'https://h/o/ok', state: { version: '1.0.0' } },
        ],
      }),
    );
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['invalid-entry', 'invalid-entry', 'invalid-entry'],
    );
    assert.deepEqual(
      out.packages.map((p) => p.name),
      ['h/o/ok'],
    );
  });

  it('terminal escapes are quoted; deep JSON is refused', () => {
    const out = run(
      JSON.stringify({ pins: [{ identity: 'e\u001b[2J', location: 'x\u001b', state: { version: '1' } }] }),
    );
    const msg = out.diagnostics.map((d) => d.message).join();
    assert.ok(!msg.includes('\u001b'));
    assert.match(msg, /e\\u001b\[2J/);
    assert.throws(() => run(`{"pins": ${'['.repeat(10_000)}`), InputError);
  });
});
