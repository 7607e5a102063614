import type { Scope } from '../../../core/model/package.js';
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import { quote } from '../../../core/util/quote.js';
import { isRecord } from '../boundary.js';
import { locationOf, npmPackage } from '../package.js';
import { type KeyFormat, type ParsedKey, parseKey, validName } from './dep-path.js';
import type { LockGraph } from './graph.js';
import { LIMITS } from './limits.js';
import { checkPackageEntry, checkSnapshotEntry } from './schema.js';
import { sourceOf } from './source.js';

/** State shared by the readers of one lockfile. */
export interface ReadContext {
  path: string;
  /** Folder of the lockfile, relative to the scanned root. */
  lockDir: string;
  format: KeyFormat;
  graph: LockGraph;
  sink: DiagnosticSink;
  /** Key lines per section (`packages`, `snapshots`, `importers`). */
  lines: Map<string, Map<string, number>>;
  /** Root-relative folder -> project id, for every importer. */
  workspaceFolders: ReadonlyMap<string, string>;
  /** Entries still allowed (LIMITS.maxEntries over all sections). */
  budget: { left: number };
}

const EXPECTED_KEY: Record<KeyFormat, string> = {
  v5: '/name/1.2.3',
  v6: '/name@1.2.3',
  v9: 'name@1.2.3',
};

/** Takes one entry from the budget; reports once when it runs out. */
export function spend(rc: ReadContext): boolean {
  if (rc.budget.left > 0) {
    rc.budget.left--;
    return true;
  }
  if (rc.budget.left === 0) {
    rc.budget.left = -1;
    rc.sink.warn(
      'too-many-entries',
      `more than ${LIMITS.maxEntries} entries; the rest of the file was not read. Check that this is a real pnpm lockfile.`,
    );
  }
  return false;
}

interface KeyedEntry {
  key: string;
  raw: unknown;
  parsed: ParsedKey;
  line: number | undefined;
}

/**
 * The entries of `section` (`packages`, `snapshots`) within the entry budget whose key parses and
 * whose value is a mapping (or empty); the others are reported and skipped.
 */
function* checkedEntries(
  entries: Record<string, unknown>,
  section: 'packages' | 'snapshots',
  rc: ReadContext,
): Generator<KeyedEntry> {
  const lines = rc.lines.get(section);
  for (const [key, raw] of Object.entries(entries)) {
    if (!spend(rc)) return;
    const line = lines?.get(key);
    const parsed = key.length <= LIMITS.maxKeyLength ? parseKey(key, rc.format) : undefined;
    if (!parsed) {
      rc.sink.warn(
        'invalid-entry',
        `${section}: ${quote(key)} is not a pnpm ${rc.format} dependency path (like ${EXPECTED_KEY[rc.format]}); entry skipped. Regenerate the lockfile with pnpm install.`,
        line,
      );
    } else if (raw !== null && raw !== undefined && !isRecord(raw)) {
      rc.sink.warn('invalid-entry', `${section}: ${quote(key)} is not a mapping; entry skipped.`, line);
    } else yield { key, raw, parsed, line };
  }
}

/** Scopes that a v5/v6 entry's `dev` / `optional` flags claim. */
function flagScopes(dev: boolean | undefined, optional: boolean | undefined): Scope[] {
  const out: Scope[] = [];
  if (dev === true) out.push('dev');
  if (optional === true) out.push('optional');
  else if (dev === false) out.push('prod');
  return out;
}

/** Reads `packages:`: one Package per name@version+source, every key registered in the graph. */
export function readPackages(section: Record<string, unknown>, rc: ReadContext): void {
  for (const { key, raw, parsed, line } of checkedEntries(section, 'packages', rc)) {
    const res = checkPackageEntry(raw);
    if (!res.ok) {
      rc.sink.warn('invalid-entry', `packages: ${quote(key)}: ${res.issue}; entry skipped.`, line);
      continue;
    }
    const entry = res.value;
    const source = sourceOf(entry.resolution, key, parsed, rc.lockDir);
    const member = source.kind === 'file' && source.url ? rc.workspaceFolders.get(source.url) : undefined;
    if (member) {
      // An injected workspace member (`file:packages/b`): first-party code, never a Package.
      rc.graph.markWorkspace(key, parsed.base, member);
      continue;
    }
    const name = entry.name ?? parsed.name;
    const version = entry.version ?? parsed.version ?? '';
    if (
      !name ||
      !validName(name) ||
      name.length > LIMITS.maxNameLength ||
      (!version && !(source.kind === 'git' && source.commit)) ||
      version.length > LIMITS.maxVersionLength
    ) {
      rc.sink.warn(
        'invalid-entry',
        `packages: ${quote(key)}: neither the key nor the entry's name/version fields give a usable package name and version; entry skipped.`,
        line,
      );
      continue;
    }
    const pkg = rc.graph.add(
      npmPackage({ name, version, source, location: locationOf(rc.path, line) }),
      key,
      parsed.base,
    );
    if (parsed.alias) rc.graph.addAlias(pkg, parsed.alias);
    rc.graph.seed(pkg, flagScopes(entry.dev, entry.optional));
    rc.graph.depend(pkg, entry.dependencies);
    rc.graph.depend(pkg, entry.optionalDependencies);
  }
}

/** Reads v9 `snapshots:`: the dependencies of each peer variant, merged into its package. */
export function readSnapshots(section: Record<string, unknown>, rc: ReadContext): void {
  for (const { key, raw, parsed, line } of checkedEntries(section, 'snapshots', rc)) {
    if (rc.graph.isWorkspaceKey(key) || rc.graph.isWorkspaceKey(parsed.base)) continue;
    const res = checkSnapshotEntry(raw);
    if (!res.ok) {
      rc.sink.warn('invalid-entry', `snapshots: ${quote(key)}: ${res.issue}; entry skipped.`, line);
      continue;
    }
    let pkg = rc.graph.lookup(key, parsed.base);
    if (pkg) rc.graph.alias(key, pkg);
    else if (parsed.name && parsed.version) {
      // A snapshot without its `packages:` entry: the key still names the package.
      pkg = rc.graph.add(
        npmPackage({
          name: parsed.name,
          version: parsed.version,
          location: locationOf(rc.path, line),
        }),
        key,
        parsed.base,
      );
    } else {
      rc.sink.warn(
        'invalid-entry',
        `snapshots: ${quote(key)} has no entry in packages:; its dependencies are not in the graph.`,
        line,
      );
      continue;
    }
    if (res.value.optional) rc.graph.seed(pkg, ['optional']);
    rc.graph.depend(pkg, res.value.dependencies);
    rc.graph.depend(pkg, res.value.optionalDependencies);
  }
}
