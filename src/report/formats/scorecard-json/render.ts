import type { ScanResult } from '../../../core/model/scan-result.js';

/** Scorecard's JSON v2 result (pkg/scorecard/json.go JSONScorecardResultV2). */
interface ScorecardJsonV2 {
  date: string;
  repo: { name: string; commit: string };
  scorecard: { version: string; commit: string };
  score: number;
  checks: Array<{
    details: string[] | null;
    score: number;
    reason: string;
    name: string;
    documentation: { short: string; url: string };
    /** Scorecard's `--show-annotations`: the reasons' texts; left out when there is none (omitempty). */
    annotations?: string[];
  }>;
  metadata: string[] | null;
}

/**
 * Renders the posture section in Scorecard's JSON v2 shape. `scorecard.version` names Sterling (it
 * is not a Scorecard run); checks without a score keep Scorecard's -1 and never count as 0. The
 * aggregate is printed with one decimal, as Scorecard does ("score": 7.0). Maintainer annotations are
 * printed as Scorecard prints them with `--show-annotations`: one string per annotation, its text
 * (Scorecard's reason text for scorecard.yml, the maintainer's note for sterling.yaml).
 */
export function renderScorecardJson(result: ScanResult): string {
  const p = result.posture;
  const commit = result.target.commit ?? (p.status === 'ok' ? p.sources.commit : undefined) ?? 'unknown';
  const out: ScorecardJsonV2 = {
    date: result.createdAt,
    repo: { name: result.target.name, commit },
    scorecard: { version: `sterling-${result.tool.version}`, commit: 'unknown' },
    score: p.status === 'ok' ? p.aggregateScore : -1,
    checks:
      p.status === 'ok'
        ? p.checks.map((c) => ({
            details: c.details.length > 0 ? c.details : null,
            score: c.score,
            reason: c.reason,
            name: c.name,
            documentation: c.documentation,
            ...(c.annotations && c.annotations.length > 0
              ? { annotations: c.annotations.map((a) => a.note) }
              : {}),
          }))
        : [],
    metadata:
      p.status === 'ok' ? [`scorecard-compat:${p.scorecardCompat}`, `files:${p.sources.files}`] : null,
  };
  // Scorecard always prints the aggregate with one decimal (5 -> 5.0); JSON.stringify would drop it.
  const text = JSON.stringify(out, null, 2).replace(
    /^ {2}"score": (-?\d+(?:\.\d+)?),$/m,
    (_, n: string) => `  "score": ${Number(n).toFixed(1)},`,
  );
  return `${text}\n`;
}
