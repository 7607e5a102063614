import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { parseGemVersion, rubyVersionScheme } from './version.js';

describe('ruby/gem-version', () => {
  it('builds canonical segments as Gem::Version does', () => {
    const cases: Array<[string, string[]]> = [
      ['1.0.0', ['1']],
      ['1.0.a10', ['1', 'a', '10']],
      ['1.0.a.10', ['1', 'a', '10']],
      ['1.2.3-rc1', ['1', '2', '3', 'pre', 'rc', '1']],
      ['1.a.0', ['1', 'a']],
      ['1beta', ['1', 'beta']],
      ['007.01', ['7', '1']],
      ['0', []],
    ];
    for (const [text, want] of cases) assert.deepEqual(parseGemVersion(text), want, text);
  });

  const invalid = [
    '',
    'a1',
    '.1',
    '-1',
    '1.',
    '1-',
    '1..2',
    '1.-2',
    '1--2',
    '1.0 ',
    ' 1.0',
    '1_0',
    '1.0+1',
    '1.0é',
    '>= 1.0',
  ];
  for (const text of invalid) {
    it(`rejects ${JSON.stringify(text)}`, () => assert.equal(parseGemVersion(text), undefined));
  }

  it('orders as Gem::Version#<=>', () => {
    const corpus = parseCorpus(
      [
        '1.0 = 1',
        '1.0.0.0 = 1',
        '1.0.a < 1.0',
        '1.0.a < 1.0.b',
        '1.0.A < 1.0.a',
        '1.0.a < 1.0.0.1',
        '1.0.rc1 < 1.0.rc2',
        '1.0.pre < 1.0.rc',
        '1.2.3-1 = 1.2.3.pre.1',
        '1.2.3-1 < 1.2.3',
        '1.a.0 = 1.a',
        '1.10 > 1.9',
        '2.0.0.beta < 2.0.0.beta.1',
        '999999999999999999999999999991 < 999999999999999999999999999999',
      ].join('\n'),
      'rubygems',
    );
    assertCorpus(rubyVersionScheme, corpus, 'rubygems');
  });
});
