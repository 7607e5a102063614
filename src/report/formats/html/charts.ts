/**
 * Inline SVG bar charts (no library, no external resource). Each chart carries its text alternative
 * (`<title>`/`<desc>` referenced by aria-labelledby) and a table with the same numbers that print
 * shows under the chart.
 */
import { truncate } from '../../../core/util/quote.js';
import { text } from './escape.js';

export interface Bar {
  label: string;
  value: number;
  /** Shown instead of the value (e.g. `7 / 10`). */
  display?: string;
  /** CSS class of the bar (e.g. `sev-high`). */
  cls?: string;
}

export interface ChartSpec {
  /** Unique in the page; a constant, never data. */
  id: string;
  title: string;
  /** Header of the table's value column. */
  valueHeader: string;
  bars: Bar[];
  /** Scale maximum; defaults to the largest value. */
  max?: number;
}

const WIDTH = 440;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 50;
const ROW = 22;
const BAR = 14;
/** Longest label drawn in the chart; the table and the bar's tooltip have it whole. */
const MAX_LABEL = 20;

function describe(spec: ChartSpec): string {
  const parts = spec.bars.map((b) => `${b.label}: ${b.display ?? b.value}`);
  return `${spec.title}. ${parts.join('; ')}.`;
}

function barsSvg(spec: ChartSpec): string {
  const max = Math.max(spec.max ?? 0, ...spec.bars.map((b) => b.value), 1);
  const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = spec.bars.length * ROW + 4;
  const rows = spec.bars.map((b, i) => {
    const y = i * ROW + 2;
    const w = Math.max(0, Math.round((b.value / max) * span * 10) / 10);
    const label = text(truncate(b.label, MAX_LABEL));
    return [
      `<g><title>${text(b.label)}: ${text(b.display ?? b.value)}</title>`,
      `<text x="${LABEL_WIDTH - 6}" y="${y + BAR - 2}" text-anchor="end">${label}</text>`,
      `<rect class="track" x="${LABEL_WIDTH}" y="${y}" width="${span}" height="${BAR}"></rect>`,
      `<rect class="${text(b.cls ?? 'bar')}" x="${LABEL_WIDTH}" y="${y}" width="${w}" height="${BAR}"></rect>`,
      `<text x="${LABEL_WIDTH + span + 6}" y="${y + BAR - 2}">${text(b.display ?? b.value)}</text></g>`,
    ].join('');
  });
  return [
    `<svg class="chart" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${spec.id}-title">${text(spec.title)}</title>`,
    `<desc id="${spec.id}-desc">${text(describe(spec))}</desc>`,
    ...rows,
    '</svg>',
  ].join('\n');
}

function fallbackTable(spec: ChartSpec, labelHeader: string): string {
  const rows = spec.bars.map(
    (b) => `<tr><td>${text(b.label)}</td><td>${text(b.display ?? b.value)}</td></tr>`,
  );
  return [
    `<table class="chart-table"><thead><tr><th>${text(labelHeader)}</th><th>${text(spec.valueHeader)}</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody></table>`,
  ].join('');
}

/** A figure with the chart and its table; a sentence instead when there is nothing to draw. */
export function barChart(spec: ChartSpec, labelHeader: string): string {
  if (spec.bars.length === 0)
    return `<figure id="${spec.id}"><figcaption>${text(spec.title)}</figcaption><p class="note">Nothing to show.</p></figure>`;
  return [
    `<figure id="${spec.id}" class="chart-figure">`,
    `<figcaption>${text(spec.title)}</figcaption>`,
    barsSvg(spec),
    fallbackTable(spec, labelHeader),
    '</figure>',
  ].join('\n');
}
