/**
 * Sterling's facts about a package or project that its purl does not carry (the OSV ecosystem of a
 * `pkg:generic` runtime, a local-folder source and its path), as an SPDX 2.3 document records them:
 * one package annotation (SPDX 2.3 §12, `annotationType` OTHER, annotator `Tool: sterling-<version>`)
 * whose comment is a JSON object with the same `sterling:*` names the CycloneDX properties use:
 *
 *   {"sterling:ecosystem":"runtime:node","sterling:source":"file","sterling:source-url":"../x"}
 *
 * The SPDX renderer writes it; the SPDX extractor reads it back, so the round trip is exact.
 */
import { isObject } from './fields.js';

export interface SterlingFacts {
  ecosystem?: string;
  source?: string;
  sourceUrl?: string;
}

const KEYS = [
  ['ecosystem', 'sterling:ecosystem'],
  ['source', 'sterling:source'],
  ['sourceUrl', 'sterling:source-url'],
] as const;

/** How the comment starts (the first key is always one of these). */
const PREFIX = '{"sterling:';

/** Longest comment read back; real ones are far shorter. */
const MAX_COMMENT = 8192;

/** The annotation comment for these facts (keys in a fixed order, so the text is deterministic). */
export function factsComment(facts: SterlingFacts): string {
  const out: Record<string, string> = {};
  for (const [field, key] of KEYS) {
    const v = facts[field];
    if (v !== undefined) out[key] = v;
  }
  return JSON.stringify(out);
}

/** The facts in an annotation comment; undefined when it is not Sterling's (or not well-formed). */
export function readFactsComment(comment: string): SterlingFacts | undefined {
  if (!comment.startsWith(PREFIX) || comment.length > MAX_COMMENT) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(comment);
  } catch {
    return undefined;
  }
  if (!isObject(parsed)) return undefined;
  const facts: SterlingFacts = {};
  for (const [field, key] of KEYS) {
    const v = parsed[key];
    if (typeof v === 'string' && v !== '') facts[field] = v;
  }
  return facts;
}
