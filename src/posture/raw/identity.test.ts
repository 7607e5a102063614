import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isBot, orgDomain, samePerson } from './identity.js';

describe('orgDomain', () => {
  const cases: Array<[string, string | undefined]> = [
    ['alice@acme.io', 'acme.io'],
    ['bob@us.ibm.com', 'ibm.com'],
    ['dave@dev.initech.co.uk', 'initech.co.uk'],
    ['x@ACME.IO', 'acme.io'],
    ['carol@gmail.com', undefined],
    ['1234+carol@users.noreply.github.com', undefined],
    ['me@localhost', undefined],
    ['me@host.local', undefined],
    ['test@example.org', undefined],
    ['ci@users.noreply.b-seed.example', undefined],
    ['dev@box.test', undefined],
    ['no-at-sign', undefined],
    ['weird@exa mple.com', undefined],
    ['weird@a..com', undefined],
    [`long@${'a'.repeat(300)}.com`, undefined],
  ];
  for (const [email, want] of cases)
    it(`${email.slice(0, 40)} -> ${want}`, () => assert.equal(orgDomain(email), want));
});

describe('people', () => {
  it('bots: [bot] accounts and known bot addresses', () => {
    assert.equal(
      isBot({ name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' }),
      true,
    );
    assert.equal(isBot({ name: 'Renovate Bot', email: 'bot@renovateapp.com' }), true);
    assert.equal(isBot({ name: 'x', email: '29139614+renovate[bot]@users.noreply.github.com' }), true);
    assert.equal(isBot({ name: 'Robert', email: 'bot@acme.io' }), false);
  });
  it('same person by address or by name, case-insensitive', () => {
    assert.equal(samePerson({ name: 'A', email: 'a@x.io' }, { name: 'B', email: 'A@X.IO' }), true);
    assert.equal(
      samePerson({ name: 'Alice', email: 'a@x.io' }, { name: 'alice ', email: 'other@y.io' }),
      true,
    );
    assert.equal(samePerson({ name: 'A', email: 'a@x.io' }, { name: 'B', email: 'b@x.io' }), false);
    assert.equal(samePerson({ name: '', email: '' }, { name: '', email: '' }), false);
  });
});
