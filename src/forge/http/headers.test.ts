import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_LINK_HEADER_LENGTH, nextLink } from './link.js';
import { normaliseBaseUrl, withinBase } from './options.js';
import { isRateLimited, rateLimitWaitMs, readRateSignals, SECONDARY_LIMIT_WAIT_MS } from './rate-limit.js';

describe('nextLink', () => {
  const cases: Array<[string | null, string | undefined]> = [
    [null, undefined],
    ['', undefined],
    [
      '<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"',
      'https://api.github.com/x?page=2',
    ],
    ['<https://a/x?page=1>; rel="prev", <https://a/x?page=3>; rel="next"', 'https://a/x?page=3'],
    ['<https://a/x?page=3>; REL=NEXT', 'https://a/x?page=3'],
    ['<https://a/x?page=3>; rel="prev next"', 'https://a/x?page=3'],
    ['<https://a/x?page=5>; rel="last"', undefined],
    ['https://a/x?page=2; rel="next"', undefined],
    [`<https://a/${'x'.repeat(MAX_LINK_HEADER_LENGTH)}>; rel="next"`, undefined],
  ];
  for (const [header, expected] of cases) {
    it(`${String(header).slice(0, 60)} -> ${expected}`, () => assert.equal(nextLink(header), expected));
  }
});

describe('rate-limit signals', () => {
  const now = 1_700_000_000_000;
  const h = (o: Record<string, string>) => new Headers(o);

  it('reads the headers, ignoring junk', () => {
    assert.deepEqual(
      readRateSignals(h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000060' }), now),
      {
        remaining: 0,
        resetAtMs: 1_700_000_060_000,
        retryAfterMs: undefined,
      },
    );
    assert.equal(readRateSignals(h({ 'retry-after': '30' }), now).retryAfterMs, 30_000);
    assert.equal(
      readRateSignals(h({ 'retry-after': new Date(now + 5000).toUTCString() }), now).retryAfterMs,
      5000,
    );
    assert.deepEqual(readRateSignals(h({ 'x-ratelimit-remaining': '-1', 'retry-after': 'soon' }), now), {
      remaining: undefined,
      resetAtMs: undefined,
      retryAfterMs: undefined,
    });
    // Absurd values would make an invalid Date downstream: ignored.
    const absurd = readRateSignals(
      h({ 'x-ratelimit-reset': '99999999999999999', 'retry-after': '9999999999999' }),
      now,
    );
    assert.deepEqual([absurd.resetAtMs, absurd.retryAfterMs], [undefined, undefined]);
  });

  it('tells a rate limit from missing access', () => {
    const none = { remaining: undefined, resetAtMs: undefined, retryAfterMs: undefined };
    assert.equal(isRateLimited(429, none, undefined), true);
    assert.equal(isRateLimited(403, { ...none, remaining: 0 }, undefined), true);
    assert.equal(isRateLimited(403, { ...none, retryAfterMs: 1000 }, undefined), true);
    assert.equal(isRateLimited(403, none, 'You have exceeded a secondary rate limit'), true);
    assert.equal(
      isRateLimited(403, { ...none, remaining: 12 }, 'Must have admin rights to Repository.'),
      false,
    );
    assert.equal(isRateLimited(404, { ...none, remaining: 0 }, undefined), false);
  });

  it('waits for retry-after, else the reset, else a minute', () => {
    const none = { remaining: undefined, resetAtMs: undefined, retryAfterMs: undefined };
    assert.equal(
      rateLimitWaitMs({ ...none, retryAfterMs: 2000, remaining: 0, resetAtMs: now + 99_000 }, now),
      2000,
    );
    assert.equal(rateLimitWaitMs({ ...none, remaining: 0, resetAtMs: now + 10_000 }, now), 11_000);
    assert.equal(rateLimitWaitMs({ ...none, remaining: 0, resetAtMs: now - 10_000 }, now), 1000);
    assert.equal(rateLimitWaitMs(none, now), SECONDARY_LIMIT_WAIT_MS);
  });
});

describe('base URLs', () => {
  it('normalises and rejects unsafe ones', () => {
    assert.equal(
      normaliseBaseUrl('https://ghe.example/api/v3//', 'base', true),
      'https://ghe.example/api/v3',
    );
    assert.equal(normaliseBaseUrl('http://127.0.0.1:8080/', 'base', true), 'http://127.0.0.1:8080');
    assert.throws(() => normaliseBaseUrl('http://ghe.example/api/v3', 'base', true), /plain HTTP/);
    assert.equal(normaliseBaseUrl('http://ghe.example/api/v3', 'base', false), 'http://ghe.example/api/v3');
    assert.throws(() => normaliseBaseUrl('file:///etc', 'base', false), /http\(s\)/);
    assert.throws(() => normaliseBaseUrl('https://u:p@ghe.example', 'base', false), /credentials/);
    assert.throws(() => normaliseBaseUrl('not a url', 'base', false), /not a URL/);
  });

  it('keeps requests on the base origin and under its path', () => {
    const base = 'https://ghe.example/api/v3';
    assert.equal(withinBase('https://ghe.example/api/v3/repos/o/r', base), true);
    assert.equal(withinBase('https://ghe.example/api/v30/repos', base), false);
    assert.equal(withinBase('https://ghe.example/repos/o/r', base), false);
    assert.equal(withinBase('https://evil.example/api/v3/repos', base), false);
    assert.equal(withinBase('https://x@ghe.example/api/v3/repos', base), false);
    assert.equal(withinBase('https://api.github.com/repositories/1/issues', 'https://api.github.com'), true);
  });
});
