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
import { compareDigits, isDigit, stripLeadingZeros } from './shared/version-text.js';
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

/** The `N` of the first `+echo.N` in `text` (as osv.dev's `\+echo\.(\d+)` search), `'0'` when none. */
function echoBuild(text: string): string {
  for (let at = text.indexOf('+echo.'); at !== -1; at = text.indexOf('+echo.', at + 1)) {
    let end = at + 6;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    if (end > at + 6) return stripLeadingZeros(text.slice(at + 6, end));
  }
  return '0';
}

/**
 * Echo's secured npm and NuGet builds: `1.2.3+echo.1`. SemVer ignores build metadata, so the inner
 * order ties and the `+echo.N` number decides, as osv.dev orders them:
 * `1.2.3` < `1.2.3+echo.1` < `1.2.3+echo.2` < `1.2.4`.
 */
function withEchoBuild<V>(id: string, inner: VersionScheme<V>): VersionScheme<{ version: V; build: string }> {
  return {
    id,
    description: `Echo builds of ${inner.ecosystems.join(', ')}: ${inner.id} order, then the +echo.N build number.`,
    requirements: inner.requirements,
    ecosystems: inner.ecosystems.map((e) => `Echo:${e}`),
    parse(text) {
      const version = inner.parse(text);
      return version === undefined ? undefined : { version, build: echoBuild(text) };
    },
    compare: (a, b) => inner.compare(a.version, b.version) || compareDigits(a.build, b.build),
  };
}

/** `Echo:<suffix>`, the suffix matched case-insensitively (Echo's own feed writes `Echo:PyPi`). */
const ECHO_SUFFIXES = new Map<string, VersionScheme>([
  ['maven', mavenVersionScheme],
  ['npm', withEchoBuild('echo/npm', npmVersionScheme)],
  ['nuget', withEchoBuild('echo/nuget', dotnetVersionScheme)],
  ['pypi', pythonVersionScheme],
]);

/**
 * Ecosystems whose first `:` segment names the ecosystem that orders their versions (see the
 * osv-schema ecosystem list). `bare` serves the name alone (and an empty suffix); `named` the rest.
 * An unlisted suffix has no scheme: reported as unsupported, never guessed.
 *  - `Echo`: dpkg alone; `Echo:PyPI`, `Echo:Maven`, `Echo:npm`, `Echo:NuGet` for Echo's builds of them.
 *  - `Root`: `Root:{BaseDistro}:{Version}` (`Root:Alpine:3.18`, `Root:Debian:12`) and
 *    `Root:{PackageManager}` (`Root:PyPI`, `Root:npm`), each ordered by the named ecosystem's scheme.
 */
const SUFFIX_CHOSEN = new Map<
  string,
  { bare: VersionScheme | undefined; named: (rest: string) => VersionScheme | undefined }
>([
  ['Echo', { bare: debianVersionScheme, named: (rest) => ECHO_SUFFIXES.get(rest.toLowerCase()) }],
  ['Root', { bare: undefined, named: baseScheme }],
]);

/** A plain OSV ecosystem, with any release suffix: `Debian:12` orders as `Debian`. */
function baseScheme(ecosystem: string): VersionScheme | undefined {
  const exact = BY_ECOSYSTEM.get(ecosystem);
  if (exact) return exact;
  const colon = ecosystem.indexOf(':');
  return colon > 0 ? BY_ECOSYSTEM.get(ecosystem.slice(0, colon)) : undefined;
}

/**
 * The scheme for an OSV ecosystem name. Suffixes name a release and share the base ordering:
 * `Debian:12`, `Alpine:v3.20`, `Ubuntu:22.04:LTS`, `Red Hat:enterprise_linux:9::appstream`; for `Echo`
 * and `Root` the suffix names the ordering instead (`Echo:PyPI`, `Root:Alpine:3.18`).
 * `undefined` when Sterling has no scheme for it (report it as unsupported, never guess).
 */
export function schemeFor(ecosystem: string): VersionScheme | undefined {
  const colon = ecosystem.indexOf(':');
  const chosen = SUFFIX_CHOSEN.get(colon === -1 ? ecosystem : ecosystem.slice(0, colon));
  if (chosen === undefined) return baseScheme(ecosystem);
  const rest = colon === -1 ? '' : ecosystem.slice(colon + 1);
  return rest === '' ? chosen.bare : chosen.named(rest);
}
