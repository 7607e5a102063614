/**
 * Reads the forge once for a scan: the facts the selected posture checks need plus, when the OSPS
 * Baseline is evaluated, the repository settings it asks about. Undefined when nothing needs the forge.
 */
import { BASELINE_FORGE_KEYS } from '../baseline/forge-facts.js';
import { collectForge } from '../raw/forge/collect.js';
import type { ForgeFactKey, ForgeFacts } from '../raw/forge/types.js';
import { forgeKeysOf, selectChecks } from '../run.js';
import { connectForge, type ForgeSettings } from './connect.js';

export interface ForgeNeeds {
  /** The posture checks selected (left out: posture does not run; `checks` left out: all). */
  posture?: { checks?: readonly string[] };
  baseline: boolean;
}

export async function gatherForge(
  settings: ForgeSettings,
  root: string,
  needs: ForgeNeeds,
): Promise<ForgeFacts | undefined> {
  const wanted = new Set<ForgeFactKey>(needs.posture ? forgeKeysOf(selectChecks(needs.posture.checks)) : []);
  if (needs.baseline) for (const k of BASELINE_FORGE_KEYS) wanted.add(k);
  if (wanted.size === 0) return undefined;
  return collectForge(await connectForge(settings, root), wanted);
}
