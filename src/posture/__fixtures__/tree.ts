import { tempDir, writeTree } from '../../../test/helpers/tmp.js';
import type { WorkspaceOptions } from '../../workspace/options.js';
import { Workspace } from '../../workspace/workspace.js';
import { collectFiles } from '../raw/files.js';
import { type RawFacts, rawFacts } from '../raw/collect.js';

/** Raw facts of a folder built from an inline tree (not a git repository: the folder is walked). */
export async function rawOf(
  files: Record<string, string | Buffer>,
  options: WorkspaceOptions = {},
): Promise<RawFacts> {
  const dir = tempDir('sterling-posture-');
  writeTree(dir, files);
  return rawAt(dir, options);
}

export async function rawAt(dir: string, options: WorkspaceOptions = {}): Promise<RawFacts> {
  const ws = Workspace.open(dir, options);
  return rawFacts(ws, await collectFiles(ws, false), { available: false, reason: 'test tree' });
}
