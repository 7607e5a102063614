import type { Workspace } from '../../workspace/workspace.js';
import { isTestdataPath } from './files.js';
import { readHead } from './head.js';
import { BINARY_EXTENSIONS, binaryMagic, HEAD_BYTES, isText } from './magic.js';

export interface BinaryFile {
  path: string;
  /** `magic` when the content announced a binary type, `extension` when a binary extension held non-text. */
  by: 'magic' | 'extension';
  type: string;
  /**
   * A Gradle wrapper JAR validated by a workflow. Scorecard excludes it only when that workflow
   * succeeded on the HEAD commit, which needs the forge; offline it stays unverified.
   */
  verified: boolean;
}

export interface BinaryArtifactFacts {
  files: BinaryFile[];
  /** The workflow that runs Gradle's wrapper validation action, if any. */
  gradleValidationWorkflow?: string;
}

const GRADLE_VALIDATION =
  /uses:\s*['"]?(gradle\/wrapper-validation-action@|gradle\/actions\/wrapper-validation@)/;

/**
 * Scorecard's Binary-Artifacts raw data: every file of `paths` (test data aside) whose head is a
 * binary. The Gradle wrapper validation workflow is looked for among `allPaths` (the root's
 * workflows, also under `--subpath`).
 */
export function collectBinaryArtifacts(
  ws: Workspace,
  paths: readonly string[],
  allPaths: readonly string[] = paths,
): BinaryArtifactFacts {
  const files: BinaryFile[] = [];
  for (const path of paths) {
    if (isTestdataPath(path)) continue;
    const head = readHead(ws.root, path, HEAD_BYTES);
    if (head === undefined || head.length === 0) continue;
    const magic = binaryMagic(head);
    if (magic !== undefined) {
      files.push({ path, by: 'magic', type: magic, verified: false });
      continue;
    }
    const ext = extension(path);
    if (BINARY_EXTENSIONS.has(ext) && !isText(head))
      files.push({ path, by: 'extension', type: ext, verified: false });
  }
  const facts: BinaryArtifactFacts = { files };
  if (files.some((f) => basename(f.path) === 'gradle-wrapper.jar')) {
    const wf = gradleValidationWorkflow(ws, allPaths);
    if (wf) facts.gradleValidationWorkflow = wf;
  }
  return facts;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Go's filepath.Ext without its dots (Scorecard strips every '.'). */
function extension(path: string): string {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot + 1);
}

function gradleValidationWorkflow(ws: Workspace, paths: readonly string[]): string | undefined {
  for (const p of paths) {
    const lower = p.toLowerCase();
    if (!lower.startsWith('.github/workflows/') || lower.slice('.github/workflows/'.length).includes('/'))
      continue;
    const read = ws.read(p);
    if (!read.ok) continue;
    if (read.text.split('\n').some((l) => GRADLE_VALIDATION.test(l))) return p;
  }
  return undefined;
}
