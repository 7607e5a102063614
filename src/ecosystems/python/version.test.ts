import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { parsePyPIVersion, pythonVersionScheme } from './version.js';

describe('python/pep440', () => {
  it('normalises PEP 440 spellings', () => {
    const cases: Array<[string, unknown]> = [
      ['1.0.0.DEV1', { kind: 'pep440', epoch: '0', release: ['1'], dev: '1' }],
      ['1.0-a1', { kind: 'pep440', epoch: '0', release: ['1'], pre: { label: 'a', n: '1' } }],
      ['v1.0', { kind: 'pep440', epoch: '0', release: ['1'] }],
      ['1.0-1', { kind: 'pep440', epoch: '0', release: ['1'], post: '1' }],
      ['1.0.r', { kind: 'pep440', epoch: '0', release: ['1'], post: '0' }],
      ['2!1.0preview2', { kind: 'pep440', epoch: '2', release: ['1'], pre: { label: 'rc', n: '2' } }],
      ['1.0+Ubuntu-1.007', { kind: 'pep440', epoch: '0', release: ['1'], local: ['ubuntu', '1', '7'] }],
      [' 1.2 ', { kind: 'pep440', epoch: '0', release: ['1', '2'] }],
    ];
    for (const [text, want] of cases) assert.deepEqual(parsePyPIVersion(text), want, text);
  });

  it('reads non-PEP 440 text as a legacy version', () => {
    for (const text of ['0.1-bulbasaur', 'trunk', 'a3', '1.0_final', '-class.-jw.util.version.Version-']) {
      assert.equal(parsePyPIVersion(text)?.kind, 'legacy', text);
    }
  });

  it('keys legacy parts without touching Object.prototype', () => {
    const ctor = parsePyPIVersion('constructor');
    const proto = parsePyPIVersion('1.__proto__');
    assert.deepEqual(ctor, { kind: 'legacy', key: ['*constructor', '*final'] });
    assert.deepEqual(proto, { kind: 'legacy', key: ['00000001', '*__', '*proto', '*__', '*final'] });
  });

  it('rejects empty, over-long, and spaced or non-ASCII legacy text', () => {
    for (const text of ['', ' ', '1.0 beta', 'versión', '1.0\u0000', `1.${'0'.repeat(255)}`]) {
      assert.equal(parsePyPIVersion(text), undefined, JSON.stringify(text));
    }
  });

  it('orders as packaging does, legacy versions first', () => {
    const corpus = parseCorpus(
      [
        '1.0.dev0 < 1.0a0',
        '1.0a1 < 1.0b1',
        '1.0b1 < 1.0rc1',
        '1.0c1 = 1.0rc1',
        '1.0rc1 < 1.0',
        '1.0 = 1.0.0',
        '1.0 < 1.0+local',
        '1.0+abc < 1.0+1',
        '1.0+1.a < 1.0+1.a.0',
        '1.0+9 < 1.0+10',
        '1.0 < 1.0.post0.dev0',
        '1.0.post0.dev0 < 1.0.post0',
        '1.0.post1 < 1.0.1',
        '1.0a1.dev1 < 1.0a1',
        '1.0a1 < 1.0a1.post1',
        '9!0.1 > 8!99',
        '99999999999999999999998 < 99999999999999999999999',
        'trunk < 0.0.0.dev0',
        '0.9-ivysaur < 0.1',
        '1.0-bar < 1.0-foo',
        '1.0_final = 1.0_final',
        '1.0a < 1.0b',
        '1.0.dev0 < 1.0.dev1',
      ].join('\n'),
      'pypi',
    );
    assertCorpus(pythonVersionScheme, corpus, 'pypi');
  });
});
