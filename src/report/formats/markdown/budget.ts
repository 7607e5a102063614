/**
 * Fits a Markdown document under a size budget (GitHub refuses comments over 65,536 characters): the
 * fixed parts of every block (headings, table heads, closing tags) are always kept; rows are given
 * the space left in two rounds, block by block in priority order: first up to each block's `first`
 * rows (so a long list cannot crowd out the short ones after it), then the rest. A block that loses
 * rows says how many.
 */

export interface Block {
  /** Lines always shown (heading, table head, `<details>`). */
  head: string[];
  /** Lines shown while there is room, in order. */
  rows: string[];
  /** Lines always shown after the rows (closing `</details>`). */
  foot: string[];
  /** Lower goes first when rows are given space. */
  priority: number;
  /** Rows given space in the first round (default all); the rest wait until every block had its round. */
  first?: number;
  /** What the rows are, plural, for the notes ("vulnerability findings"). */
  noun: string;
}

export interface Omitted {
  noun: string;
  count: number;
}

/** Room kept for each "N more not shown" line. */
const MORE_RESERVE = 160;

function size(lines: readonly string[]): number {
  let n = 0;
  for (const l of lines) n += l.length + 1;
  return n;
}

export function moreLine(count: number, noun: string): string {
  return `_… ${count.toLocaleString('en-US')} more ${noun} not shown (size limit); see the note at the top._`;
}

/**
 * The blocks' lines with as many rows as fit in `budget` characters (UTF-16 code units, which are
 * never fewer than the characters GitHub counts), and what was left out.
 */
export function fitBlocks(blocks: readonly Block[], budget: number): { lines: string[]; omitted: Omitted[] } {
  let room =
    budget - blocks.reduce((n, b) => n + size(b.head) + size(b.foot) + (b.rows.length ? MORE_RESERVE : 0), 0);
  const kept = new Map<Block, number>();
  const order = blocks.map((b, i) => ({ b, i })).sort((x, y) => x.b.priority - y.b.priority || x.i - y.i);
  for (const round of [1, 2])
    for (const { b } of order) {
      let n = kept.get(b) ?? 0;
      const upTo = round === 1 ? Math.min(b.first ?? b.rows.length, b.rows.length) : b.rows.length;
      for (; n < upTo; n++) {
        const row = b.rows[n]!;
        if (row.length + 1 > room) break;
        room -= row.length + 1;
      }
      kept.set(b, n);
    }
  const lines: string[] = [];
  const omitted: Omitted[] = [];
  for (const b of blocks) {
    const n = kept.get(b) ?? 0;
    lines.push(...b.head, ...b.rows.slice(0, n));
    if (n < b.rows.length) {
      const count = b.rows.length - n;
      omitted.push({ noun: b.noun, count });
      lines.push('', moreLine(count, b.noun));
    }
    lines.push(...b.foot);
  }
  return { lines, omitted };
}
