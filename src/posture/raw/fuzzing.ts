import type { Workspace } from '../../workspace/workspace.js';
import { isTestdataPath } from './files.js';
import { FUZZERS } from './fuzzers.js';

export interface FuzzerHit {
  /** Scorecard's fuzzer name, e.g. `GoBuiltInFuzzer`, `ClusterFuzzLite`. */
  name: string;
  /** Where it shows; none for integrations seen as a whole (ClusterFuzzLite). */
  locations: Array<{ path: string; line?: number; snippet?: string }>;
  scorecard: boolean;
}

export interface FuzzingFacts {
  fuzzers: FuzzerHit[];
  /** Files that matched a fuzzer's name pattern but could not be read. */
  unreadable: string[];
}

/** Locations kept per fuzzer (one finding each); the score needs only one. */
export const MAX_FUZZ_LOCATIONS = 100;

const CFLITE = '.clusterfuzzlite/Dockerfile';

/**
 * Fuzzers among `paths` (fuzz targets, OSS-Fuzz project folders). ClusterFuzzLite is configured
 * for the repository at its root: looked for among `allPaths` (the whole repository under
 * `--subpath`).
 */
export function collectFuzzing(
  ws: Workspace,
  paths: readonly string[],
  allPaths: readonly string[] = paths,
): FuzzingFacts {
  const fuzzers: FuzzerHit[] = [];
  const unreadable: string[] = [];
  const candidates = paths.filter((p) => !isTestdataPath(p));
  if (allPaths.includes(CFLITE)) {
    const read = ws.read(CFLITE);
    if (!read.ok) unreadable.push(CFLITE);
    else if (hasCommands(read.text, '#'))
      fuzzers.push({ name: 'ClusterFuzzLite', locations: [], scorecard: true });
  }
  const oss = ossFuzzProjects(candidates);
  if (oss.length > 0) {
    fuzzers.push({ name: 'OSSFuzz', locations: oss.map((path) => ({ path })), scorecard: false });
  }
  const byName = new Map<string, FuzzerHit>();
  for (const p of candidates) {
    const base = p.slice(p.lastIndexOf('/') + 1).toLowerCase();
    const specs = FUZZERS.filter((f) => f.suffixes.some((s) => base.endsWith(s)));
    if (specs.length === 0) continue;
    const read = ws.read(p);
    if (!read.ok) {
      unreadable.push(p);
      continue;
    }
    const lines = read.text.split('\n');
    for (const spec of specs) {
      const hit = byName.get(spec.name) ?? { name: spec.name, locations: [], scorecard: false };
      let found = 0;
      lines.forEach((line, i) => {
        const m = spec.pattern.exec(line);
        if (!m) return;
        found++;
        if (hit.locations.length < MAX_FUZZ_LOCATIONS)
          hit.locations.push({ path: p, line: i + 1, snippet: m[0] });
      });
      if (found > 0) {
        // Scorecard sees this fuzzer when one of its own rows matched.
        hit.scorecard ||= spec.scorecard;
        byName.set(spec.name, hit);
      }
    }
  }
  fuzzers.push(...byName.values());
  return { fuzzers, unreadable };
}

/** Scorecard's CheckFileContainsCommands: a line that is neither blank nor a comment. */
function hasCommands(text: string, comment: string): boolean {
  return text.split('\n').some((l) => {
    const t = l.trim();
    return t.length > 0 && !t.startsWith(comment);
  });
}

/**
 * An OSS-Fuzz project definition kept in the tree: a folder with project.yaml, build.sh and
 * Dockerfile (the layout of google/oss-fuzz's projects/<name>/). Scorecard asks the oss-fuzz
 * repository instead, which needs the network.
 */
function ossFuzzProjects(paths: readonly string[]): string[] {
  const set = new Set(paths);
  return paths.filter((p) => {
    if (!(p === 'project.yaml' || p.endsWith('/project.yaml'))) return false;
    const dir = p.slice(0, -'project.yaml'.length);
    return set.has(`${dir}build.sh`) && set.has(`${dir}Dockerfile`);
  });
}
