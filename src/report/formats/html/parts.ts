/** Small HTML building blocks shared by the sections. Every argument named `html` is already escaped. */
import type { SectionNotRun } from '../../../core/model/scan-result.js';
import { compareStrings } from '../../../core/util/compare.js';
import { text } from './escape.js';

/** A top-level section with its heading; `id` is a constant, never data. */
export function section(id: string, title: string, html: string): string {
  return `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${text(title)}</h2>\n${html}\n</section>`;
}

/** Says plainly that a stage did not run, and why; never renders an empty result as "none found". */
export function notRun(what: string, section: SectionNotRun): string {
  return `<p class="not-run"><strong>${text(what)} not checked.</strong> ${text(section.reason)}</p>`;
}

/** A table inside a horizontally scrollable wrapper (the page itself never scrolls sideways). */
export function table(headers: string[], rowsHtml: string[], attrs = ''): string {
  const head = headers.map((h) => `<th scope="col">${text(h)}</th>`).join('');
  return `<div class="table-wrap"><table${attrs}><thead><tr>${head}</tr></thead>\n<tbody>\n${rowsHtml.join('\n')}\n</tbody></table></div>`;
}

/** `<td>` cells from already-escaped HTML. */
export function row(cellsHtml: string[], attrs = ''): string {
  return `<tr${attrs}>${cellsHtml.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

/** A coloured label; `kind` is one of the report's own words (a severity, a status), escaped anyway. */
export function badge(kind: string, label: string = kind): string {
  return `<span class="badge ${text(kind)}">${text(label)}</span>`;
}

/** `path:line`, escaped, in monospace. */
export function place(path: string, line?: number): string {
  return `<span class="mono">${text(line === undefined ? path : `${path}:${line}`)}</span>`;
}

/** "1 package" / "3 packages". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Counts by key, largest first then by key: the order of every "by X" chart and list. */
export function countBy<T>(items: Iterable<T>, key: (t: T) => string): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const it of items) {
    const k = key(it);
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
}
