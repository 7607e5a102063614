/**
 * github/actions: the actions and reusable workflows a GitHub workflow pulls in (`uses:` in steps and
 * in `jobs.<id>`). They run with the repository's token, so they are dependencies like any other:
 * ecosystem `GitHub Actions` (OSV), name `owner/repo`, version the ref. A full commit SHA is pinned
 * (and kept as `source.commit`), a version tag is pinned, anything else is taken for a branch and
 * reported unresolved. Composite actions (`action.yml`, `runs.steps[].uses`) are read the same way.
 * Local actions (`./path`) and `docker://` images are not packages here; each
 * becomes an info diagnostic naming why.
 *
 * purl: the purl spec has no `githubactions` type; the repository is `pkg:github/owner/repo@ref`. Uses
 * of several paths in one repository at one ref (`github/codeql-action/init@v3`, `.../analyze@v3`) are
 * one package (OSV advisories name the repository) with one location per `uses:` line.
 */
import type { Package } from '../../../core/model/package.js';
import { parseYamlFile } from '../../../core/parse/yaml.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { makePackage } from '../../shared/package.js';
import { scanUsesLines } from './lines.js';
import { parseUses } from './uses.js';

export const ECOSYSTEM = 'GitHub Actions';
const FILES = ['.github/workflows/*.yml', '.github/workflows/*.yaml', 'action.yml', 'action.yaml'] as const;
const ACTION_FILES = new Set(['action.yml', 'action.yaml']);

/** A workflow, or a composite action's metadata file (`action.yml`), whose steps use other actions. */
export function isActionsPath(path: string): boolean {
  return ACTION_FILES.has(path.slice(path.lastIndexOf('/') + 1)) || isWorkflowPath(path);
}
const DIR = '.github/workflows/';

/** A workflow file: directly inside `.github/workflows/` (GitHub reads no subfolder), `.yml`/`.yaml`. */
export function isWorkflowPath(path: string): boolean {
  if (!path.endsWith('.yml') && !path.endsWith('.yaml')) return false;
  const inner = path.lastIndexOf(`/${DIR}`);
  let name: string;
  if (inner >= 0) name = path.slice(inner + 1 + DIR.length);
  else if (path.startsWith(DIR)) name = path.slice(DIR.length);
  else return false;
  return name.length > 0 && !name.includes('/');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Every `uses:` value in document order: `jobs.<id>.uses` and `jobs.<id>.steps[].uses` in a workflow,
 * `runs.steps[].uses` in a composite action.
 */
function usesValues(doc: unknown): string[] {
  const out: string[] = [];
  if (isRecord(doc) && isRecord(doc.runs) && Array.isArray(doc.runs.steps)) {
    for (const step of doc.runs.steps)
      if (isRecord(step) && typeof step.uses === 'string') out.push(step.uses);
  }
  if (!isRecord(doc) || !isRecord(doc.jobs)) return out;
  for (const job of Object.values(doc.jobs)) {
    if (!isRecord(job)) continue;
    if (typeof job.uses === 'string') out.push(job.uses);
    if (!Array.isArray(job.steps)) continue;
    for (const step of job.steps) if (isRecord(step) && typeof step.uses === 'string') out.push(step.uses);
  }
  return out;
}

export function extractWorkflow(file: ExtractorFile): ExtractionOutput {
  const doc = parseYamlFile(file.text, file.path);
  const sink = new DiagnosticSink(file.path);
  const lines = scanUsesLines(file.text);
  let cursor = 0;
  const lineOf = (value: string): number | undefined => {
    for (let i = cursor; i < lines.length; i++) {
      if (lines[i]!.value !== value.trim()) continue;
      cursor = i + 1;
      return lines[i]!.line;
    }
    return undefined;
  };
  const byId = new Map<string, Package>();
  for (const value of usesValues(doc)) {
    const line = lineOf(value);
    const ref = parseUses(value);
    if (ref.kind === 'local') {
      sink.info('local-action', `${quote(value)} is an action in this repository, not a dependency`, line);
      continue;
    }
    if (ref.kind === 'docker') {
      sink.info(
        'docker-action',
        `${quote(value)} runs a container image directly; it is not read as an action (the container/dockerfile extractor covers images in Dockerfiles)`,
        line,
      );
      continue;
    }
    if (ref.kind === 'invalid') {
      sink.warn('invalid-uses', `uses: ${quote(value)} is ${ref.reason}; skipped`, line);
      continue;
    }
    const name = `${ref.owner}/${ref.repo}`;
    const unresolved = ref.refKind === 'branch';
    if (unresolved) {
      sink.info(
        'unpinned-action',
        `${quote(value)} refers to ${quote(ref.ref)}: a branch, not pinned (the code can change under the same ref; pin a full commit SHA)`,
        line,
      );
    }
    const pkg = makePackage({
      ecosystem: ECOSYSTEM,
      name,
      version: ref.ref,
      purlType: 'github',
      purlNamespace: ref.owner,
      purlName: ref.repo,
      resolution: unresolved ? 'unresolved' : 'pinned',
      source: ref.refKind === 'sha' ? { kind: 'registry', commit: ref.ref } : { kind: 'registry' },
      location: { path: file.path, ...(line ? { line } : {}) },
      scopes: ['dev'],
      direct: true,
    });
    const seen = byId.get(pkg.id);
    if (seen) seen.locations.push(...pkg.locations);
    else byId.set(pkg.id, pkg);
  }
  return { packages: [...byId.values()], projects: [], diagnostics: sink.finish() };
}

export const githubActionsExtractor: Extractor = {
  id: 'github/actions',
  description:
    'Reads GitHub workflow files (.github/workflows/*.yml) and composite actions (action.yml): actions and reusable workflows in uses:, with the ref as version (commit SHAs pinned, branches reported unresolved).',
  ecosystem: ECOSYSTEM,
  files: FILES,
  requirements: { network: false },
  matches: isActionsPath,
  extract: extractWorkflow,
};
