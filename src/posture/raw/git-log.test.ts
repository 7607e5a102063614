import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALICE, TestRepo } from '../../../test/helpers/git.js';
import { collectGitHistory, gitInvocation } from './git.js';
import { type CommitFact, MAX_SUBJECT, MESSAGE_TAIL, readLog, recordParser } from './git-log.js';
import { MAX_TRAILERS } from './trailers.js';

const REC = '\u001eNONCER';
const SEP = '\u001fNONCEF';

function record(sha: string, message: string): string {
  const fields = [sha, 'p1 p2', 'A', 'a@x', '2024-01-01T00:00:00Z', 'C', 'c@x', '2024-01-02T00:00:00Z'];
  return `${REC}${fields.join(SEP)}${SEP}${message}\n`;
}

function parse(chunks: string[]): CommitFact[] {
  const out: CommitFact[] = [];
  const p = recordParser(REC, SEP, (c) => out.push(c));
  for (const c of chunks) p.push(c);
  p.end();
  return out;
}

describe('git log record parser', () => {
  const text =
    record('a'.repeat(40), 'first\n\nbody\n\nReviewed-by: B <b@x>\n') +
    record('b'.repeat(40), 'second\u001e\u001f fake markers without the nonce\n');

  it('gives the same commits however the stream is cut (markers split across chunks)', () => {
    const whole = parse([text]);
    assert.equal(whole.length, 2);
    assert.deepEqual(whole[0]?.trailers, ['Reviewed-by: B <b@x>']);
    assert.deepEqual(whole[0]?.parents, ['p1', 'p2']);
    assert.equal(whole[1]?.subject, 'second\u001e\u001f fake markers without the nonce');
    for (let i = 1; i < text.length; i++) {
      assert.deepEqual(parse([text.slice(0, i), text.slice(i)]), whole, `cut at ${i}`);
    }
    assert.deepEqual(parse([...text]), whole, 'one character at a time');
  });

  it('keeps a bounded view of huge messages and header fields', () => {
    const huge = `${'s'.repeat(5000)}\n\n${'x'.repeat(200_000)}\n\nReviewed-by: B <b@x>\n`;
    const [c] = parse([record('c'.repeat(40), huge)]);
    assert.equal(c?.subject.length, MAX_SUBJECT);
    assert.deepEqual(c?.trailers, ['Reviewed-by: B <b@x>']);
    const longName = `${REC}${['d'.repeat(40), '', 'N'.repeat(100_000), 'e', 'd', 'c', 'e', 'd'].join(SEP)}${SEP}m\n`;
    const [d] = parse([longName]);
    assert.equal(d?.authorName.length, 1024);
  });
});

describe('git history from a hostile repository', () => {
  it('control characters, forged separators, a 1 MB message and thousands of trailers are read safely', async () => {
    const trailers = Array.from({ length: 5000 }, (_, i) => `Reviewed-by: R${i} <r${i}@x.org>`).join('\n');
    const r = new TestRepo()
      .commit({ message: 'ok\n' })
      .commit({ message: `esc \u001b[31mred\u001b[0m \u001e\u001f%x1e bell\u0007\n\nbody\n` })
      .commit({ message: `big\n\n${'y'.repeat(1024 * 1024)}\n` })
      .commit({ message: `many\n\n${trailers}\n` })
      .commit({ author: ['Mallory\u001f\u001e', 'm@evil.example'], message: 'names\n' });
    const facts = await collectGitHistory(r.dir);
    assert.ok(facts.available);
    assert.equal(facts.commits.length, 5);
    for (const c of facts.commits) assert.match(c.sha, /^[0-9a-f]{40}$/);
    const [names, many, big, esc, ok] = facts.commits;
    assert.equal(ok?.subject, 'ok');
    assert.equal(esc?.subject, 'esc \u001b[31mred\u001b[0m \u001e\u001f%x1e bell\u0007');
    assert.equal(big?.subject, 'big');
    assert.deepEqual(big?.trailers, []);
    assert.equal(many?.trailers.length, MAX_TRAILERS);
    assert.equal(many?.trailers.at(-1), 'Reviewed-by: R4999 <r4999@x.org>');
    assert.equal(names?.authorEmail, 'm@evil.example');
    assert.ok(MESSAGE_TAIL < 1024 * 1024);
  });

  it('a repository config that re-encodes the log (UTF-16) does not break the read', async () => {
    const r = new TestRepo().commit({ message: 'héllo\n\nReviewed-by: B <b@x.org>\n' });
    r.git({}, 'config', 'i18n.logOutputEncoding', 'UTF-16');
    const facts = await collectGitHistory(r.dir);
    assert.ok(facts.available);
    assert.deepEqual(
      [facts.commits[0]?.subject, facts.commits[0]?.trailers],
      ['héllo', ['Reviewed-by: B <b@x.org>']],
    );
  });

  it('a read cut at the byte limit keeps the complete commits read so far', async () => {
    const r = new TestRepo().commits(3, { author: ALICE });
    const { commits, cut } = await readLog(r.dir, gitInvocation(r.dir), ['HEAD'], 100);
    assert.equal(cut, true);
    assert.ok(commits.length < 3);
  });
});
