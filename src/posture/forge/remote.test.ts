import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRemote, parseRepoSlug, webHostOf } from './remote.js';

describe('parseRemote', () => {
  const ok = (host: string, owner: string, repo: string) => ({ ok: true, host, ref: { owner, repo } });
  const TABLE: Array<[string, unknown]> = [
    ['https://github.com/ossf/scorecard.git', ok('github.com', 'ossf', 'scorecard')],
    ['https://github.com/ossf/scorecard', ok('github.com', 'ossf', 'scorecard')],
    ['https://github.com/ossf/scorecard/', ok('github.com', 'ossf', 'scorecard')],
    ['https://x-access-token:secret@GitHub.com/ossf/scorecard.git', ok('github.com', 'ossf', 'scorecard')],
    ['ssh://git@github.com:22/ossf/scorecard.git', ok('github.com', 'ossf', 'scorecard')],
    ['git@github.com:ossf/scorecard.git', ok('github.com', 'ossf', 'scorecard')],
    ['git://github.com/ossf/scorecard', ok('github.com', 'ossf', 'scorecard')],
    ['https://ghe.example.com/team/tool.git', ok('ghe.example.com', 'team', 'tool')],
    ['https://gitlab.com/group/sub/project.git', { ok: false, host: 'gitlab.com' }],
    ['https://github.com/ossf', { ok: false, host: 'github.com' }],
    ['https://github.com/ossf/score card', { ok: false, host: 'github.com' }],
    ['https://github.com/../etc', { ok: false, host: 'github.com' }],
    ['/srv/git/project.git', { ok: false }],
    ['./relative:path', { ok: false }],
    ['', { ok: false }],
    [`https://github.com/${'a'.repeat(5000)}/b`, { ok: false }],
  ];
  for (const [url, want] of TABLE) {
    it(JSON.stringify(url.slice(0, 60)), () => assert.deepEqual(parseRemote(url), want));
  }
  it('a long hostile URL is answered quickly (no backtracking)', () => {
    parseRemote(`git@${':'.repeat(1999)}`);
    parseRemote(`https://${'/'.repeat(1990)}`);
  });
});

describe('parseRepoSlug and webHostOf', () => {
  it('owner/name only, GitHub name characters', () => {
    assert.deepEqual(parseRepoSlug('ossf/scorecard'), { owner: 'ossf', repo: 'scorecard' });
    assert.deepEqual(parseRepoSlug('o-1/r_2.git'), { owner: 'o-1', repo: 'r_2' });
    for (const bad of ['ossf', 'a/b/c', '/b', 'a/', '../x', 'a/..', 'a b/c', 'a/c\n', 'ä/b'])
      assert.equal(parseRepoSlug(bad), undefined, bad);
  });
  it('api.github.com is github.com; an Enterprise API URL is its own host', () => {
    assert.equal(webHostOf('https://api.github.com'), 'github.com');
    assert.equal(webHostOf('https://GHE.example.com/api/v3'), 'ghe.example.com');
    assert.equal(webHostOf('http://127.0.0.1:8080'), '127.0.0.1:8080');
  });
});
