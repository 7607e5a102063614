/**
 * OpenSSF Scorecard's published results for real public repositories at a known commit: the
 * per-check scores of the file-based checks (and a few detail counts), with where each result was
 * found. Short numeric facts with attribution; the repositories themselves are never committed
 * (scorecard-published.test.ts reads them from a mirror when one is present).
 */

/** The checks Scorecard computes from the repository's files (Packaging and SAST in part). */
export const FILE_CHECKS = [
  'Binary-Artifacts',
  'Dangerous-Workflow',
  'Dependency-Update-Tool',
  'Fuzzing',
  'License',
  'Packaging',
  'Pinned-Dependencies',
  'SAST',
  'Security-Policy',
  'Token-Permissions',
] as const;

export type FileCheck = (typeof FILE_CHECKS)[number];

/** A deliberate difference: Sterling's score and why it is not Scorecard's published one. */
export interface Difference {
  sterling: number;
  reason: string;
}

export interface PublishedResult {
  /** owner/name on GitHub, as Scorecard named it. */
  repo: string;
  commit: string;
  scorecardVersion: string;
  /** Where the published result was found (a public URL, the result's own date). */
  source: string;
  date: string;
  /** Published scores (-1 = inconclusive); a check missing here was not in the result. */
  scores: Partial<Record<FileCheck, number>>;
  /**
   * Checks a SARIF result has no alert for: Scorecard's SARIF leaves out a check scored at or above
   * the policy's minimum (10 by default) and an inconclusive one, so each is 10 or -1.
   */
  notFailing?: readonly FileCheck[];
  /** Published numbers of Warn lines, where the result carries its details. */
  warn?: Partial<Record<FileCheck, number>>;
  differences?: Partial<Record<FileCheck, Difference & { warn?: number }>>;
}

const BESECURE = 'https://github.com/Be-Secure/besecure-assessment-datastore/blob/71c79fa2685b0bdd857b5c63020c23aae923ecf9';

/** Scorecard via its GitHub client needs a successful run of the publishing workflow; offline, a run is assumed. */
const PACKAGING_RUNS: Difference = {
  sterling: 10,
  reason:
    "forge: Scorecard's GitHub client also requires a successful run of the publishing workflow (checks/raw/github/packaging.go, ListSuccessfulWorkflowRuns) and found none in this fork (-1); offline, runs cannot be seen and Sterling counts the workflow as Scorecard's local mode does (10)",
};

