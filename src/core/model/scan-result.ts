import type { BaselineReport } from './baseline.js';
import type { Diagnostic } from './diagnostic.js';
import type { Inventory } from './inventory.js';
import type { PostureReport } from './posture.js';
import type { VulnerabilityReport } from './vulnerability.js';

export const SCAN_RESULT_SCHEMA_VERSION = '1.1.0';

export interface ToolInfo {
  name: 'sterling';
  version: string;
}

export interface TargetInfo {
  /** The target as the user gave it. */
  input: string;
  /** `file`: a single SBOM document given as the target. */
  kind: 'directory' | 'file' | 'git';
  /** Display name: the root project's name, or the folder / repository name. */
  name: string;
  /** Commit scanned: of a cloned git target, or the one `ref` resolved to. */
  commit?: string;
  /** `--ref` as given (a branch, tag, commit or expression such as `HEAD~3`); `commit` is what it named. */
  ref?: string;
  /** `--subpath`, normalised: the folder of the target the inventory and file-based checks were scoped to. */
  subpath?: string;
}

/** A section a later stage fills; until then it says why it is empty. */
export interface SectionNotRun {
  status: 'not-run';
  reason: string;
}

export interface Timings {
  walkMs: number;
  extractMs: number;
  /** Vulnerability database update (when one ran) and matching. */
  matchMs?: number;
  /** Posture checks (raw facts, probes, checks), when they ran. */
  postureMs?: number;
  /** OSPS Baseline evaluation (its own facts; the raw facts are shared with posture), when it ran. */
  baselineMs?: number;
  totalMs: number;
}

export interface ScanResult {
  schemaVersion: typeof SCAN_RESULT_SCHEMA_VERSION;
  tool: ToolInfo;
  target: TargetInfo;
  /** ISO 8601 time the scan started (from SOURCE_DATE_EPOCH when set). */
  createdAt: string;
  /** Omitted when SOURCE_DATE_EPOCH is set, so that output is reproducible. */
  timings?: Timings;
  inventory: Inventory;
  /** Known vulnerabilities, or why matching did not run (e.g. `--no-vulns`). */
  vulnerabilities: VulnerabilityReport | SectionNotRun;
  /** Scorecard-compatible posture checks, or why they did not run. */
  posture: PostureReport | SectionNotRun;
  /** OSPS Baseline conformance (level reached, every requirement's status), or why it did not run. */
  baseline: BaselineReport | SectionNotRun;
  /** The project config file that applied (sterling.yaml), when there was one. */
  config?: {
    path: string;
    failOn?: 'critical' | 'high' | 'medium' | 'low' | 'any';
    /** `vulnerabilities.failOnTagged`: failOn also counts test/example/fixture-only packages. */
    failOnTagged?: boolean;
  };
  /** Problems that concern the whole scan rather than one file. */
  diagnostics: Diagnostic[];
}
