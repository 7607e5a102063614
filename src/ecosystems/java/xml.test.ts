import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asArray, attributeOf, parseXml, scanElementStarts, textOf } from './xml.js';

const REC = new Set(['dependency']);

describe('java xml: element start lines', () => {
  it('skips comments, CDATA, processing instructions and the DOCTYPE', () => {
    const text = [
      '<?xml version="1.0"?>', // 1
      '<!DOCTYPE project [ <!ENTITY x "a>b"> ]>', // 2
      '<project>', // 3
      '  <!-- <dependency> in a comment -->', // 4
      '  <![CDATA[ <dependency> in CDATA ]]>', // 5
      '  <?pi <dependency> ?>', // 6
      '  <deps a="x > y">', // 7
      '    <dependency>', // 8
      '    </dependency>', // 9
      '    <dependency', // 10
      '      />', // 11
      '    <m:dependency xmlns:m="urn:x"></m:dependency>', // 12
      '  </deps>', // 13
      '</project>', // 14
    ].join('\n');
    assert.deepEqual(scanElementStarts(text, 'f.xml', REC), [
      { path: 'project/deps/dependency', line: 8 },
      { path: 'project/deps/dependency', line: 10 },
      { path: 'project/deps/dependency', line: 12 },
    ]);
  });

  it('handles CRLF and a BOM in parseXml', () => {
    const { doc, starts } = parseXml('\ufeff<a>\r\n<dependency>1</dependency>\r\n</a>', 'f.xml', REC);
    assert.deepEqual(starts, [{ path: 'a/dependency', line: 2 }]);
    assert.equal(textOf((doc.a as Record<string, unknown>).dependency), '1');
  });

  it('keeps values as text: no number parsing, no entity expansion', () => {
    const { doc } = parseXml('<a v="010"><n>1.10</n><e>&amp;x</e></a>', 'f.xml', REC);
    const a = doc.a as Record<string, unknown>;
    assert.equal(textOf(a.n), '1.10');
    assert.equal(textOf(a.e), '&amp;x');
    assert.equal(attributeOf(a, 'v'), '010');
  });

  it('asArray and textOf tolerate every shape', () => {
    assert.deepEqual(asArray(undefined), []);
    assert.deepEqual(asArray('x'), ['x']);
    assert.deepEqual(asArray(['x', 'y']), ['x', 'y']);
    assert.equal(textOf({ '#text': ' v ', '@_a': '1' }), 'v');
    assert.equal(textOf({ child: 'x' }), '');
    assert.equal(textOf(['x']), '');
  });

  it('not well-formed -> InputError with line', () => {
    assert.throws(
      () => parseXml('<a>\n<b>\n</a>', 'f.xml', REC),
      (e: Error & { line?: number }) =>
        e.name === 'InputError' && e.line === 3 && e.message.startsWith('f.xml'),
    );
    assert.throws(
      () => parseXml('plain text', 'f.xml', REC),
      (e: Error) => e.name === 'InputError',
    );
  });
});
