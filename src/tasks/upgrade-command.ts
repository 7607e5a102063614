/**
 * The command that upgrades a package, per package manager (from the extractor that read the
 * lockfile), where one is obviously right. Names and versions come from lockfiles (untrusted): a
 * command is offered only when both are plain tokens, so it can be pasted into a shell as is.
 */

export interface UpgradeTarget {
  /** Extractor id of the lockfile or manifest, e.g. `npm/package-lock`. */
  extractor: string;
  name: string;
  version: string;
  /** The package is a direct dependency (of the project that owns the lockfile). */
  direct: boolean;
  /** Only reachable as a development dependency. */
  devOnly: boolean;
}

const SAFE = /^[A-Za-z0-9@/._+~-]{1,214}$/;

type Builder = (t: UpgradeTarget) => string | undefined;

const dev = (t: UpgradeTarget, flag: string) => (t.devOnly ? ` ${flag}` : '');

/** Managers whose commands also move a transitive dependency say so with `transitive: true`. */
const BUILDERS: Readonly<Record<string, { build: Builder; transitive?: true }>> = {
  'npm/package-lock': { build: (t) => `npm install ${t.name}@${t.version}${dev(t, '--save-dev')}` },
  'npm/package-json': { build: (t) => `npm install ${t.name}@${t.version}${dev(t, '--save-dev')}` },
  'npm/yarn-lock': { build: (t) => `yarn add ${t.name}@${t.version}${dev(t, '--dev')}` },
  'npm/pnpm-lock': { build: (t) => `pnpm add ${t.name}@${t.version}${dev(t, '--save-dev')}` },
  'npm/bun-lock': { build: (t) => `bun add ${t.name}@${t.version}${dev(t, '--dev')}` },
  'python/poetry-lock': { build: (t) => `poetry add "${t.name}>=${t.version}"${dev(t, '--group dev')}` },
  'python/uv-lock': { build: (t) => `uv add "${t.name}>=${t.version}"${dev(t, '--dev')}` },
  'python/pdm-lock': { build: (t) => `pdm add "${t.name}>=${t.version}"${dev(t, '--dev')}` },
  'python/pipfile-lock': { build: (t) => `pipenv install "${t.name}>=${t.version}"${dev(t, '--dev')}` },
  'python/requirements': { build: (t) => `pip install "${t.name}==${t.version}"` },
  'go/go-mod': {
    build: (t) =>
      `go get ${t.name}@${t.version.startsWith('v') ? t.version : `v${t.version}`} && go mod tidy`,
    transitive: true,
  },
  'rust/cargo-lock': { build: (t) => `cargo update -p ${t.name} --precise ${t.version}`, transitive: true },
  'ruby/gemfile-lock': { build: (t) => `bundle update --conservative ${t.name}`, transitive: true },
  'php/composer-lock': { build: (t) => `composer require "${t.name}:^${t.version}"` },
  'php/composer': { build: (t) => `composer require "${t.name}:^${t.version}"` },
  'dotnet/csproj': { build: (t) => `dotnet add package ${t.name} --version ${t.version}` },
  'dotnet/packages-lock': { build: (t) => `dotnet add package ${t.name} --version ${t.version}` },
  'elixir/mix-lock': { build: (t) => `mix deps.update ${t.name}`, transitive: true },
  'dart/pubspec-lock': { build: (t) => `dart pub add ${t.name}:^${t.version}` },
};

/** The command, or undefined when none is obviously right (unknown manager, transitive, odd text). */
export function upgradeCommand(t: UpgradeTarget): string | undefined {
  const b = BUILDERS[t.extractor];
  if (!b || (!t.direct && b.transitive !== true)) return undefined;
  if (!SAFE.test(t.name) || !SAFE.test(t.version) || t.name.startsWith('-')) return undefined;
  return b.build(t);
}

/** How to force a transitive version where the manager has a mechanism for it. */
export function overrideHint(extractor: string, name: string, version: string): string | undefined {
  const pin = `"${name}": "${version}"`;
  switch (extractor) {
    case 'npm/package-lock':
      return `or force it with "overrides": { ${pin} } in package.json, then npm install`;
    case 'npm/yarn-lock':
      return `or force it with "resolutions": { ${pin} } in package.json, then yarn install`;
    case 'npm/pnpm-lock':
      return `or force it with "pnpm": { "overrides": { ${pin} } } in package.json, then pnpm install`;
    case 'npm/bun-lock':
      return `or force it with "overrides": { ${pin} } in package.json, then bun install`;
    default:
      return undefined;
  }
}
