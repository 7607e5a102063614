/**
 * Go module helpers shared by go/go-mod and go/vendor-modules: version and path checks, packages
 * (ecosystem `Go`, purl `pkg:golang/<namespace>/<name>@<version>` split at the last `/`) and how a
 * `replace` directive changes what gets built.
 */
import { posix } from 'node:path';
import type { Location, Package } from '../../../core/model/package.js';
import { makePackage } from '../../shared/package.js';
import { isDigit } from '../../shared/version-text.js';
import { parseGoVersion } from '../version.js';

export const ECOSYSTEM = 'Go';

/** Bounds on hostile files; real go.mod and modules.txt files are far below them. */
export const LIMITS = {
  maxBytes: 16 * 1024 * 1024,
  maxTokenLength: 4_096,
  maxModules: 100_000,
} as const;

/** A module version as go.mod and modules.txt write it: `v` + semver (pseudo-versions, `+incompatible`). */
export function isModuleVersion(text: string): boolean {
  return (
    text.length > 1 && text[0] === 'v' && isDigit(text.charCodeAt(1)) && parseGoVersion(text) !== undefined
  );
}

/** A replacement target without a version must be a directory: `./x`, `../x`, `/x` or `C:\x`. */
export function isLocalPath(text: string): boolean {
  return (
    text === '.' ||
    text === '..' ||
    text.startsWith('./') ||
    text.startsWith('../') ||
    text.startsWith('/') ||
    text.startsWith('.\\') ||
    text.startsWith('..\\') ||
    (text.length > 2 && text[1] === ':' && (text[2] === '\\' || text[2] === '/'))
  );
}

/** The folder a local replacement points at, relative to the scanned root; undefined when outside it. */
export function localFolder(goModFolder: string, target: string): string | undefined {
  if (target.startsWith('/') || target[1] === ':') return undefined;
  const rel = target.split('\\').join('/');
  const joined = posix.normalize(goModFolder === '.' ? rel : `${goModFolder}/${rel}`).replace(/\/$/, '');
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined === '' ? '.' : joined;
}

export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : path.slice(0, slash);
}

export interface GoPackageInit {
  path: string;
  version: string;
  locations: Location[];
  direct: boolean;
  /** The module path the code is imported under when a `replace` points it elsewhere. */
  replaces?: string;
}

export function makeGoPackage(init: GoPackageInit): Package {
  const slash = init.path.lastIndexOf('/');
  const pkg = makePackage({
    ecosystem: ECOSYSTEM,
    name: init.path,
    version: init.version,
    purlType: 'golang',
    ...(slash > 0
      ? { purlNamespace: init.path.slice(0, slash), purlName: init.path.slice(slash + 1) }
      : { purlName: init.path }),
    direct: init.direct,
    scopes: ['prod'],
  });
  pkg.locations = [...init.locations];
  if (init.replaces && init.replaces !== init.path) pkg.aliases = [init.replaces];
  return pkg;
}
