import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTrailers, trailerValues } from './trailers.js';

describe('trailers', () => {
  const cases: Array<[string, string, string[]]> = [
    ['subject only has none', 'Reviewed-by: A <a@x>\n', []],
    [
      'last paragraph',
      'fix\n\nbody\n\nReviewed-by: A <a@x>\nSigned-off-by: B <b@x>\n',
      ['Reviewed-by: A <a@x>', 'Signed-off-by: B <b@x>'],
    ],
    ['continuation lines unfold', 'fix\n\nCo-authored-by: A\n  <a@x>\n', ['Co-authored-by: A <a@x>']],
    ['prose is not a trailer', 'fix\n\nThis fixes: nothing much here\n', []],
    ['CRLF', 'fix\r\n\r\nReviewed-on: https://r/1\r\n', ['Reviewed-on: https://r/1']],
    [
      'Phabricator and Piper markers anywhere',
      'fix\n\nDifferential Revision: https://reviews.llvm.org/D12345\n\nmore\n',
      ['Differential Revision: https://reviews.llvm.org/D12345'],
    ],
    ['empty value dropped', 'fix\n\nReviewed-by:\n', []],
  ];
  // "prose is not a trailer": `This fixes` has a space in its key.
  for (const [name, msg, want] of cases) it(name, () => assert.deepEqual(parseTrailers(msg), want));

  it('a truncated message: its last paragraph continues before the kept text', () => {
    assert.deepEqual(parseTrailers('partial line\nReviewed-by: A <a@x>\n', true), ['Reviewed-by: A <a@x>']);
  });
  it('values by key, case-insensitive', () => {
    assert.deepEqual(trailerValues(['Reviewed-by: A', 'reviewed-BY: B', 'Acked-by: C'], 'Reviewed-by'), [
      'A',
      'B',
    ]);
  });
  it('a long hostile line is scanned in linear time and bounded', () => {
    const line = `${'a-'.repeat(200_000)}: ${'v'.repeat(100_000)}`;
    const out = parseTrailers(`s\n\n${line}\n${'Key: '.repeat(50_000)}\n`);
    assert.ok(out.every((x) => x.length <= 1090));
  });
});
