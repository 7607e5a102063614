/**
 * Tasks: the actionable findings of a scan (a failed posture probe, a vulnerability with a fix, an
 * unmet OSPS Baseline requirement, a missing policy file), each phrased for a maintainer with little
 * time: what to do, why it matters, how long it takes, what it gains. Tasks are derived from a
 * ScanResult (src/tasks builds them); renderers and `sterling tasks` show them.
 */
import type { SeverityLevel } from './vulnerability.js';

/** What a task comes from. */
export type TaskSource = 'posture' | 'vulnerability' | 'baseline';

/** What doing the task is expected to gain. Every field is optional; at least one is set. */
export interface TaskGain {
  /**
   * Estimated rise of the aggregate Scorecard-compatible score (0..10 scale), when the task lifts a
   * check's score.
   */
  scorePoints?: number;
  /** Vulnerabilities the task removes, by severity. */
  vulnerabilitiesRemoved?: Partial<Record<SeverityLevel, number>>;
  /** OSPS Baseline requirement ids the task meets (sorted). */
  baselineRequirements?: string[];
}

export interface TaskLocation {
  path: string;
  line?: number;
}

export interface Task {
  /**
   * Stable across scans of the same project: derived from what the task is about (source, check or
   * requirement id, package name, ...), never from line numbers, scores or the order of tasks:
   * `posture/<check>[/<file>]`, `policy/<file>`, `vuln/<ecosystem>/<name>`,
   * `malicious/<ecosystem>/<name>`, `baseline/<requirement>`.
   */
  id: string;
  source: TaskSource;
  /** Imperative, plain language, one line (e.g. "Add a security policy (SECURITY.md)"). */
  title: string;
  /** One line on why it matters, without jargon. */
  why: string;
  /** Estimated effort in whole minutes (>= 1). */
  effortMinutes: number;
  gain: TaskGain;
  /**
   * The single number tasks are ranked by (higher is better): the gain on one common scale
   * (src/tasks/value.ts: a posture score point 10, a vulnerability by severity 2.5..10, a Baseline
   * requirement by level 1..4). Ranking is by `value / effortMinutes`, then by id.
   */
  value: number;
  /** Concrete steps, in order. */
  steps: string[];
  /** A command that does the task, where one exists (e.g. `npm install lodash@4.17.21`). */
  command?: string;
  /** Where the problem is, when it has a place in the repository. */
  locations: TaskLocation[];
  /** What the task rests on: check names, probe ids, vulnerability ids, requirement ids (sorted). */
  refs: string[];
}
