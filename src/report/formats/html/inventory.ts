/** The dependency inventory: projects, files read, every package, skipped paths and diagnostics. */
import type { Package } from '../../../core/model/package.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import { compareStrings } from '../../../core/util/compare.js';
import { versionLabel } from '../table/index.js';
import { text } from './escape.js';
import { place, plural, row, section, table } from './parts.js';

/** Package rows rendered before the list is cut short (the JSON format has them all). */
export const MAX_PACKAGE_ROWS = 5000;
const MAX_LIST_ROWS = 500;

function packageRow(p: Package): string {
  const where = p.locations.map((l) => place(l.path, l.line)).join('<br>');
  return row([
    `<span class="mono">${text(p.name)}</span>`,
    `<span class="mono">${text(versionLabel(p))}</span>${p.resolution === 'unresolved' ? ' <span class="note">(range)</span>' : ''}`,
    text(p.ecosystem),
    p.direct ? 'direct' : 'transitive',
    text(p.scopes.join(', ')),
    text(p.source.kind),
    where,
    text(p.tags?.join(', ') ?? ''),
  ]);
}

function cut(shown: number, total: number): string {
  return shown < total
    ? `<p class="note">Showing ${shown} of ${total}; use <code>--format json</code> for all.</p>`
    : '';
}

function packages(result: ScanResult): string {
  const all = [...result.inventory.packages].sort(
    (a, b) =>
      compareStrings(a.ecosystem, b.ecosystem) ||
      compareStrings(a.name, b.name) ||
      compareStrings(a.version, b.version),
  );
  const shown = all.slice(0, MAX_PACKAGE_ROWS);
  return [
    `<h3>Packages (${all.length})</h3>`,
    table(
      ['Name', 'Version', 'Ecosystem', 'Dependency', 'Scopes', 'Source', 'Declared at', 'Tags'],
      shown.map(packageRow),
      ' id="packages-table"',
    ),
    cut(shown.length, all.length),
  ].join('\n');
}

function projects(result: ScanResult): string {
  const ps = result.inventory.projects;
  if (ps.length === 0) return '';
  const rows = ps
    .slice(0, MAX_LIST_ROWS)
    .map((p) =>
      row([
        text(p.name || p.path),
        text(p.ecosystem),
        place(p.path),
        place(p.location.path, p.location.line),
        String(p.dependencies.length),
      ]),
    );
  return `<h3>Projects (${ps.length})</h3>${table(['Project', 'Ecosystem', 'Folder', 'Declared in', 'Direct dependencies'], rows)}${cut(rows.length, ps.length)}`;
}

function files(result: ScanResult): string {
  const fs = result.inventory.files;
  const rows = fs
    .slice(0, MAX_LIST_ROWS)
    .map((f) =>
      row([place(f.path), text(f.extractor), text(f.status), String(f.packageCount), text(f.tag ?? '')]),
    );
  return `<details><summary>${plural(fs.length, 'file')} read</summary>${table(['File', 'Reader', 'Status', 'Packages', 'Tag'], rows)}${cut(rows.length, fs.length)}</details>`;
}

function problems(result: ScanResult): string {
  const diags = [...result.diagnostics, ...result.inventory.diagnostics];
  const skipped = result.inventory.skipped;
  const out: string[] = [];
  if (diags.length) {
    const rows = diags
      .slice(0, MAX_LIST_ROWS)
      .map((d) =>
        row([
          text(d.level),
          text(d.code),
          d.path !== undefined ? place(d.path, d.line) : '',
          text(d.message),
        ]),
      );
    out.push(
      `<details><summary>${plural(diags.length, 'diagnostic')}</summary>${table(['Level', 'Code', 'Where', 'Message'], rows)}${cut(rows.length, diags.length)}</details>`,
    );
  }
  if (skipped.length) {
    const rows = skipped
      .slice(0, MAX_LIST_ROWS)
      .map((k) => row([place(k.path), text(k.reason), text(k.detail ?? '')]));
    out.push(
      `<details><summary>${plural(skipped.length, 'path')} not read</summary>${table(['Path', 'Reason', 'Detail'], rows)}${cut(rows.length, skipped.length)}</details>`,
    );
  }
  return out.join('\n');
}

export function inventorySection(result: ScanResult): string {
  return section(
    'inventory',
    'Dependency inventory',
    [projects(result), files(result), problems(result), packages(result)].filter(Boolean).join('\n'),
  );
}
