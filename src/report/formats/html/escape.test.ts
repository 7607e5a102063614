import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isUnsafeCodePoint } from '../../../core/util/quote.js';
import { link, MAX_URL_LENGTH, safeUrl, text } from './escape.js';

describe('html escape: text', () => {
  const cases: Array<[string, string | number | undefined, string]> = [
    ['plain text is kept', 'left-pad', 'left-pad'],
    ['markup becomes entities', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [
      'quotes cannot close an attribute',
      `"><img src=x onerror='a'>`,
      '&quot;&gt;&lt;img src=x onerror=&#39;a&#39;&gt;',
    ],
    ['an ampersand cannot start an entity', '&lt; &amp;', '&amp;lt; &amp;amp;'],
    ['a closing style tag is inert', '</style><style>*{}', '&lt;/style&gt;&lt;style&gt;*{}'],
    ['C0 controls become visible escapes', 'a\u0000b\u001b[31mc\rd', 'a\\x00b\\x1b[31mc\\x0dd'],
    ['DEL and C1 controls become visible escapes', 'a\u007fb\u009bc', 'a\\x7fb\\x9bc'],
    ['bidi overrides become visible escapes', 'abc\u202edef\u2066', 'abc\\u{202e}def\\u{2066}'],
    ['non-ASCII text is kept', 'żółw 日本', 'żółw 日本'],
    ['numbers are printed', 7.5, '7.5'],
    ['undefined is empty', undefined, ''],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.equal(text(input), expected));

  it('never lets a raw <, >, quote or control character through', () => {
    let hostile = '';
    for (let c = 0; c < 0xa0; c++) hostile += String.fromCharCode(c);
    const out = text(`${hostile}<>"'&`);
    assert.doesNotMatch(out, /[<>"']/);
    assert.ok(![...out].some((ch) => isUnsafeCodePoint(ch.charCodeAt(0))));
  });
});

describe('html escape: links', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['https is kept', 'https://osv.dev/vulnerability/GHSA-1', 'https://osv.dev/vulnerability/GHSA-1'],
    ['http is kept', 'http://example.com/a', 'http://example.com/a'],
    ['javascript: is refused', 'javascript:alert(1)', undefined],
    ['javascript: with case and spaces is refused', ' JaVaScRiPt:alert(1)', undefined],
    ['data: is refused', 'data:text/html,<script>alert(1)</script>', undefined],
    ['a relative path is refused', '../../etc/passwd', undefined],
    ['credentials in the URL are refused', 'https://user:pass@example.com/', undefined],
    ['file: is refused', 'file:///etc/passwd', undefined],
    [
      'markup in the path is percent-encoded',
      'https://example.com/a b)(<x>',
      'https://example.com/a%20b)(%3Cx%3E',
    ],
    [
      'a quote in the path is percent-encoded',
      'https://example.com/"onmouseover="x',
      'https://example.com/%22onmouseover=%22x',
    ],
    ['an over-long URL is refused', `https://example.com/${'a'.repeat(MAX_URL_LENGTH)}`, undefined],
  ];
  for (const [name, url, expected] of cases) it(name, () => assert.equal(safeUrl(url), expected));

  it('a safe URL becomes a link without referrer or opener', () => {
    assert.equal(
      link('https://example.com/?a=1&b=2', 'advisory'),
      '<a href="https://example.com/?a=1&amp;b=2" rel="noopener noreferrer">advisory</a>',
    );
  });
  it('an unsafe URL is shown as escaped text, not a link', () => {
    const out = link('javascript:alert("x")');
    assert.equal(out, '<span class="url">javascript:alert(&quot;x&quot;)</span>');
    assert.doesNotMatch(out, /href/);
  });
});
