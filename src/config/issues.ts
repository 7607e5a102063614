/**
 * Turns zod's findings on a config file into one InputError a person can act on: the file, the line of
 * the offending key, what is wrong and what to write instead ("did you mean `ignore`?").
 */
import { z } from 'zod';
import { InputError } from '../core/errors/index.js';
import { quote } from '../core/util/quote.js';
import type { YamlPath, YamlPositions } from './positions.js';
import { closestKey } from './suggest.js';

export const CONFIG_DOCS = 'docs/configuration.md';

interface Problem {
  line: number | undefined;
  text: string;
  hint?: string;
  /** `path#key` of a required key that is absent, or of the key an unknown key is a typo of. */
  missing?: string;
  suggested?: string;
}

/** `ignore[0].until` */
export function displayPath(path: YamlPath): string {
  let out = '';
  for (const step of path) out += typeof step === 'number' ? `[${step}]` : out ? `.${step}` : step;
  return out;
}

function unwrap(schema: unknown): unknown {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap();
  return s;
}

/** The keys the schema allows in the mapping at `path` (array indices step into the element). */
export function allowedKeys(schema: z.ZodType, path: YamlPath): string[] | undefined {
  let s: unknown = schema;
  for (const step of path) {
    s = unwrap(s);
    if (s instanceof z.ZodObject && typeof step === 'string') s = (s.shape as Record<string, unknown>)[step];
    else if (s instanceof z.ZodArray && typeof step === 'number') s = s.element;
    else return undefined;
  }
  s = unwrap(s);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : undefined;
}

function valueAt(data: unknown, path: YamlPath): { parent: unknown; present: boolean } {
  let parent: unknown = data;
  for (let i = 0; i < path.length - 1; i++) {
    if (typeof parent !== 'object' || parent === null) return { parent: undefined, present: false };
    parent = (parent as Record<string | number, unknown>)[path[i]!];
  }
  const last = path[path.length - 1];
  const present =
    last !== undefined && typeof parent === 'object' && parent !== null && Object.hasOwn(parent, last);
  return { parent, present };
}

function problemsOf(
  issue: z.core.$ZodIssue,
  schema: z.ZodType,
  data: unknown,
  positions: YamlPositions,
): Problem[] {
  const path = issue.path as Array<string | number>;
  const where = path.length ? ` in ${displayPath(path)}` : '';
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, path) ?? [];
    const hint = `Keys allowed here: ${allowed.join(', ')} (see ${CONFIG_DOCS}).`;
    return issue.keys.map((key) => {
      const suggestion = closestKey(key, allowed);
      return {
        line: positions.keyLine(path, key),
        text: `unknown key ${quote(key)}${where}${suggestion ? `; did you mean ${quote(suggestion)}?` : ''}`,
        hint,
        ...(suggestion ? { suggested: `${displayPath(path)}#${suggestion}` } : {}),
      };
    });
  }
  const last = path[path.length - 1];
  const { parent, present } = valueAt(data, path);
  if (typeof last === 'string' && typeof parent === 'object' && parent !== null && !present) {
    const inside = path.slice(0, -1);
    return [
      {
        line: positions.lineOf(inside),
        text: `missing required key ${quote(last)}${inside.length ? ` in ${displayPath(inside)}` : ''}`,
        hint: `See ${CONFIG_DOCS} for every key.`,
        missing: `${displayPath(inside)}#${last}`,
      },
    ];
  }
  return [
    {
      line: positions.lineOf(path),
      text: `${path.length ? `${displayPath(path)}: ` : ''}${issue.message}`,
      hint: `See ${CONFIG_DOCS} for every key.`,
    },
  ];
}

/** One InputError for the first problem in file order, counting the others. */
export function configError(
  error: z.ZodError,
  schema: z.ZodType,
  data: unknown,
  positions: YamlPositions,
  file: string,
): InputError {
  const all = error.issues.flatMap((issue) => problemsOf(issue, schema, data, positions));
  // a required key reported missing because it is misspelt is one problem, told at the misspelling
  const typos = new Set(all.flatMap((p) => (p.suggested ? [p.suggested] : [])));
  const problems = all.filter((p) => p.missing === undefined || !typos.has(p.missing));
  problems.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
  const first = problems[0] ?? { line: undefined, text: 'not a valid config file' };
  const more =
    problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return new InputError(`${file}${first.line ? `:${first.line}` : ''}: ${first.text}${more}`, {
    path: file,
    line: first.line,
    hint: first.hint,
  });
}
