import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAMES } from '../../config/constants.js';
import { noProjectConfig } from '../../config/defaults.js';
import type { LoadedProjectConfig } from '../../config/index.js';
import { npmPurl } from '../../ecosystems/npm/package.js';
import { EXTRACTORS } from '../../ecosystems/registry.js';
import { sbomTargetExtractor } from '../../ecosystems/sbom/target.js';
import type { BaselineOptions } from '../../posture/baseline/run.js';
import type { ForgeSettings } from '../../posture/forge/connect.js';
import type { RawFacts } from '../../posture/raw/collect.js';
import type { ForgeFacts } from '../../posture/raw/forge/types.js';
import type { PostureOptions } from '../../posture/run.js';
import type { UpdateProgress } from '../../vuln/db/index.js';
import type { VulnStageOptions } from '../../vuln/stage.js';
import type { WorkspaceOptions } from '../../workspace/options.js';
import { pathPattern } from '../../workspace/path-filter.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Project } from '../model/package.js';
import { SCAN_RESULT_SCHEMA_VERSION, type ScanResult } from '../model/scan-result.js';
import type { Extractor } from '../plugin/extractor.js';
import { STERLING_VERSION } from '../version.js';
import { extractAll, type FileSelection } from './extract.js';
import { openTarget } from './target.js';

export type ProgressEvent =
  | { stage: 'clone'; url: string; ref?: string }
  | { stage: 'checkout'; ref: string }
  | { stage: 'walk' }
  | { stage: 'extract'; path: string; done: number; total: number }
  | { stage: 'vulnerabilities'; text: string }
  | { stage: 'posture' }
  | { stage: 'baseline' };

export interface ScanOptions extends WorkspaceOptions {
  /** Time recorded as createdAt (default: now). The CLI passes SOURCE_DATE_EPOCH here. */
  createdAt?: Date;
  /** Leave timings out so that the same input gives byte-identical JSON. */
  reproducible?: boolean;
  /** Extractors to run (default: all registered). */
  extractors?: readonly Extractor[];
  onProgress?: (event: ProgressEvent) => void;
  /** For Sterling's own tests: allow file:// git URLs. */
  allowFileProtocol?: boolean;
  /** The project config file (`--config`); default: sterling.yaml at the target's root, if any. */
  configPath?: string;
  /**
   * Only read the files matching one of these patterns (`--include`); see workspace/path-filter.ts.
   * Lockfiles left out are listed as skipped.
   */
  include?: readonly string[];
  /** Do not read files matching these patterns (`--exclude`); folders are set by `excludeDirs`. */
  exclude?: readonly string[];
  /** Match the inventory against the local OSV database (left out: the section says it did not run). */
  vulnerabilities?: VulnStageOptions;
  /** Run the posture checks (left out: the section says it did not run). */
  posture?: PostureOptions;
  /**
   * Evaluate the OSPS Baseline (left out: the section says it did not run). `forgeSettings`: how to
   * read its repository settings from the forge (with posture, the same settings are used).
   */
  baseline?: Pick<BaselineOptions, 'forge'> & { forgeSettings?: ForgeSettings };
  /**
   * `--ref`: read a git repository (local folder or git URL) at this branch, tag or commit, from a
   * temporary checkout. Left out: a folder as it is on disk, a git URL at its default branch.
   */
  ref?: string;
  /**
   * `--subpath`: a folder of the target (relative to its root) that the inventory and the
   * file-based posture checks are scoped to; repository-level configuration still comes from the
   * root (see posture/raw/scope.ts).
   */
  subpath?: string;
}

const NOT_RUN_VULNS = 'vulnerability matching was not requested';
const NOT_RUN_POSTURE = 'posture checks were not requested';
const NOT_RUN_BASELINE = 'the OSPS Baseline evaluation was not requested';
const SBOM_TARGET = 'the target is an SBOM file, not a source tree';

/**
 * Scans a local folder, a single SBOM file (read with its SBOM extractor only) or a git URL (cloned
 * shallowly into a temporary folder, removed afterwards), optionally at a git ref and scoped to a
 * subpath (see target.ts), and returns the ScanResult. Never prints or exits; throws UserError subclasses for bad targets.
 */
