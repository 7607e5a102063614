/**
 * Line numbers for readers that parse a whole document (JSON, YAML) and then need the 1-based line of
 * each entry: one pass to index line starts, a binary search per lookup, and a forward-only cursor
 * that finds entries in document order (linear overall, no regular expression).
 */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.#starts.push(i + 1);
  }

  /** 1-based line of a character offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** Finds strings in document order: each `find` searches from where the previous match ended. */
export class TextCursor {
  readonly #text: string;
  readonly #index: LineIndex;
  #at = 0;

  constructor(text: string) {
    this.#text = text;
    this.#index = new LineIndex(text);
  }

  /** 1-based line of the next occurrence of `needle`, or undefined (the cursor then stays put). */
  find(needle: string): number | undefined {
    if (needle === '') return undefined;
    const i = this.#text.indexOf(needle, this.#at);
    if (i < 0) return undefined;
    this.#at = i + needle.length;
    return this.#index.lineAt(i);
  }

  /** The line of the next occurrence of `before`, then of `needle` after it (e.g. a key, then its value). */
  findAfter(before: string, needle: string): number | undefined {
    const saved = this.#at;
    if (this.find(before) === undefined) return undefined;
    const line = this.find(needle);
    if (line === undefined) this.#at = saved;
    return line;
  }
}
