/**
 * What a renderer needs from an earlier scan to mark findings new, changed or fixed (`scan --compare
 * previous.json`): the earlier scan's time and its vulnerability findings, reduced to what identifies
 * and describes them. Read from a ScanResult JSON file (src/report/compare/result-file.ts).
 */
import type { SeverityLevel } from './vulnerability.js';

export interface PreviousFinding {
  key: string;
  id: string;
  aliases: string[];
  kind: 'vulnerability' | 'malicious';
  severity: { level: SeverityLevel };
  package: { ecosystem: string; name: string; version: string };
  fixedIn?: string;
  /** The earlier scan suppressed it (config ignore or VEX): not counted as open then. */
  suppressed: boolean;
}

export interface PreviousScan {
  /** Where it was read from, as the user gave it. */
  source: string;
  createdAt: string;
  /** Undefined when the earlier scan did not match vulnerabilities. */
  findings?: PreviousFinding[];
}

/** How a finding compares with the earlier scan. */
export type FindingChange = 'new' | 'changed' | 'unchanged';
