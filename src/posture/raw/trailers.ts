/**
 * Commit-message trailers (`Reviewed-by: A <a@example.org>`), parsed from the end of a message
 * with plain string scans (commit messages are untrusted: no regular expression runs on them).
 */

/** Trailers kept per commit; a message with thousands keeps the last ones. */
export const MAX_TRAILERS = 100;
const MAX_KEY = 64;
const MAX_VALUE = 1024;

/** Review markers that are not git-style trailers (a space in the key) but that Scorecard reads. */
const MARKERS = ['Differential Revision:', 'PiperOrigin-RevId:'];

function isKeyChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || // 0-9
    (c >= 65 && c <= 90) || // A-Z
    (c >= 97 && c <= 122) || // a-z
    c === 45 // -
  );
}

/** `Key: value` when the line is a trailer line, else undefined. */
function trailerOf(line: string): string | undefined {
  for (const m of MARKERS) if (line.startsWith(m)) return line.slice(0, MAX_KEY + MAX_VALUE);
  const colon = line.indexOf(':');
  if (colon < 1 || colon > MAX_KEY) return undefined;
  for (let i = 0; i < colon; i++) if (!isKeyChar(line.charCodeAt(i))) return undefined;
  const value = line.slice(colon + 1).trim();
  if (value.length === 0) return undefined;
  return `${line.slice(0, colon)}: ${value.slice(0, MAX_VALUE)}`;
}

/**
 * The trailers of a message (or of its last characters): the lines of its last paragraph that look
 * like `Key: value` (continuation lines unfolded), plus review markers anywhere in the text. A
 * message of one paragraph (its subject) has none, as in git. `truncated`: the text is the end of a
 * longer message (its first line is partial and is skipped).
 */
export function parseTrailers(message: string, truncated = false): string[] {
  const lines = message.replace(/\r/g, '').split('\n');
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  let start = end;
  while (start > 0 && lines[start - 1]!.trim() !== '') start--;
  const out: string[] = [];
  const markers: string[] = [];
  if (truncated && start === 0) start = 1;
  if (start > 0) {
    for (let i = start; i < end; i++) {
      const line = lines[i]!;
      const c = line.charCodeAt(0);
      if ((c === 32 || c === 9) && out.length > 0) {
        const last = out[out.length - 1]!;
        if (last.length < MAX_KEY + MAX_VALUE)
          out[out.length - 1] = `${last} ${line.trim()}`.slice(0, MAX_KEY + MAX_VALUE);
        continue;
      }
      const t = trailerOf(line);
      if (t !== undefined) out.push(t);
    }
  }
  // Markers above the last paragraph (Scorecard searches the whole message).
  for (let i = 0; i < start; i++) {
    const line = lines[i]!;
    if (MARKERS.some((m) => line.startsWith(m))) markers.push(line.slice(0, MAX_KEY + MAX_VALUE));
  }
  const all = markers.length > 0 ? [...markers, ...out] : out;
  return all.length > MAX_TRAILERS ? all.slice(-MAX_TRAILERS) : all;
}

/** The values of the trailers with this key (case-insensitive). */
export function trailerValues(trailers: readonly string[], key: string): string[] {
  const prefix = `${key.toLowerCase()}:`;
  const out: string[] = [];
  for (const t of trailers) if (t.toLowerCase().startsWith(prefix)) out.push(t.slice(prefix.length).trim());
  return out;
}
