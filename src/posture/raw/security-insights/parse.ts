/**
 * Parses a security-insights.yml text: bounded size, YAML through the `yaml` package (aliases
 * bounded, duplicate keys rejected, a nesting too deep for the parser reported, not thrown), then
 * the v2 schema. Every problem is a string `file:line: what` for the report; nothing throws.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { displayPath } from '../../../config/issues.js';
import { type YamlPath, yamlPositions } from '../../../config/positions.js';
import { quote } from '../../../core/util/quote.js';
import { SECURITY_INSIGHTS, SECURITY_INSIGHTS_STRICT, type SecurityInsights } from './schema.js';

/** Largest file read; real ones are a few kilobytes. */
export const MAX_SECURITY_INSIGHTS_BYTES = 256 * 1024;
/** Alias expansions allowed (a real file needs none). */
const MAX_ALIASES = 50;
/** Problems listed per file. */
const MAX_PROBLEMS = 20;

export type ParsedSecurityInsights =
  | {
      ok: true;
      data: SecurityInsights;
      /** Unknown keys (the spec's objects are closed), as `file:line: ...`. */
      warnings: string[];
      /** 1-based line of a key path in the file. */
      lineOf(path: YamlPath): number | undefined;
    }
  | { ok: false; errors: string[]; schemaVersion?: string };

export function parseSecurityInsights(text: string, file: string): ParsedSecurityInsights {
  const size = Buffer.byteLength(text);
  if (size > MAX_SECURITY_INSIGHTS_BYTES) {
    return fail(`${file}: ${size} bytes, over the ${MAX_SECURITY_INSIGHTS_BYTES}-byte limit; not read`);
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
      return fail(`${file}:${line}: not valid YAML (${what})`);
    }
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    if (err instanceof RangeError) return fail(`${file}: nested too deeply to read`);
    return fail(`${file}: not valid YAML (${firstLine(err instanceof Error ? err.message : String(err))})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(`${file}:1: expected a mapping with \`header\`, \`project\` and \`repository\``);
  }
  const positions = yamlPositions(body);
  const version = schemaVersionOf(data);
  const loose = SECURITY_INSIGHTS.safeParse(data);
  if (!loose.success) {
    const errors = describe(loose.error.issues, data, positions, file);
    return version === undefined ? { ok: false, errors } : { ok: false, errors, schemaVersion: version };
  }
  const strict = SECURITY_INSIGHTS_STRICT.safeParse(data);
  const warnings = strict.success ? [] : describe(strict.error.issues, data, positions, file);
  return { ok: true, data: loose.data, warnings, lineOf: (p) => positions.lineOf(p) };
}

function fail(error: string): ParsedSecurityInsights {
  return { ok: false, errors: [error] };
}

function schemaVersionOf(data: object): string | undefined {
  const header = (data as { header?: unknown }).header;
  const v =
    typeof header === 'object' && header !== null
      ? (header as Record<string, unknown>)['schema-version']
      : undefined;
  return typeof v === 'string' && v.length <= 40 ? v : undefined;
}

interface Problem {
  line: number | undefined;
  text: string;
}

function describe(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  positions: ReturnType<typeof yamlPositions>,
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
function isPresent(data: unknown, path: ReadonlyArray<string | number>): boolean {
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
