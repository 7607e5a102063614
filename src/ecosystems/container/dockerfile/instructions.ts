/**
 * Dockerfile instructions as logical lines: comments and blank lines dropped, `\` (or the `# escape=`
 * character) line continuations joined, each instruction with the 1-based line it starts on. A linear
 * scan; heredoc bodies (`<<EOF`) are not instructions and are skipped to their terminator.
 */
export interface Instruction {
  line: number;
  /** Upper-cased keyword: FROM, ARG, RUN, ... */
  keyword: string;
  /** The rest of the instruction, continuations joined with a space. */
  args: string;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i]!.endsWith('\r')) lines[i] = lines[i]!.slice(0, -1);
  return lines;
}

/** The escape character from a `# escape=` parser directive at the top of the file; `\` by default. */
function escapeChar(lines: readonly string[]): string {
  for (const raw of lines) {
    const l = raw.trim();
    if (!l.startsWith('#')) return '\\';
    const body = l.slice(1).trim().toLowerCase();
    if (body.startsWith('escape=')) {
      const c = body.slice('escape='.length).trim();
      return c === '`' ? '`' : '\\';
    }
    if (!body.includes('=')) return '\\'; // an ordinary comment ends the directives
  }
  return '\\';
}

/** Heredoc terminators opened on an instruction line: `<<EOF`, `<<-EOF`, `<<"EOF"`. */
function heredocs(args: string): string[] {
  const out: string[] = [];
  let i = args.indexOf('<<');
  while (i >= 0) {
    let j = i + 2;
    if (args.charAt(j) === '-') j++;
    let quote = args.charAt(j);
    if (quote === '"' || quote === "'") j++;
    else quote = '';
    let k = j;
    while (k < args.length && /[A-Za-z0-9_]/.test(args.charAt(k))) k++;
    if (k > j) out.push(args.slice(j, k));
    i = args.indexOf('<<', k);
  }
  return out;
}

export function readInstructions(text: string): Instruction[] {
  const lines = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const esc = escapeChar(lines);
  const out: Instruction[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!.trim();
    if (first === '' || first.startsWith('#')) {
      i++;
      continue;
    }
    const start = i + 1;
    let joined = '';
    let line = lines[i]!;
    for (;;) {
      const t = line.trimEnd();
      if (t.endsWith(esc) && i + 1 < lines.length) {
        joined += `${t.slice(0, -1)} `;
        i++;
        // comment lines inside a continued instruction are dropped
        while (i < lines.length && lines[i]!.trim().startsWith('#')) i++;
        line = lines[i] ?? '';
        continue;
      }
      joined += t;
      i++;
      break;
    }
    const body = joined.trim();
    const sp = body.search(/\s/);
    const keyword = (sp < 0 ? body : body.slice(0, sp)).toUpperCase();
    const args = sp < 0 ? '' : body.slice(sp + 1).trim();
    out.push({ line: start, keyword, args });
    for (const end of heredocs(args)) {
      while (i < lines.length && lines[i]!.trim() !== end) i++;
      i++;
    }
  }
  return out;
}
