import type { Finding, PostureReport } from '../core/model/posture.js';
import type { Workspace } from '../workspace/workspace.js';
import { aggregateScore } from './aggregate.js';
import type { Check } from './check.js';
import { evaluateCheck } from './check.js';
import { CHECKS } from './checks/registry.js';
import { connectForge, type ForgeSettings } from './forge/connect.js';
import { runProbe } from './probe.js';
import { PROBES } from './probes/registry.js';
import { collectRaw, type PostureContext, type RawFacts } from './raw/collect.js';
import { collectForge } from './raw/forge/collect.js';
import type { ForgeFactKey, ForgeFacts } from './raw/forge/types.js';

/** The Scorecard release whose checks and scoring Sterling follows. */
export const SCORECARD_COMPAT = 'v5';

export interface PostureOptions {
  /** Check names to run (default: all registered). Unknown names are a usage error in the CLI. */
  checks?: readonly string[];
  /**
   * How to reach the forge for the checks only it can answer (Branch-Protection, CI-Tests, ...).
   * Left out: those checks say "needs forge access" and no request is made.
   */
  forge?: ForgeSettings;
  /** `--subpath` (checked: workspace/subpath.ts): scope the file-based checks and history to it. */
  subpath?: string;
  /** Forge facts already read (the scan pipeline reads them once for posture and the Baseline). */
  forgeFacts?: ForgeFacts;
}

/** The forge facts the checks read. */
export function forgeKeysOf(checks: readonly Check[]): Set<ForgeFactKey> {
  return new Set<ForgeFactKey>(checks.flatMap((c) => c.forge ?? []));
}

/**
 * Collects raw facts (unless given: the Baseline evaluation shares them), runs the probes the
 * selected checks need, and evaluates the checks. `context` carries what earlier scan stages found
 * (the vulnerability section); it is used only when the facts are collected here. The forge facts
 * the selected checks need are read here in either case, before the probes run.
 */
export async function runPosture(
  ws: Workspace,
  options: PostureOptions = {},
  context: PostureContext = {},
  given?: RawFacts,
): Promise<PostureReport> {
  const checks = selectChecks(options.checks);
  const wanted = forgeKeysOf(checks);
  const forge =
    options.forgeFacts ??
    (wanted.size === 0 ? undefined : await collectForge(await connectForge(options.forge, ws.root), wanted));
  if (given) return evaluatePosture(forge ? { ...given, forge } : given, checks);
  const raw = await collectRaw(ws, forge ? { ...context, forge } : context, options.subpath);
  return evaluatePosture(raw, checks);
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
  if (raw.files.scope) sources.subpath = raw.files.scope.subpath;
  if (raw.git.available) {
    sources.commit = raw.git.head;
    if (raw.git.shallow) sources.gitNote = 'shallow clone: only part of the history is present';
  } else sources.gitNote = raw.git.reason;
  if (checks.some((c) => (c.forge?.length ?? 0) > 0)) {
    sources.forge = { requests: raw.forge.requests };
    if (raw.forge.repository) sources.forge.repository = raw.forge.repository;
    if (raw.forge.unavailable) sources.forge.note = raw.forge.unavailable;
  }
  return {
    status: 'ok',
    scorecardCompat: SCORECARD_COMPAT,
    checks: results,
    aggregateScore: aggregateScore(results),
    sources,
  };
}
