import { InputError } from '../errors/index.js';
import { jsonErrorOffset } from './json-error.js';

/** Deepest nesting accepted in JSON input; deeper documents are hostile or broken. */
export const MAX_JSON_DEPTH = 256;

/** Maps a character offset to a 1-based line number. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Maximum bracket nesting of a JSON text, scanning outside strings. Linear, no recursion, so that a
 * hostile `[[[[...` cannot exhaust the stack in JSON.parse's consumers.
 */
export function jsonDepth(text: string): { depth: number; offset: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) {
        max = depth;
        at = i;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return { depth: max, offset: at };
}

/** The text without a leading byte-order mark. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The InputError for a text nested deeper than `maxDepth`, naming the line of its deepest point. */
export function jsonDepthError(text: string, path: string, maxDepth = MAX_JSON_DEPTH): InputError {
  const line = lineAt(text, jsonDepth(text).offset);
  return new InputError(`${path}:${line}: JSON nested deeper than ${maxDepth} levels`, {
    path,
    line,
    hint: 'The file is not a lockfile a package manager writes; check where it came from.',
  });
}

function parseOrThrow(body: string, path: string, maxDepth: number): unknown {
  try {
    return JSON.parse(body);
  } catch (err) {
    // A broken document that is also too deep reports its depth, as parseJsonFile does.
    if (jsonDepth(body).depth > maxDepth) throw jsonDepthError(body, path, maxDepth);
    const msg = err instanceof Error ? err.message : String(err);
    const line = lineAt(body, jsonErrorOffset(body));
    throw new InputError(`${path}${line ? `:${line}` : ''}: not valid JSON (${msg})`, {
      path,
      line,
      hint: 'Regenerate the file with its package manager, or exclude it with --exclude.',
    });
  }
}

/** JSON.parse with a clear InputError naming the file and line, and a nesting-depth bound. */
export function parseJsonFile(text: string, path: string, maxDepth = MAX_JSON_DEPTH): unknown {
  const body = withoutBom(text);
  if (jsonDepth(body).depth > maxDepth) throw jsonDepthError(body, path, maxDepth);
  return parseOrThrow(body, path, maxDepth);
}

/**
 * parseJsonFile without its nesting pre-pass, for a reader that scans the text anyway and bounds the
 * nesting in that scan (throwing jsonDepthError) before it reads into the value. V8's JSON.parse is
 * iterative, so a hostile `[[[[...` cannot overflow the stack in the parse itself; only code that
 * recurses into the result could. Syntax errors (and a broken text that is also too deep) are
 * reported exactly as parseJsonFile reports them.
 */
export function parseJsonUnbounded(text: string, path: string, maxDepth = MAX_JSON_DEPTH): unknown {
  return parseOrThrow(withoutBom(text), path, maxDepth);
}
