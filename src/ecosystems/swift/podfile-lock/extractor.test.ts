import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { podfileLockExtractor, splitPod } from './index.js';

const FIXTURE = readFileSync(new URL('./__fixtures__/Podfile.lock', import.meta.url), 'utf8');

function run(text: string): ExtractionOutput {
  return extractMemory(podfileLockExtractor, 'ios/Podfile.lock', { 'ios/Podfile.lock': text });
}

describe('swift/podfile-lock: pod strings', () => {
  const cases: [string, unknown][] = [
    ['Alamofire (5.8.1)', { name: 'Alamofire', spec: '5.8.1' }],
    ['GoogleUtilities/NSData+zlib (~> 7.8)', { name: 'GoogleUtilities/NSData+zlib', spec: '~> 7.8' }],
    ['PromisesObjC (< 3.0, >= 1.2)', { name: 'PromisesObjC', spec: '< 3.0, >= 1.2' }],
    ['FirebaseCore', { name: 'FirebaseCore' }],
  ];
  for (const [text, want] of cases) it(text, () => assert.deepEqual(splitPod(text), want));
});

describe('swift/podfile-lock: a realistic lockfile', () => {
  const out = run(FIXTURE);
  it('one package per root pod, with line, direct flag and source', () => {
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.purl, p.direct, p.source.kind, p.locations[0]?.line]),
      [
        ['CocoaPods:Alamofire@5.8.1', 'pkg:cocoapods/Alamofire@5.8.1', true, 'registry', 2],
        ['CocoaPods:FirebaseCore@10.20.0', 'pkg:cocoapods/FirebaseCore@10.20.0', true, 'registry', 3],
        [
          'CocoaPods:FirebaseCoreInternal@10.20.0',
          'pkg:cocoapods/FirebaseCoreInternal@10.20.0',
          false,
          'registry',
          7,
        ],
        ['CocoaPods:GoogleUtilities@7.12.0', 'pkg:cocoapods/GoogleUtilities@7.12.0', false, 'registry', 9],
        ['CocoaPods:LocalKit@0.1.0#file:../LocalKit', 'pkg:cocoapods/LocalKit@0.1.0', true, 'file', 14],
        ['CocoaPods:PromisesObjC@2.3.1', 'pkg:cocoapods/PromisesObjC@2.3.1', false, 'registry', 15],
        [
          'CocoaPods:SnapKit@5.6.0#git:https://github.com/SnapKit/SnapKit.git',
          'pkg:cocoapods/SnapKit@5.6.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2FSnapKit%2FSnapKit.git',
          true,
          'git',
          16,
        ],
      ],
    );
    assert.deepEqual(out.diagnostics, []);
  });
  it('nested lists are edges between root pods (subspecs merged, self-edges dropped)', () => {
    const deps = Object.fromEntries(out.packages.map((p) => [p.name, p.dependencies]));
    assert.deepEqual(deps.FirebaseCore, [
      'CocoaPods:FirebaseCoreInternal@10.20.0',
      'CocoaPods:GoogleUtilities@7.12.0',
    ]);
    assert.deepEqual(deps.GoogleUtilities, ['CocoaPods:PromisesObjC@2.3.1']);
  });
});

describe('swift/podfile-lock: bad input', () => {
  const bad: [string, string][] = [
    ['empty', ''],
    ['plain text', 'invalid\nfile'],
    ['no PODS', 'DEPENDENCIES:\n  - A\n'],
    ['broken YAML', 'PODS:\n  - [\n'],
  ];
  for (const [name, text] of bad)
    it(`${name} is an InputError`, () => assert.throws(() => run(text), InputError));

  it('entries without a version and conflicting subspec versions are warnings with lines', () => {
    const out = run('PODS:\n  - A\n  - B (1.0)\n  - B/Sub (2.0)\n  - 7\n');
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['invalid-entry', 2],
        ['conflicting-version', 4],
        ['invalid-entry', 5],
      ],
    );
    assert.deepEqual(
      out.packages.map((p) => p.id),
      ['CocoaPods:B@1.0'],
    );
  });

  it('terminal escapes are quoted; many pods are read', () => {
    const out = run('PODS:\n  - "E\\e[31m"\n');
    assert.ok(!out.diagnostics[0]!.message.includes('\u001b'));
    assert.match(out.diagnostics[0]!.message, /E\\u001b\[31m/);
    const many = Array.from({ length: 5000 }, (_, i) => `  - P${i} (1.${i}):\n    - P${(i + 1) % 5000}`).join(
      '\n',
    );
    const big = run(`PODS:\n${many}\n`);
    assert.equal(big.packages.length, 5000);
    assert.equal(big.packages[4999]!.locations[0]!.line, 2 + 2 * 4999);
    assert.deepEqual(big.packages[4999]!.dependencies, ['CocoaPods:P0@1.0']);
  });
});