export async function scan(target: string, options: ScanOptions = {}): Promise<ScanResult> {
  const started = performance.now();
  const createdAt = (options.createdAt ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const opened = await openTarget(target, options);
  const { ws, info, file, remote, subpath } = opened;
  try {
    const only = file === undefined ? undefined : sbomTargetExtractor(file);
    const config = await projectConfig(ws.root, options.configPath);
    options.onProgress?.({ stage: 'walk' });
    const walkStart = performance.now();
    const walked = file === undefined ? ws.walk(subpath) : { files: [file], skipped: [] };
    const extractStart = performance.now();
    const extractors = only ? [only] : (options.extractors ?? EXTRACTORS);
    const selection = fileSelection(options);
    const inventory = extractAll(ws, walked, extractors, options.onProgress, selection, subpath);
    const done = performance.now();
    const root = inventory.projects.find((p) => p.path === (subpath ?? '.'));
    info.name = root?.name || (subpath ? `${opened.folderName}/${subpath}` : opened.folderName);
    const diagnostics: Diagnostic[] = [];
    if (inventory.files.length === 0 && extractors.length > 0) {
      diagnostics.push({
        level: 'warning',
        code: 'nothing-found',
        message:
          selection && selection.include.length > 0
            ? `No supported lockfile or manifest matched --include ${selection.include.map((p) => p.text).join(', ')}, so the inventory is empty.`
            : 'No supported lockfile or manifest was found, so the inventory is empty.',
      });
    }
    const result: ScanResult = {
      schemaVersion: SCAN_RESULT_SCHEMA_VERSION,
      tool: { name: 'sterling', version: STERLING_VERSION },
      target: info,
      createdAt,
      inventory,
      vulnerabilities: { status: 'not-run', reason: NOT_RUN_VULNS },
      posture: { status: 'not-run', reason: NOT_RUN_POSTURE },
      baseline: { status: 'not-run', reason: NOT_RUN_BASELINE },
      diagnostics,
    };
    if (config.displayPath) {
      result.config = {
        path: config.displayPath,
        ...(config.config.vulnerabilities.failOn ? { failOn: config.config.vulnerabilities.failOn } : {}),
        ...(config.config.vulnerabilities.failOnTagged ? { failOnTagged: true } : {}),
      };
    }
    let matchMs = 0;
    if (options.vulnerabilities) {
      const matchStart = performance.now();
      const progress = options.onProgress;
      // Loaded on use: SQLite and the matcher are not needed for an SBOM.
      const { findVulnerabilities } = await import('../../vuln/stage.js');
      const vulns = await findVulnerabilities(
        inventory,
        {
          ...options.vulnerabilities,
          ...(progress
            ? { onProgress: (e) => progress({ stage: 'vulnerabilities', text: describeUpdate(e) }) }
            : {}),
        },
        { config, products: productIds(inventory.projects, subpath ?? '.') },
      );
      result.vulnerabilities = vulns.section;
      diagnostics.push(...vulns.diagnostics);
      matchMs = performance.now() - matchStart;
    }
    // Raw posture facts, collected once for posture and Baseline (loaded on use, like the probes).
    let raw: RawFacts | undefined;
    const rawFacts = async () => {
      const { collectRaw } = await import('../../posture/raw/collect.js');
      raw ??= await collectRaw(ws, { vulnerabilities: result.vulnerabilities }, subpath);
      return raw;
    };
    // Forge facts, read once for posture and the Baseline (only what the selected parts need).
    let forgeFacts: ForgeFacts | undefined;
    const forgeSettings = options.posture?.forge ?? options.baseline?.forgeSettings;
    if (forgeSettings && file === undefined && (options.posture || options.baseline)) {
      const { gatherForge } = await import('../../posture/forge/gather.js');
      forgeFacts = await gatherForge(forgeSettings, ws.root, {
        ...(options.posture ? { posture: { checks: options.posture.checks } } : {}),
        baseline: options.baseline !== undefined,
      });
    }
    let postureMs: number | undefined;
    if (options.posture) {
      const postureStart = performance.now();
      options.onProgress?.({ stage: 'posture' });
      if (file !== undefined) {
        result.posture = { status: 'not-run', reason: SBOM_TARGET };
      } else {
        // Loaded on use: an SBOM or inventory-only scan does not need the probes.
        const { runPosture } = await import('../../posture/run.js');
        // After matching, so that the Vulnerabilities check reads its section (the raw facts carry it).
        const facts = await rawFacts();
        const posture = forgeFacts ? { ...options.posture, forgeFacts } : options.posture;
        const report = await runPosture(ws, posture, {}, facts);
        // Maintainer annotations (sterling.yaml, scorecard.yml): shown with the checks, scores unchanged.
        const { annotatePosture } = await import('../../posture/annotations/index.js');
        const annotated = annotatePosture(report, {
          ws,
          paths: facts.files.paths,
          suppressions: config.suppressions,
          today: createdAt.slice(0, 10),
        });
        result.posture = annotated.report;
        diagnostics.push(...annotated.diagnostics);
      }
      postureMs = performance.now() - postureStart;
    }
    let baselineMs: number | undefined;
    if (options.baseline) {
      const baselineStart = performance.now();
      options.onProgress?.({ stage: 'baseline' });
      if (file !== undefined) {
        result.baseline = { status: 'not-run', reason: SBOM_TARGET };
      } else {
        const { runBaseline } = await import('../../posture/baseline/run.js');
        const { readableAnonymously } = await import('../../posture/baseline/public-url.js');
        const https = remote ? anonymousHttpsUrl(target) : undefined;
        const publicCloneUrl = https && (await readableAnonymously(https)) ? https : undefined;
        const { forgeSettings: _settings, ...given } = options.baseline;
        const { baselineForgeFacts } = await import('../../posture/baseline/forge-facts.js');
        const forge = forgeFacts ? baselineForgeFacts(forgeFacts) : undefined;
        const baselineOptions: BaselineOptions = {
          ...given,
          ...(forge ? { forge } : {}),
          ...(extractors.length > 0 ? { dependencyFiles: inventory.files.map((f) => f.path) } : {}),
          ...(publicCloneUrl ? { publicCloneUrl } : {}),
          ...(config.attestations.length > 0 ? { attestations: config.attestations } : {}),
        };
        result.baseline = await runBaseline(ws, baselineOptions, await rawFacts());
      }
      baselineMs = performance.now() - baselineStart;
    }
    if (!options.reproducible) {
      result.timings = {
        matchMs: round(matchMs),
        ...(postureMs === undefined ? {} : { postureMs: round(postureMs) }),
        ...(baselineMs === undefined ? {} : { baselineMs: round(baselineMs) }),
        walkMs: round(extractStart - walkStart),
        extractMs: round(done - extractStart),
        totalMs: round(performance.now() - started),
      };
    }
    return result;
  } finally {
    await opened.cleanup?.();
  }
}

/** The `--include` / `--exclude` file selection, or undefined when neither is given. */
function fileSelection(options: ScanOptions): FileSelection | undefined {
  const include = (options.include ?? []).flatMap((t) => pathPattern(t) ?? []);
  const exclude = (options.exclude ?? []).flatMap((t) => pathPattern(t) ?? []);
  return include.length > 0 || exclude.length > 0 ? { include, exclude } : undefined;
}

/**
 * The project config: the parser (YAML + schema) is loaded only when there is a file to read, so a
 * project without one pays nothing for it.
 */
async function projectConfig(root: string, explicit: string | undefined): Promise<LoadedProjectConfig> {
  if (explicit === undefined && !CONFIG_FILE_NAMES.some((n) => existsSync(join(root, n)))) {
    return noProjectConfig();
  }
  const { loadProjectConfig } = await import('../../config/load.js');
  return loadProjectConfig(root, explicit);
}

/** Identifiers of the scanned product: the id of the project at the scanned root (or subpath) and, for npm, its purl. */
function productIds(projects: readonly Project[], at: string): string[] {
  const root = projects.find((p) => p.path === at);
  if (!root) return [];
  const purl = root.ecosystem === 'npm' && root.version ? npmPurl(root.name, root.version) : undefined;
  return purl ? [root.id, purl] : [root.id];
}

function describeUpdate(e: UpdateProgress): string {
  if (e.stage === 'download') {
    const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;
    return `Downloading ${e.ecosystem} vulnerability data ${mb(e.bytes)}${e.total ? ` of ${mb(e.total)}` : ''}`;
  }
  if (e.stage === 'import') return `Importing ${e.ecosystem} vulnerability records: ${e.records}`;
  return `Vulnerability data for ${e.ecosystem} is up to date`;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** An https git URL without user info (a candidate for the anonymous read that shows it is public). */
function anonymousHttpsUrl(target: string): string | undefined {
  if (!target.startsWith('https://')) return undefined;
  try {
    const u = new URL(target);
    return u.username === '' && u.password === '' ? target : undefined;
  } catch {
    return undefined;
  }
}
