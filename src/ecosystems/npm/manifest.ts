import { InputError } from '../../core/errors/index.js';
import type { Scope } from '../../core/model/package.js';
import { parseJsonFile } from '../../core/parse/json.js';

/** The parts of a package.json that inventory needs. */
export interface PackageManifest {
  name?: string;
  version?: string;
  /** Declared dependencies in declaration order: [name, spec, scope]. */
  dependencies: Array<{ name: string; spec: string; scope: Scope }>;
  /** Workspace globs (`workspaces` array or `workspaces.packages`). */
  workspaces: string[];
}

const SECTIONS: ReadonlyArray<[string, Scope]> = [
  ['dependencies', 'prod'],
  ['devDependencies', 'dev'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses package.json text. Throws InputError naming the file when it is not a JSON object. */
export function parseManifest(text: string, path: string): PackageManifest {
  const data = parseJsonFile(text, path);
  if (!isRecord(data)) throw new InputError(`${path}: expected a JSON object`, { path });
  const out: PackageManifest = { dependencies: [], workspaces: [] };
  if (typeof data.name === 'string') out.name = data.name;
  if (typeof data.version === 'string') out.version = data.version;
  const seen = new Set<string>();
  for (const [key, scope] of SECTIONS) {
    const section = data[key];
    if (!isRecord(section)) continue;
    for (const [name, spec] of Object.entries(section)) {
      if (typeof spec !== 'string') continue;
      // optionalDependencies are also listed in dependencies by npm; the first section wins.
      if (seen.has(name) && scope !== 'dev') continue;
      seen.add(name);
      out.dependencies.push({ name, spec, scope });
    }
  }
  const ws = data.workspaces;
  const globs = Array.isArray(ws) ? ws : isRecord(ws) && Array.isArray(ws.packages) ? ws.packages : [];
  out.workspaces = globs.filter((g): g is string => typeof g === 'string');
  return out;
}
