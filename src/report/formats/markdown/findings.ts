/** Vulnerability findings as Markdown table rows, marked new / changed when compared with an earlier scan. */
import type { PreviousFinding } from '../../../core/model/comparison.js';
import type { VulnerabilityFinding } from '../../../core/model/vulnerability.js';
import { describeChange, type FindingComparison } from '../../compare/diff.js';
import { type FindingLevel, findingLevel } from '../../severity-order.js';
import { mdAdvisory, mdCode, mdText } from '../../text/markdown.js';

const MARK: Readonly<Record<FindingLevel, string>> = {
  malicious: '🔴',
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  none: '⚪',
  unknown: '⚪',
};

export function levelText(l: FindingLevel): string {
  return `${MARK[l]} ${l}`;
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
    levelText(findingLevel(f)),
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
  return `- ${mdAdvisory(p.id)} in ${mdCode(`${p.package.name}@${p.package.version}`, { max: 80 })} (was ${findingLevel(p)})`;
}
