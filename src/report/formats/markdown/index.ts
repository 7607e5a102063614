/**
 * `--format markdown`: a compact summary for a pull-request comment or a CI job summary. Headline
 * numbers, then new and changed findings (with `scan --compare`) or the most severe ones, the next
 * tasks, and collapsed details; kept under GitHub's comment limit, saying what it left out.
 */
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { RenderOptions, ReportFormat } from '../../../core/plugin/format.js';
import { buildTasks } from '../../../tasks/index.js';
import { compareFindings } from '../../compare/diff.js';
import { bySeverity } from '../../severity-order.js';
import { mdCode } from '../../text/markdown.js';
import { type Block, fitBlocks, type Omitted } from './budget.js';
import { CHANGE_HEAD, changeRow, FINDING_HEAD, findingRow, fixedRow } from './findings.js';
import {
  baselineBlock,
  details,
  headline,
  notCheckedBlock,
  plural,
  postureBlock,
  tasksBlock,
} from './sections.js';

/** GitHub refuses a comment over 65,536 characters; the rest is headroom for a wrapper around it. */
export const MARKDOWN_BUDGET = 60_000;
/** Room kept for the truncation note. */
const NOTE_RESERVE = 700;
/** Findings shown outside `<details>` when there is no earlier scan to compare with. */
const TOP_FINDINGS = 10;
const TOP_TASKS = 5;

export function truncationNote(omitted: readonly Omitted[]): string[] {
  if (omitted.length === 0) return [];
  const what = omitted.map((o) => `${o.count.toLocaleString('en-US')} ${o.noun}`).join(', ');
  return [
    '',
    `> **Shortened to stay under GitHub's comment size limit (65,536 characters):** ${what} not shown. ` +
      'Every result: `sterling scan --format json` (or `--format html`), e.g. as a CI artifact.',
  ];
}

function findingBlocks(result: ScanResult, options: RenderOptions): { intro: string[]; blocks: Block[] } {
  const v = result.vulnerabilities;
  if (v.status !== 'ok') return { intro: [], blocks: [] };
  const open = v.findings.filter((f) => !f.suppressed).sort(bySeverity);
  const prev = options.previous;
  if (!prev) {
    const top = open.slice(0, TOP_FINDINGS);
    const rest = open.slice(TOP_FINDINGS);
    const blocks: Block[] = [];
    if (top.length > 0)
      blocks.push({
        head: ['', '### Most severe findings', '', ...FINDING_HEAD],
        rows: top.map(findingRow),
        foot: [],
        priority: 1,
        first: TOP_FINDINGS,
        noun: 'vulnerability findings',
      });
    if (rest.length > 0)
      blocks.push(
        details(
          `${plural(rest.length, 'more open vulnerability finding')}`,
          FINDING_HEAD,
          rest.map(findingRow),
          {
            priority: 7,
            noun: 'vulnerability findings',
            first: 0,
          },
        ),
      );
    return { intro: [], blocks };
  }
  const cmp = compareFindings(open, prev.findings ?? []);
  const changeOf = (k: string) => cmp.byKey.get(k)?.change;
  const moved = open.filter((f) => changeOf(f.key) !== 'unchanged');
  moved.sort(
    (a, b) => (changeOf(a.key) === 'new' ? 0 : 1) - (changeOf(b.key) === 'new' ? 0 : 1) || bySeverity(a, b),
  );
  const same = open.filter((f) => changeOf(f.key) === 'unchanged');
  const c = cmp.counts;
  const intro = [
    '',
    `Compared with ${mdCode(prev.source, { max: 120 })} (scan of ${mdCode(prev.createdAt, { max: 40 })})` +
      `${prev.findings ? '' : ', which did not check vulnerabilities'}: ` +
      `**${c.new} new**, ${c.changed} changed, ${c.fixed} fixed, ${c.unchanged} unchanged.`,
  ];
  const blocks: Block[] = [];
  if (moved.length > 0)
    blocks.push({
      head: ['', '### New and changed findings', '', ...CHANGE_HEAD],
      rows: moved.map((f) => changeRow(f, cmp)),
      foot: [],
      priority: 1,
      first: 100,
      noun: 'new or changed findings',
    });
  if (cmp.fixed.length > 0)
    blocks.push(
      details(
        `${plural(cmp.fixed.length, 'finding')} fixed since the earlier scan`,
        [],
        cmp.fixed.map(fixedRow),
        {
          priority: 4,
          noun: 'fixed findings',
          first: 20,
        },
      ),
    );
  if (same.length > 0)
    blocks.push(
      details(`${plural(same.length, 'unchanged open finding')}`, FINDING_HEAD, same.map(findingRow), {
        priority: 7,
        noun: 'unchanged findings',
        first: 0,
      }),
    );
  return { intro, blocks };
}

export function renderMarkdown(result: ScanResult, options: RenderOptions = {}): string {
  const { intro, blocks: found } = findingBlocks(result, options);
  const blocks = [...found];
  const tasks = buildTasks(result);
  if (tasks.length > 0) blocks.push(tasksBlock(tasks, TOP_TASKS));
  for (const b of [postureBlock(result), baselineBlock(result), notCheckedBlock(result)])
    if (b) blocks.push(b);
  const top = [...headline(result), ...intro];
  const footer = [
    '',
    `<sub>Sterling ${mdCode(result.tool.version, { max: 40 })} · every result: \`sterling scan --format json\` or \`--format html\`</sub>`,
  ];
  const fixed = top.join('\n').length + footer.join('\n').length + 2;
  const { lines, omitted } = fitBlocks(blocks, MARKDOWN_BUDGET - NOTE_RESERVE - fixed);
  return `${[...top, ...truncationNote(omitted), ...lines, ...footer].join('\n')}\n`;
}

export const markdownFormat: ReportFormat = {
  id: 'markdown',
  description:
    "Compact summary for pull-request comments and CI job summaries: headline numbers, new and changed findings first (--compare), next tasks, details collapsed; under GitHub's size limit.",
  requirements: { network: false },
  mediaType: 'text/markdown',
  extension: '.md',
  sbom: false,
  render: renderMarkdown,
};
