import type { Workspace } from '../../workspace/workspace.js';

/** A dependency update tool and the files that show it is configured (root-relative, compared lower-cased). */
export interface UpdateToolSpec {
  name: string;
  url: string;
  paths: readonly string[];
  /** False for detections Sterling adds to Scorecard v5's table (documented as deliberate). */
  scorecard: boolean;
  /** Also configured by a key in a JSON file (e.g. `renovate` in package.json). */
  jsonKey?: { path: string; key: string };
}

/** The detection table; add a tool by adding a row. */
export const UPDATE_TOOLS: readonly UpdateToolSpec[] = [
  {
    name: 'Dependabot',
    url: 'https://github.com/dependabot',
    paths: ['.github/dependabot.yml', '.github/dependabot.yaml'],
    scorecard: true,
  },
  {
    // https://docs.renovatebot.com/configuration-options/ (the files Renovate reads, in its order)
    name: 'RenovateBot',
    url: 'https://github.com/renovatebot/renovate',
    paths: [
      'renovate.json',
      'renovate.json5',
      '.github/renovate.json',
      '.github/renovate.json5',
      '.gitlab/renovate.json',
      '.gitlab/renovate.json5',
      '.renovaterc',
      '.renovaterc.json',
      '.renovaterc.json5',
    ],
    scorecard: true,
    jsonKey: { path: 'package.json', key: 'renovate' },
  },
  {
    name: 'PyUp',
    url: 'https://pyup.io/',
    paths: ['.pyup.yml', '.pyup.yaml'],
    scorecard: false,
  },
  {
    // https://github.com/scala-steward-org/scala-steward/blob/main/docs/repo-specific-configuration.md
    name: 'scala-steward',
    url: 'https://github.com/scala-steward-org/scala-steward',
    paths: [
      '.scala-steward.conf',
      'scala-steward.conf',
      '.github/.scala-steward.conf',
      '.github/scala-steward.conf',
      '.config/.scala-steward.conf',
      '.config/scala-steward.conf',
    ],
    scorecard: true,
  },
];

export interface DetectedTool {
  name: string;
  url: string;
  path: string;
  scorecard: boolean;
}

export interface DependencyUpdateFacts {
  tools: DetectedTool[];
}

/** Every configuration file of every tool in the table, in file order (Scorecard keeps looking after a hit). */
export function collectDependencyUpdateTools(ws: Workspace, paths: readonly string[]): DependencyUpdateFacts {
  const byPath = new Map<string, UpdateToolSpec>();
  for (const t of UPDATE_TOOLS) for (const p of t.paths) byPath.set(p, t);
  const tools: DetectedTool[] = [];
  for (const p of paths) {
    const t = byPath.get(p.toLowerCase());
    if (t) tools.push({ name: t.name, url: t.url, path: p, scorecard: t.scorecard });
  }
  for (const t of UPDATE_TOOLS) {
    if (!t.jsonKey || !paths.includes(t.jsonKey.path)) continue;
    if (hasTopLevelKey(ws, t.jsonKey.path, t.jsonKey.key)) {
      tools.push({ name: t.name, url: t.url, path: t.jsonKey.path, scorecard: false });
    }
  }
  return { tools };
}

function hasTopLevelKey(ws: Workspace, path: string, key: string): boolean {
  const read = ws.read(path);
  if (!read.ok) return false;
  try {
    const doc: unknown = JSON.parse(read.text);
    return typeof doc === 'object' && doc !== null && !Array.isArray(doc) && Object.hasOwn(doc, key);
  } catch {
    return false;
  }
}
