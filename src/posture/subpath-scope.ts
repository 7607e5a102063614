/**
 * What `--subpath DIR` changes for each check: the rule that raw/collect.ts and raw/git.ts
 * implement, written once for docs/posture.md and the README (a test keeps both and the check list
 * in sync). Scorecard looks at a repository's root; a package folder of a monorepo inherits the
 * repository's workflows, update tools and forge settings, and may have its own policy and license.
 */
export interface SubpathRule {
  check: string;
  /** What the check reads with `--subpath DIR`. */
  reads: string;
}

export const SUBPATH_SCOPE: readonly SubpathRule[] = [
  {
    check: 'Binary-Artifacts',
    reads: 'files under DIR; the Gradle wrapper validation workflow in the root `.github/workflows`',
  },
  { check: 'Branch-Protection', reads: 'the whole repository (forge), `CODEOWNERS` at the root' },
  { check: 'CI-Tests', reads: 'the whole repository (forge)' },
  { check: 'CII-Best-Practices', reads: 'the whole repository (forge)' },
  {
    check: 'Code-Review',
    reads: 'the last 30 first-parent changesets that change a file under DIR (a merge counts when it does)',
  },
  { check: 'Contributors', reads: 'the authors of the commits that change a file under DIR' },
  { check: 'Dangerous-Workflow', reads: 'the root `.github/workflows` (they run for the whole repository)' },
  {
    check: 'Dependency-Update-Tool',
    reads:
      "the root's configuration (`.github/dependabot.yml`, Renovate's locations, `.pyup.yml`, scala-steward): these tools are configured per repository",
  },
  {
    check: 'Fuzzing',
    reads:
      'fuzz targets and OSS-Fuzz project folders under DIR; ClusterFuzzLite in the root `.clusterfuzzlite/`',
  },
  { check: 'License', reads: "DIR's license file (`DIR/LICENSE`, `DIR/LICENSES/...`), else the root's" },
  {
    check: 'Maintained',
    reads:
      "the last 30 commits that change a file under DIR, counted when within 90 days; the repository's first commit decides whether it was created recently; forge facts are the repository's",
  },
  { check: 'Packaging', reads: 'the root `.github/workflows`' },
  {
    check: 'Pinned-Dependencies',
    reads: 'Dockerfiles and shell scripts under DIR; the root `.github/workflows`',
  },
  {
    check: 'SAST',
    reads: 'the root `.github/workflows`; `pom.xml` files under DIR and the root `pom.xml` (Sonar)',
  },
  {
    check: 'Security-Policy',
    reads:
      "DIR's policy (`DIR/SECURITY.md`, `DIR/.github/SECURITY.md`, `DIR/docs/SECURITY.md`, ...), else the root's",
  },
  { check: 'Signed-Releases', reads: 'the whole repository (forge releases)' },
  { check: 'Token-Permissions', reads: 'the root `.github/workflows`' },
  {
    check: 'Vulnerabilities',
    reads: 'the inventory: lockfiles and manifests under DIR (a root lockfile of a workspace is not read)',
  },
  { check: 'Webhooks', reads: 'the whole repository (forge)' },
];

/** The rule table as Markdown lines (docs/posture.md and README.md carry the same lines). */
export function subpathScopeTable(): string[] {
  return [
    '| check | with `--subpath DIR` it reads |',
    '|---|---|',
    ...SUBPATH_SCOPE.map((r) => `| ${r.check} | ${r.reads.replace(/\|/g, '\\|')} |`),
  ];
}
