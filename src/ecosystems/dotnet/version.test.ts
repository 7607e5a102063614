import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { dotnetVersionScheme, parseNuGetVersion } from './version.js';

describe('dotnet/nuget', () => {
  it('reads up to four numbers and lower-cases labels', () => {
    assert.deepEqual(parseNuGetVersion('1.0.01.2-RC.1+Meta'), {
      release: ['1', '0', '1', '2'],
      pre: ['rc', '1'],
      build: ['Meta'],
    });
  });

  const invalid = [
    '',
    'v1.0.0',
    '1.2.3.4.5',
    '1.0.0-',
    '1.0.0-a..b',
    '1.0.0-a_b',
    '1.0.0 ',
    '[1.0,2.0)',
    '1.*',
  ];
  for (const text of invalid) {
    it(`rejects ${JSON.stringify(text)}`, () => assert.equal(dotnetVersionScheme.parse(text), undefined));
  }

  it('orders as NuGet.Versioning', () => {
    const corpus = parseCorpus(
      [
        '1.0 = 1.0.0.0',
        '1.0.0.1 > 1.0.0',
        '1.0.0-RC.1 = 1.0.0-rc.1',
        '1.0.0-alpha < 1.0.0-Beta',
        '1.0.0-beta.2 < 1.0.0-beta.10',
        '1.0.0-1 < 1.0.0-a',
        '1.0.0+a = 1.0.0+b',
        '1.0.0-beta < 1.0.0',
      ].join('\n'),
      'nuget',
    );
    assertCorpus(dotnetVersionScheme, corpus, 'nuget');
  });
});
