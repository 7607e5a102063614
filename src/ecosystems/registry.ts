import type { Extractor } from '../core/plugin/extractor.js';
import { dockerfileExtractor } from './container/dockerfile/index.js';
import { conanLockExtractor } from './cpp/conan-lock/index.js';
import { pubspecLockExtractor } from './dart/pubspec-lock/index.js';
import { csprojExtractor } from './dotnet/csproj/index.js';
import { depsJsonExtractor } from './dotnet/deps-json/index.js';
import { directoryPackagesPropsExtractor } from './dotnet/directory-packages-props/index.js';
import { packagesConfigExtractor } from './dotnet/packages-config/index.js';
import { packagesLockExtractor } from './dotnet/packages-lock/index.js';
import { mixLockExtractor } from './elixir/mix-lock/index.js';
import { githubActionsExtractor } from './github/actions/index.js';
import { goModExtractor } from './go/go-mod/index.js';
import { goWorkExtractor } from './go/go-work/index.js';
import { vendorModulesExtractor } from './go/vendor-modules/index.js';
import { cabalFreezeExtractor } from './haskell/cabal-freeze/index.js';
import { stackLockExtractor } from './haskell/stack-lock/index.js';
import { gradleLockfileExtractor } from './java/gradle-lockfile/index.js';
import { gradleVerificationMetadataExtractor } from './java/gradle-verification-metadata/index.js';
import { gradleVersionCatalogExtractor } from './java/gradle-version-catalog/index.js';
import { pomXmlExtractor } from './java/pom-xml/index.js';
import { bunLockExtractor } from './npm/bun-lock/index.js';
import { packageJsonExtractor } from './npm/package-json/index.js';
import { packageLockExtractor } from './npm/package-lock/index.js';
import { pnpmLockExtractor } from './npm/pnpm-lock/index.js';
import { yarnLockExtractor } from './npm/yarn-lock/index.js';
import { apkInstalledExtractor } from './os/apk-installed/index.js';
import { dpkgStatusExtractor } from './os/dpkg-status/index.js';
import { composerLockExtractor } from './php/composer-lock/index.js';
import { pdmLockExtractor } from './python/pdm-lock/index.js';
import { pipfileLockExtractor } from './python/pipfile-lock/index.js';
import { poetryLockExtractor } from './python/poetry-lock/index.js';
import { pylockExtractor } from './python/pylock/index.js';
import { pyprojectExtractor } from './python/pyproject/index.js';
import { requirementsExtractor } from './python/requirements/index.js';
import { uvLockExtractor } from './python/uv-lock/index.js';
import { renvLockExtractor } from './r/renv-lock/index.js';
import { gemfileLockExtractor } from './ruby/gemfile-lock/index.js';
import { cargoLockExtractor } from './rust/cargo-lock/index.js';
import { cyclonedxExtractor } from './sbom/cyclonedx/index.js';
import { spdxExtractor } from './sbom/spdx/index.js';
import { packageResolvedExtractor } from './swift/package-resolved/index.js';
import { podfileLockExtractor } from './swift/podfile-lock/index.js';
import { toolVersionsExtractor } from './tools/tool-versions/index.js';

/** Every extractor, sorted by id. Add new ones here; the contract test checks the list. */
export const EXTRACTORS: readonly Extractor[] = [
  dockerfileExtractor,
  conanLockExtractor,
  pubspecLockExtractor,
  csprojExtractor,
  depsJsonExtractor,
  directoryPackagesPropsExtractor,
  packagesConfigExtractor,
  packagesLockExtractor,
  mixLockExtractor,
  githubActionsExtractor,
  goModExtractor,
  goWorkExtractor,
  vendorModulesExtractor,
  cabalFreezeExtractor,
  stackLockExtractor,
  gradleLockfileExtractor,
  gradleVerificationMetadataExtractor,
  gradleVersionCatalogExtractor,
  pomXmlExtractor,
  bunLockExtractor,
  packageJsonExtractor,
  packageLockExtractor,
  pnpmLockExtractor,
  yarnLockExtractor,
  apkInstalledExtractor,
  dpkgStatusExtractor,
  composerLockExtractor,
  pdmLockExtractor,
  pipfileLockExtractor,
  poetryLockExtractor,
  pylockExtractor,
  pyprojectExtractor,
  requirementsExtractor,
  uvLockExtractor,
  renvLockExtractor,
  gemfileLockExtractor,
  cargoLockExtractor,
  cyclonedxExtractor,
  spdxExtractor,
  packageResolvedExtractor,
  podfileLockExtractor,
  toolVersionsExtractor,
];

export function extractorsFor(path: string): Extractor[] {
  return EXTRACTORS.filter((e) => e.matches(path));
}
