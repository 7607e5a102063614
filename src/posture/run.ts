import type { Finding, PostureReport } from '../core/model/posture.js';
import type { Workspace } from '../workspace/workspace.js';
import { aggregateScore } from './aggregate.js';
import type { Check } from './check.js';
import { evaluateCheck } from './check.js';
import { CHECKS } from './checks/registry.js';
import { runProbe } from './probe.js';
import { PROBES } from './probes/registry.js';
import { collectRaw, type PostureContext, type RawFacts } from './raw/collect.js';

/** The Scorecard release whose checks and scoring Sterling follows. */
export const SCORECARD_COMPAT = 'v5';

export interface PostureOptions {
  /** Check names to run (default: all registered). Unknown names are a usage error in the CLI. */
  checks?: readonly string[];
}

/**
 * Collects raw facts (unless given: the Baseline evaluation shares them), runs the probes the
 * selected checks need, and evaluates the checks. `context` carries what earlier scan stages found
 * (the vulnerability section); it is used only when the facts are collected here.
 */
export async function runPosture(
  ws: Workspace,
  options: PostureOptions = {},
  context: PostureContext = {},
  given?: RawFacts,
): Promise<PostureReport> {
  const raw = given ?? (await collectRaw(ws, context));
  return evaluatePosture(raw, selectChecks(options.checks));
}

export function selectChecks(names: readonly string[] | undefined): readonly Check[] {
  if (names === undefined) return CHECKS;
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return CHECKS.filter((c) => wanted.has(c.name.toLowerCase()));
}

export function evaluatePosture(raw: RawFacts, checks: readonly Check[]): PostureReport {
  const needed = new Set(checks.flatMap((c) => c.probes));
  const findings: Finding[] = [];
  for (const p of PROBES) if (needed.has(p.id)) findings.push(...runProbe(p, raw));
  const results = checks.map((c) => evaluateCheck(c, findings));
  const sources: PostureReport['sources'] = { files: raw.files.source, fileCount: raw.files.paths.length };
  if (raw.git.available) {
    sources.commit = raw.git.head;
    if (raw.git.shallow) sources.gitNote = 'shallow clone: only part of the history is present';
  } else sources.gitNote = raw.git.reason;
  return {
    status: 'ok',
    scorecardCompat: SCORECARD_COMPAT,
    checks: results,
    aggregateScore: aggregateScore(results),
    sources,
  };
}
