/**
 * pip's requirements-file preprocessing, as a linear scan: lines joined at a trailing `\`, comments
 * (`#` at the start or after whitespace) dropped, blank lines skipped. Each logical line keeps the
 * 1-based number of its first physical line.
 */

export interface LogicalLine {
  line: number;
  text: string;
}

/** Longest logical line kept (characters); longer ones are reported and skipped. */
export const MAX_LOGICAL_LINE = 64 * 1024;

function stripComment(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '#') continue;
    if (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t') return text.slice(0, i);
  }
  return text;
}

export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const physical = body.split('\n');
  let pending = '';
  let first = 0;
  for (let i = 0; i < physical.length; i++) {
    let raw = physical[i]!;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (pending === '') first = i + 1;
    // pip joins before dropping comments, but a comment line never continues (its `\` is commented out).
    const trimmedStart = raw.trimStart();
    if (pending === '' && trimmedStart.startsWith('#')) continue;
    if (raw.endsWith('\\') && i < physical.length - 1) {
      if (pending.length < MAX_LOGICAL_LINE) pending += `${raw.slice(0, -1)} `;
      continue;
    }
    const joined = (pending + (raw.endsWith('\\') ? raw.slice(0, -1) : raw)).slice(0, MAX_LOGICAL_LINE + 1);
    pending = '';
    const clean = stripComment(joined).trim();
    if (clean !== '') out.push({ line: first, text: clean });
  }
  return out;
}
