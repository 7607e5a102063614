/** Vulnerability findings as Markdown table rows, marked new / changed when compared with an earlier scan. */
import type { PreviousFinding } from '../../../core/model/comparison.js';
import type { SeverityLevel, VulnerabilityFinding } from '../../../core/model/vulnerability.js';
import { compareStrings } from '../../../core/util/compare.js';
import { describeChange, type FindingComparison } from '../../compare/diff.js';
import { mdAdvisory, mdCode, mdText } from '../../text/markdown.js';

export type Level = SeverityLevel | 'malicious';

export const RANK: Readonly<Record<Level, number>> = {
  malicious: 0,
  critical: 1,
  high: 2,
  medium: 3,
  low: 4,
  none: 5,
  unknown: 6,
};

const MARK: Readonly<Record<Level, string>> = {
  malicious: '🔴',
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  none: '⚪',
  unknown: '⚪',
};

export function level(f: { kind: string; severity: { level: SeverityLevel } }): Level {
  return f.kind === 'malicious' ? 'malicious' : f.severity.level;
}

export function levelText(l: Level): string {
  return `${MARK[l]} ${l}`;
}

/** Most severe first, then by key. */
export function bySeverity(a: VulnerabilityFinding, b: VulnerabilityFinding): number {
  return RANK[level(a)] - RANK[level(b)] || compareStrings(a.key, b.key);
}

export const FINDING_HEAD = [
  '| Severity | Advisory | Package | Fixed in | Summary |',
  '| --- | --- | --- | --- | --- |',
];
export const CHANGE_HEAD = [
  '| Change | Severity | Advisory | Package | Fixed in | Summary |',
  '| --- | --- | --- | --- | --- | --- |',
];

function cells(f: VulnerabilityFinding): string[] {
  const pkg = `${f.package.name}@${f.package.version}`;
  return [
    levelText(level(f)),
    mdAdvisory(f.id, true),
    mdCode(pkg, { table: true, max: 80 }),
    f.fixedIn ? mdCode(f.fixedIn, { table: true, max: 40 }) : 'no fix yet',
    f.summary ? mdText(f.summary, 120) : '',
  ];
}

export function findingRow(f: VulnerabilityFinding): string {
  return `| ${cells(f).join(' | ')} |`;
}

export function changeRow(f: VulnerabilityFinding, cmp: FindingComparison): string {
  const c = cmp.byKey.get(f.key);
  const change =
    c?.change === 'new'
      ? '**new**'
      : c?.before
        ? `changed: ${mdText(describeChange(c.before, f).join(', '), 80)}`
        : (c?.change ?? '');
  return `| ${[change, ...cells(f)].join(' | ')} |`;
}

export function fixedRow(p: PreviousFinding): string {
  return `- ${mdAdvisory(p.id)} in ${mdCode(`${p.package.name}@${p.package.version}`, { max: 80 })} (was ${level(p)})`;
}
