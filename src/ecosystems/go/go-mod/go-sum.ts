/**
 * go.sum as a fallback for go.mod files older than Go 1.17: those list only the direct requirements
 * (and a few indirect ones), so the rest of the build is invisible. go.sum holds a hash line for each
 * module whose code was downloaded (`path version h1:...`; `path version/go.mod h1:...` lines are for
 * go.mod files only and are skipped). For each module path not in go.mod, the highest version with a
 * code hash is taken, as minimal version selection would. An approximation (go.sum may also hold
 * test-only dependencies of dependencies), said so in an info Diagnostic.
 */
import type { Location } from '../../../core/model/package.js';
import { compareSemver2 } from '../../shared/semver2.js';
import { parseGoVersion } from '../version.js';
import { isModuleVersion, LIMITS } from './module.js';

export interface SumModule {
  path: string;
  version: string;
  location: Location;
}

/** True when go.mod's `go` directive (absent means 1.16) predates module graph pruning (1.17). */
export function predatesPruning(goVersion: string | undefined): boolean {
  if (goVersion === undefined) return true;
  const v = parseGoVersion(goVersion);
  const pruning = parseGoVersion('1.17');
  return v !== undefined && pruning !== undefined && compareSemver2(v, pruning) < 0;
}

/** The highest code-hashed version of each module path in go.sum, in order of first appearance. */
export function readGoSum(text: string, path: string): SumModule[] {
  const best = new Map<string, SumModule>();
  if (text.length > LIMITS.maxBytes) return [];
  let lineNo = 0;
  let start = 0;
  while (start < text.length && best.size < LIMITS.maxModules) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const line = text.slice(start, end).trim();
    start = end + 1;
    const first = line.indexOf(' ');
    const second = first < 0 ? -1 : line.indexOf(' ', first + 1);
    if (second < 0) continue;
    const mod = line.slice(0, first);
    const version = line.slice(first + 1, second);
    if (version.endsWith('/go.mod') || !isModuleVersion(version)) continue;
    const seen = best.get(mod);
    const v = parseGoVersion(version)!;
    if (seen && compareSemver2(parseGoVersion(seen.version)!, v) >= 0) continue;
    best.set(mod, { path: mod, version, location: { path, line: lineNo } });
  }
  return [...best.values()];
}
