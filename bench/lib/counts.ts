/** Package counts computed independently of Sterling's extractor, to check the SBOM against. */
export interface LockfileCount {
  lockfileVersion: number | undefined;
  /** Installed entries (`node_modules/...` paths; links and first-party workspace folders excluded). */
  entries: number;
  /** Distinct name@version among them (the same version installed at several paths counts once). */
  unique: number;
  /** Distinct name@version found only as bundled dependencies (`inBundle`). */
  uniqueOnlyBundled: number;
}

interface LockEntry {
  name?: unknown;
  version?: unknown;
  link?: unknown;
  inBundle?: unknown;
  bundled?: unknown;
  dependencies?: unknown;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Counts the packages of a parsed package-lock.json or npm-shrinkwrap.json (v1, v2 or v3). */
export function countLockfile(lock: unknown): LockfileCount {
  const all = new Set<string>();
  const unbundled = new Set<string>();
  let entries = 0;
  const add = (name: string, version: unknown, bundled: boolean): void => {
    if (typeof version !== 'string') return;
    entries++;
    const key = `${name}@${version}`;
    all.add(key);
    if (!bundled) unbundled.add(key);
  };
  const version =
    isRecord(lock) && typeof lock.lockfileVersion === 'number' ? lock.lockfileVersion : undefined;
  if (isRecord(lock) && isRecord(lock.packages)) {
    for (const [path, raw] of Object.entries(lock.packages)) {
      const at = path.lastIndexOf('node_modules/');
      if (at < 0 || !isRecord(raw)) continue;
      const e = raw as LockEntry;
      if (e.link === true) continue;
      const name = typeof e.name === 'string' ? e.name : path.slice(at + 'node_modules/'.length);
      add(name, e.version, e.inBundle === true);
    }
  } else if (isRecord(lock) && isRecord(lock.dependencies)) {
    const walk = (deps: Record<string, unknown>, inBundle: boolean): void => {
      for (const [name, raw] of Object.entries(deps)) {
        if (!isRecord(raw)) continue;
        const e = raw as LockEntry;
        const bundled = inBundle || e.bundled === true;
        if (typeof e.version === 'string' && !e.version.startsWith('file:')) add(name, e.version, bundled);
        if (isRecord(e.dependencies)) walk(e.dependencies, bundled);
      }
    };
    walk(lock.dependencies, false);
  }
  return {
    lockfileVersion: version,
    entries,
    unique: all.size,
    uniqueOnlyBundled: all.size - unbundled.size,
  };
}

/** Components of a CycloneDX JSON BOM, nested ones included (metadata.component excluded). */
export function countCycloneDxComponents(json: string): number {
  const bom = JSON.parse(json) as { components?: unknown };
  const count = (list: unknown): number => {
    if (!Array.isArray(list)) return 0;
    let n = 0;
    for (const c of list) n += 1 + (isRecord(c) ? count(c.components) : 0);
    return n;
  };
  return count(bom.components);
}

/** Packages of an SPDX JSON document (the described root package included, if the format emits one). */
export function countSpdxPackages(json: string): number {
  const doc = JSON.parse(json) as { packages?: unknown };
  return Array.isArray(doc.packages) ? doc.packages.length : 0;
}