export const PUBLISHED: readonly PublishedResult[] = [
  {
    repo: 'AI-Riksarkivet/ra-mcp',
    // The run is dated 06 Feb 26 12:56 +0000 (automationDetails.id); this is the last commit before
    // it, and every file:line alert of the SARIF (15 Pinned-Dependencies, 4 Token-Permissions) is
    // found there. The SARIF itself was committed in 2ba152d.
    commit: '36fc7c4b468c7a87e5984c1cdae5768b48067cac',
    scorecardVersion: 'v5.0.0',
    source:
      'https://glama.ai/mcp/servers/@AI-Riksarkivet/ra-mcp/blob/5ac1d4604bd5b4273e89442b02b9df3db1089abf/results.sarif (the repository\'s results.sarif)',
    date: '2026-02-06',
    scores: { 'Dependency-Update-Tool': 0, Fuzzing: 0, 'Pinned-Dependencies': 1, SAST: 0, 'Token-Permissions': 0 },
    notFailing: ['Binary-Artifacts', 'Dangerous-Workflow', 'License', 'Packaging', 'Security-Policy'],
    warn: { 'Pinned-Dependencies': 15, 'Token-Permissions': 4 },
  },
  {
    repo: 'robpike/lisp',
    commit: 'e311180f2a0d4ddb7469b9c303e0b152f2e8c4f6',
    scorecardVersion: 'v5.1.1-14-g9c2d4b23',
    source: "deps.dev's project record for github.com/robpike/lisp (its scorecard field), quoted in a public Go deps.dev client's test",
    date: '2025-03-10',
    scores: {
      'Binary-Artifacts': 10,
      'Dangerous-Workflow': -1,
      Fuzzing: 0,
      License: 10,
      Packaging: -1,
      'Pinned-Dependencies': -1,
      SAST: 0,
      'Security-Policy': 0,
      'Token-Permissions': -1,
    },
    warn: { 'Security-Policy': 4, Fuzzing: 1 },
  },
  {
    repo: 'Be-Secure/gitleaks',
    commit: '4497c5d99da546bae799cac674781866240f3c15',
    scorecardVersion: 'v4.13.1',
    source: `${BESECURE}/gitleaks/v8.18.4/scorecard/gitleaks-v8.18.4-scorecard-report.json`,
    date: '2024-08-29',
    scores: {
      'Binary-Artifacts': 10,
      'Dangerous-Workflow': 10,
      'Dependency-Update-Tool': 0,
      Fuzzing: 0,
      License: 10,
      Packaging: -1,
      'Pinned-Dependencies': 5,
      SAST: 10,
      'Security-Policy': 0,
      'Token-Permissions': 0,
    },
    warn: { 'Pinned-Dependencies': 11, 'Token-Permissions': 4, 'Security-Policy': 4 },
    differences: { Packaging: PACKAGING_RUNS },
  },
  {
    repo: 'Be-Secure/guardrails',
    commit: '3e3961b749d34a9fdfb347d531525673cab40256',
    scorecardVersion: 'v5.1.1',
    source: `${BESECURE}/guardrails/v0.5.9/scorecard/guardrails-v0.5.9-scorecard-report.json`,
    date: '2025-07-14',
    scores: {
      'Binary-Artifacts': 10,
      'Dangerous-Workflow': 10,
      'Dependency-Update-Tool': 0,
      Fuzzing: 0,
      License: 10,
      Packaging: -1,
      'Pinned-Dependencies': 0,
      SAST: 10,
      'Security-Policy': 0,
      'Token-Permissions': 0,
    },
    differences: { Packaging: PACKAGING_RUNS },
  },
  {
    repo: 'Be-Secure/BeSLighthouse',
    commit: '53383f3a6a6105961d75dbd7459c0fb34c36f735',
    scorecardVersion: 'v5.1.1',
    source: `${BESECURE}/BeSLighthouse/0.28.7/scorecard/BeSLighthouse-0.28.7-scorecard-report.json`,
    date: '2025-06-09',
    scores: {
      'Binary-Artifacts': 10,
      'Dangerous-Workflow': 10,
      'Dependency-Update-Tool': 0,
      Fuzzing: 0,
      License: 10,
      Packaging: -1,
      'Pinned-Dependencies': 0,
      SAST: 0,
      'Security-Policy': 0,
      'Token-Permissions': 0,
    },
  },
  {
    repo: 'Be-Secure/odxtools',
    commit: '65aa3f3cf3c60ccf99300b7b33595987e2aa844f',
    scorecardVersion: 'v4.13.1',
    source: `${BESECURE}/odxtools/7.2.0/scorecard/odxtools-7.2.0-scorecard-report.json`,
    date: '2024-07-10',
    scores: {
      'Binary-Artifacts': 10,
      'Dangerous-Workflow': 10,
      'Dependency-Update-Tool': 0,
      Fuzzing: 0,
      License: 10,
      Packaging: -1,
      'Pinned-Dependencies': 1,
      SAST: 10,
      'Security-Policy': 9,
      'Token-Permissions': 0,
    },
    warn: { 'Pinned-Dependencies': 16, 'Token-Permissions': 2, 'Security-Policy': 1 },
  },
  {
    repo: 'Be-Secure/BeSLab',
    commit: 'd3d5f0705797c6745744fea60d71be84def552dc',
    scorecardVersion: 'v5.1.1',
    source: `${BESECURE}/BeSLab/v0.2.4/scorecard/BeSLab-v0.2.4-scorecard-report.json`,
    date: '2025-06-20',
    scores: {
      'Binary-Artifacts': 10,
      'Dangerous-Workflow': 10,
      'Dependency-Update-Tool': 0,
      Fuzzing: 0,
      License: 10,
      Packaging: -1,
      'Pinned-Dependencies': 0,
      SAST: 0,
      'Security-Policy': 0,
      'Token-Permissions': 0,
    },
  },
  {
    repo: 'Be-Secure/chainloop',
    commit: 'c214a63d1a9b96adc1f6ed500ce5bbc1333d95f2',
    scorecardVersion: 'v4.13.1',
    source: `${BESECURE}/chainloop/v0.88.1/scorecard/chainloop-v0.88.1-scorecard-report.json`,
    date: '2024-05-24',
    scores: {
      'Binary-Artifacts': 10,
      'Dangerous-Workflow': 10,
      'Dependency-Update-Tool': 0,
      Fuzzing: 0,
      License: 10,
      Packaging: -1,
      'Pinned-Dependencies': 8,
      SAST: 10,
      'Security-Policy': 10,
      'Token-Permissions': 0,
    },
    warn: { 'Pinned-Dependencies': 5, 'Token-Permissions': 3, 'Security-Policy': 0 },
    differences: {
      Packaging: PACKAGING_RUNS,
      'Pinned-Dependencies': {
        sterling: 9,
        warn: 3,
        reason:
          'Scorecard version: v4.13.1 flagged `curl <raw.githubusercontent.com/…/<commit sha>/install.sh> | bash` as unpinned (3 of its 5 downloadThenRun warnings); v5.0.0 trusts a download pinned to a commit (ossf/scorecard#3694), as Sterling does. Sterling also counts the job-level reusable workflow `uses: …/test.yml@main` as an unpinned third-party action, which Scorecard does since v5.3.0 (#4681)',
      },
    },
  },
  {
    repo: 'Be-Secure/DiCE',
    commit: '55c105b278d6a34bf24850ef08ca07a0b809c128',
    scorecardVersion: 'v4.13.1',
    source: `${BESECURE}/DiCE/v0.11/scorecard/DiCE-v0.11-scorecard-report.json`,
    date: '2024-05-03',
    scores: {
      'Binary-Artifacts': 10,
      'Dangerous-Workflow': 10,
      'Dependency-Update-Tool': 0,
      Fuzzing: 0,
      License: 10,
      Packaging: -1,
      'Pinned-Dependencies': 0,
      SAST: 10,
      'Security-Policy': 0,
      'Token-Permissions': 0,
    },
    warn: { 'Pinned-Dependencies': 35, 'Token-Permissions': 8, 'Security-Policy': 4 },
    differences: { Packaging: PACKAGING_RUNS },
  },
];
