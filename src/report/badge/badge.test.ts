import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BADGE_COLORS, type BadgeSource, badgeFor } from './from-result.js';
import { badgeSvg } from './svg.js';
import { textWidth } from './widths.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

interface Parsed {
  title: string;
  texts: string[];
  valueFill: string;
  width: number;
  role: string;
}

function parse(svg: string): Parsed {
  assert.equal(XMLValidator.validate(svg), true);
  const doc = parser.parse(svg).svg;
  const texts = (doc.g[1].text as Array<{ '#text': string | number; 'fill-opacity'?: string }>)
    .filter((t) => t['fill-opacity'] === undefined)
    .map((t) => String(t['#text']));
  return {
    title: String(doc.title),
    texts,
    valueFill: doc.g[0].rect[1].fill,
    width: Number(doc.width),
    role: doc.role,
  };
}

const score = (aggregateScore: number): BadgeSource => ({
  posture: { status: 'ok', aggregateScore },
  baseline: { status: 'not-run' },
});
const level = (levelReached: 0 | 1 | 2 | 3): BadgeSource => ({
  posture: { status: 'not-run' },
  baseline: { status: 'ok', levelReached },
});
const notRun: BadgeSource = { posture: { status: 'not-run' }, baseline: { status: 'not-run' } };

describe('badge', () => {
  const cases: Array<[string, BadgeSource, 'score' | 'baseline', string, string]> = [
    ['a high score is bright green', score(9.25), 'score', '9.3/10', BADGE_COLORS.brightgreen],
    ['8.0 is in the top band', score(8), 'score', '8.0/10', BADGE_COLORS.brightgreen],
    ['a fair score is green', score(6.5), 'score', '6.5/10', BADGE_COLORS.green],
    ['a middling score is yellow', score(4), 'score', '4.0/10', BADGE_COLORS.yellow],
    ['a low score is orange', score(2.1), 'score', '2.1/10', BADGE_COLORS.orange],
    ['a very low score is red', score(0), 'score', '0.0/10', BADGE_COLORS.red],
    ['no scored check: unknown, grey', score(-1), 'score', 'unknown', BADGE_COLORS.grey],
    ['posture not run: unknown, grey', notRun, 'score', 'unknown', BADGE_COLORS.grey],
    ['Baseline level 3 is bright green', level(3), 'baseline', 'level 3', BADGE_COLORS.brightgreen],
    ['Baseline level 1', level(1), 'baseline', 'level 1', BADGE_COLORS.yellowgreen],
    ['no level reached: none', level(0), 'baseline', 'none', BADGE_COLORS.orange],
    ['Baseline not run: unknown, grey', notRun, 'baseline', 'unknown', BADGE_COLORS.grey],
  ];
  for (const [name, source, kind, value, color] of cases) {
    it(name, () => {
      const p = parse(badgeSvg(badgeFor(source, kind)));
      const label = kind === 'score' ? 'security posture' : 'OSPS Baseline';
      assert.deepEqual(p.texts, [label, value]);
      assert.equal(p.title, `${label}: ${value}`);
      assert.equal(p.valueFill, color);
      assert.equal(p.role, 'img');
    });
  }
  it('an inconclusive result is never green', () => {
    for (const kind of ['score', 'baseline'] as const)
      assert.ok(!badgeFor(notRun, kind).color.match(/#4c1|#97ca00/));
  });
  it('sizes the boxes from the text and is deterministic', () => {
    const short = parse(badgeSvg({ label: 'a', value: 'b', color: '#4c1' }));
    const long = parse(badgeSvg({ label: 'a much longer label', value: 'b', color: '#4c1' }));
    assert.ok(long.width > short.width);
    assert.ok(textWidth('WWW') > textWidth('iii'));
    assert.equal(badgeSvg(badgeFor(score(7), 'score')), badgeSvg(badgeFor(score(7), 'score')));
  });
  it('escapes hostile text for XML and strips control characters', () => {
    const hostile = `<script>alert("x")</script> & 'q' \u001b[31m\u202e`;
    const svg = badgeSvg({ label: hostile, value: ']]><x/>', color: '#4c1' });
    assert.ok(!svg.includes('<script'));
    assert.ok(!svg.includes('<x/>'));
    assert.ok(!svg.includes('\u001b') && !svg.includes('\u202e'));
    const p = parse(svg);
    assert.equal(p.texts[1], ']]><x/>');
    assert.ok(p.texts[0]?.startsWith('<script>alert("x")</script> & \'q\' \\x1b[31m'));
  });
  it('refuses a colour that is not a hex code (it is written into an attribute)', () => {
    assert.throws(() => badgeSvg({ label: 'a', value: 'b', color: 'red" onload="x' }));
  });
});
