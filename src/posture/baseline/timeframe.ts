const UNITS = new Set(['day', 'days', 'hour', 'hours', 'week', 'weeks', 'month', 'months']);
const SKIP = new Set(['business', 'working', 'calendar']);

/**
 * The 1-based line of the first response timeframe ("within 14 days", "72 hours", "5 business
 * days") in a text, or undefined. Word by word, no regular expression.
 */
export function timeframeLine(text: string, maxLines = 5000): number | undefined {
  const lines = text.split('\n', maxLines);
  for (let n = 0; n < lines.length; n++) {
    const words = lines[n]!.toLowerCase().replaceAll('-', ' ').split(' ').filter(Boolean);
    for (let w = 0; w < words.length; w++) {
      if (!isNumber(words[w]!)) continue;
      let k = w + 1;
      while (k < words.length && SKIP.has(words[k]!)) k++;
      const unit = words[k] === undefined ? undefined : trimPunctuation(words[k]!);
      if (unit !== undefined && UNITS.has(unit)) return n + 1;
    }
  }
  return undefined;
}

function isNumber(word: string): boolean {
  const w = word.startsWith('(') ? word.slice(1) : word;
  if (w.length === 0 || w.length > 4) return false;
  for (const c of w) if (c < '0' || c > '9') return false;
  return true;
}

function trimPunctuation(word: string): string {
  let end = word.length;
  while (end > 0 && '.,;:)'.includes(word.charAt(end - 1))) end--;
  return word.slice(0, end);
}
