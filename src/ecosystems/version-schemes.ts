import type { VersionScheme } from '../core/plugin/version-scheme.js';
import { alpineVersionScheme } from './alpine/version.js';
import { dartVersionScheme } from './dart/version.js';
import { debianVersionScheme } from './debian/version.js';
import { dotnetVersionScheme } from './dotnet/version.js';
import { erlangVersionScheme } from './erlang/version.js';
import { goVersionScheme } from './go/version.js';
import { haskellVersionScheme } from './haskell/version.js';
import { mavenVersionScheme } from './java/version.js';
import { npmVersionScheme } from './npm/version.js';
import { packagistVersionScheme } from './php/version.js';
import { pythonVersionScheme } from './python/version.js';
import { rVersionScheme } from './r/version.js';
import { rpmVersionScheme } from './rpm/version.js';
import { rubyVersionScheme } from './ruby/version.js';
import { rustVersionScheme } from './rust/version.js';
import { swiftVersionScheme } from './swift/version.js';

/**
 * Every version scheme, sorted by id. Add new ones here; the contract test checks the list and that no
 * OSV ecosystem is claimed by two schemes.
 */
export const VERSION_SCHEMES: readonly VersionScheme[] = [
  alpineVersionScheme,
  dartVersionScheme,
  debianVersionScheme,
  dotnetVersionScheme,
  erlangVersionScheme,
  goVersionScheme,
  haskellVersionScheme,
  mavenVersionScheme,
  npmVersionScheme,
  packagistVersionScheme,
  pythonVersionScheme,
  rVersionScheme,
  rpmVersionScheme,
  rubyVersionScheme,
  rustVersionScheme,
  swiftVersionScheme,
];

const BY_ECOSYSTEM = new Map<string, VersionScheme>();
for (const s of VERSION_SCHEMES) for (const e of s.ecosystems) BY_ECOSYSTEM.set(e, s);

/**
 * The scheme for an OSV ecosystem name. Suffixes name a release and share the base ordering:
 * `Debian:12`, `Alpine:v3.20`, `Ubuntu:22.04:LTS`, `Red Hat:enterprise_linux:9::appstream`.
 * `undefined` when Sterling has no scheme for it (report it as unsupported, never guess).
 */
export function schemeFor(ecosystem: string): VersionScheme | undefined {
  const exact = BY_ECOSYSTEM.get(ecosystem);
  if (exact) return exact;
  const colon = ecosystem.indexOf(':');
  return colon > 0 ? BY_ECOSYSTEM.get(ecosystem.slice(0, colon)) : undefined;
}
