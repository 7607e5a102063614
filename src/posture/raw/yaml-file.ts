/**
 * A YAML file of the scanned repository (security-insights.yml, scorecard.yml), read without trusting
 * it: bounded size, YAML through the `yaml` package (aliases bounded, duplicate keys rejected, a
 * nesting too deep for the parser reported, not thrown), and zod's findings turned into
 * `file:line: what` strings for the report. Nothing here throws on bad input.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { displayPath } from '../../config/issues.js';
import { type YamlPath, type YamlPositions, yamlPositions } from '../../config/positions.js';
import { quote } from '../../core/util/quote.js';

export interface YamlFileLimits {
  maxBytes: number;
  /** Alias expansions allowed (a real file needs none). */
  maxAliases: number;
}

export type YamlFile = { ok: true; data: unknown; positions: YamlPositions } | { ok: false; error: string };

/** Problems listed per file. */
const MAX_PROBLEMS = 20;

export function readYamlFile(text: string, file: string, limits: YamlFileLimits): YamlFile {
  const size = Buffer.byteLength(text);
  if (size > limits.maxBytes) {
    return { ok: false, error: `${file}: ${size} bytes, over the ${limits.maxBytes}-byte limit; not read` };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    const lineCounter = new LineCounter();
    const doc = parseDocument(body, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const first = doc.errors[0];
    if (first) {
      const line = lineCounter.linePos(first.pos[0]).line;
      const what =
        first.code === 'DUPLICATE_KEY' ? 'a key is written twice in one mapping' : firstLine(first.message);
      return { ok: false, error: `${file}:${line}: not valid YAML (${what})` };
    }
    data = doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch (err) {
    if (err instanceof RangeError) return { ok: false, error: `${file}: nested too deeply to read` };
    const why = firstLine(err instanceof Error ? err.message : String(err));
    return { ok: false, error: `${file}: not valid YAML (${why})` };
  }
  return { ok: true, data, positions: yamlPositions(body) };
}

interface Problem {
  line: number | undefined;
  text: string;
}

/** zod's issues as `file:line: what`, in file order, at most MAX_PROBLEMS of them (then a count). */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  positions: YamlPositions,
  file: string,
): string[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path as Array<string | number>;
    const where = path.length > 0 ? displayPath(path) : 'the file';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ line: positions.keyLine(path, key), text: `unknown key ${quote(key)} in ${where}` });
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && !isPresent(data, path);
    const line = positions.lineOf(path) ?? positions.lineOf(path.slice(0, -1));
    problems.push({ line, text: missing ? `${where} is required` : `${where}: ${issue.message}` });
  }
  problems.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
  const out = problems.slice(0, MAX_PROBLEMS).map((p) => `${file}${p.line ? `:${p.line}` : ''}: ${p.text}`);
  if (problems.length > MAX_PROBLEMS)
    out.push(`${file}: … and ${problems.length - MAX_PROBLEMS} more problems`);
  return out;
}

/** Whether the key at `path` is written in the file (an absent key is reported as "required"). */
function isPresent(data: unknown, path: YamlPath): boolean {
  let node: unknown = data;
  for (const step of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, step)) return false;
    node = (node as Record<string | number, unknown>)[step];
  }
  return true;
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return (nl < 0 ? message : message.slice(0, nl)).trim().slice(0, 200);
}
