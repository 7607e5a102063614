/**
 * The `constraints:` field of a cabal.project.freeze: its items (comma-separated, over continuation
 * lines) with the line each starts on. A linear scan; comments (`--`) are dropped.
 */
export interface ConstraintItem {
  text: string;
  line: number;
}

export interface FieldScan {
  items: ConstraintItem[];
  /** Lines at column 0 that are neither a field (`name:`) nor a comment. */
  stray: number[];
}

function stripComment(line: string): string {
  const i = line.indexOf('--');
  // `--` starts a comment only at the start or after white space (flags are `-flag`).
  if (i < 0) return line;
  if (i === 0 || line.charAt(i - 1) === ' ' || line.charAt(i - 1) === '\t') return line.slice(0, i);
  return line;
}

export function scanConstraints(text: string): FieldScan {
  const lines = text.split('\n');
  const items: ConstraintItem[] = [];
  const stray: number[] = [];
  let inField = false;
  let current: ConstraintItem | undefined;
  const flush = () => {
    if (current && current.text.trim() !== '') items.push({ text: current.text.trim(), line: current.line });
    current = undefined;
  };
  const take = (segment: string, line: number) => {
    const parts = segment.split(',');
    for (let p = 0; p < parts.length; p++) {
      if (p > 0) flush();
      const part = parts[p]!;
      if (part.trim() === '') continue;
      if (!current) current = { text: '', line };
      current.text += ` ${part}`;
    }
  };
  for (let n = 0; n < lines.length; n++) {
    const raw = stripComment(lines[n]!.endsWith('\r') ? lines[n]!.slice(0, -1) : lines[n]!);
    if (raw.trim() === '') continue;
    const indented = raw.charAt(0) === ' ' || raw.charAt(0) === '\t';
    if (indented) {
      if (inField) take(raw, n + 1);
      continue;
    }
    flush();
    const colon = raw.indexOf(':');
    const field = colon > 0 ? raw.slice(0, colon).trim().toLowerCase() : '';
    if (colon <= 0 || field.includes(' ')) {
      inField = false;
      stray.push(n + 1);
      continue;
    }
    inField = field === 'constraints';
    if (inField) take(raw.slice(colon + 1), n + 1);
  }
  flush();
  return { items, stray };
}
