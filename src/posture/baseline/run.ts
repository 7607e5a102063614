import type { BaselineReport } from '../../core/model/baseline.js';
import type { Workspace } from '../../workspace/workspace.js';
import { collectRaw, type RawFacts } from '../raw/collect.js';
import { gitRead } from '../raw/git.js';
import { readHead } from '../raw/head.js';
import type { BaselineAttestation } from './attest.js';
import { evaluateBaseline } from './evaluate.js';
import type { BaselineForgeFacts } from './forge.js';
import { baselineInput } from './input.js';

export interface BaselineOptions {
  /** Manifests and lockfiles the inventory read; left out when no inventory was collected. */
  dependencyFiles?: readonly string[];
  /** The https git URL the target was cloned from, when it also reads with no credentials at all. */
  publicCloneUrl?: string;
  /** Repository settings from the forge (no forge client is wired in yet). */
  forge?: BaselineForgeFacts;
  /** Maintainers' attestations (sterling.yaml `baseline.attest`). */
  attestations?: readonly BaselineAttestation[];
}

/** Tags read at most. */
const MAX_TAGS = 10_000;

async function tagsOf(ws: Workspace, raw: RawFacts): Promise<string[] | undefined> {
  if (!raw.git.available) return undefined;
  try {
    const out = await gitRead(ws.root, ['tag', '--list'], 4 * 1024 * 1024);
    return out.split('\n').filter(Boolean).slice(0, MAX_TAGS);
  } catch {
    return undefined;
  }
}

/** Evaluates every Baseline requirement on a workspace (raw facts are collected unless given). */
export async function runBaseline(
  ws: Workspace,
  options: BaselineOptions = {},
  given?: RawFacts,
): Promise<BaselineReport> {
  const raw = given ?? (await collectRaw(ws));
  const tags = await tagsOf(ws, raw);
  const input = baselineInput({
    raw,
    read: (path) => {
      const r = ws.read(path);
      return r.ok ? r.text : undefined;
    },
    readHead: (path, bytes) => readHead(ws.root, path, bytes),
    ...(options.dependencyFiles ? { dependencyFiles: options.dependencyFiles } : {}),
    ...(tags ? { tags } : {}),
    ...(options.publicCloneUrl ? { publicCloneUrl: options.publicCloneUrl } : {}),
    ...(options.forge ? { forge: options.forge } : {}),
  });
  return evaluateBaseline(input, options.attestations);
}
