/**
 * Packaging facts: jobs that publish a package (Scorecard's IsPackagingWorkflow table, plus a few
 * publishing commands Scorecard does not know, marked `scorecard: false`), and the releasing and
 * GitHub Pages jobs Scorecard allows `contents: write` for.
 */
import { type JobMatch, type JobMatcher, matchJobs } from './job-matcher.js';
import type { Workflow } from './model.js';

const sc = (label: string, steps: JobMatcher['steps']): JobMatcher => ({ label, steps, scorecard: true });
const extra = (label: string, run: string[]): JobMatcher => ({ label, steps: [{ run }], scorecard: false });

/** Scorecard's list first (its order), then Sterling's additions. */
export const PACKAGING_MATCHERS: readonly JobMatcher[] = [
  sc('node publishing workflow using npm', [
    { uses: 'actions/setup-node', with: { 'registry-url': 'https://registry.npmjs.org' } },
    { run: ['npm.*publish'] },
  ]),
  sc('java publishing workflow using maven', [{ uses: 'actions/setup-java' }, { run: ['mvn.*deploy'] }]),
  sc('java publishing workflow using gradle', [{ uses: 'actions/setup-java' }, { run: ['gradle.*publish'] }]),
  sc('Scala publishing workflow using sbt-ci-release', [{ run: ['sbt.*ci-release'] }]),
  sc('ruby publishing workflow using gem', [{ run: ['gem.*push'] }]),
  sc('nuget publishing workflow', [{ run: ['nuget.*push'] }]),
  sc('docker publishing workflow', [{ run: ['docker.*push'] }]),
  sc('docker publishing workflow', [{ uses: 'docker/build-push-action' }]),
  sc('python publishing workflow using pypi', [{ uses: 'pypa/gh-action-pypi-publish' }]),
  sc('python publishing workflow using python-semantic-release', [
    { uses: 'relekang/python-semantic-release' },
  ]),
  sc('golang publishing workflow', [{ uses: 'goreleaser/goreleaser-action' }]),
  sc('rust publishing workflow using cargo', [{ run: ['cargo.*publish'] }]),
  sc('container publishing workflow using ko', [
    { uses: 'imjasonh/setup-ko' },
    { uses: 'ko-build/setup-ko' },
  ]),
  sc('publishing workflow using semantic-release', [{ run: ['npx.*semantic-release'] }]),
  sc('publishing workflow using elixir', [{ uses: 'erlef/setup-elixir' }, { run: ['.*hex.publish.*'] }]),
  // Sterling: publishing commands Scorecard's table misses
  extra('node publishing workflow using npm (any setup)', ['npm.*publish']),
  extra('node publishing workflow using pnpm or yarn', ['pnpm.*publish', 'yarn.*publish']),
  extra('python publishing workflow using twine, poetry, uv, flit or hatch', [
    'twine.*upload',
    'poetry.*publish',
    'uv.*publish',
    'flit.*publish',
    'hatch.*publish',
  ]),
  extra('java publishing workflow using gradle (any setup)', ['gradle.*publish']),
  extra('golang publishing workflow using the goreleaser command', ['goreleaser.*release']),
];

/** Scorecard's releasing jobs (they may need `contents: write`). */
export const RELEASING_MATCHERS: readonly JobMatcher[] = [
  sc('python publishing workflow using python-semantic-release', [
    { uses: 'relekang/python-semantic-release' },
  ]),
  sc('publishing workflow using semantic-release', [
    { run: ['npx.*semantic-release', 'pnpm.*semantic-release', 'yarn.*semantic-release'] },
  ]),
  sc('golang publishing workflow', [{ uses: 'actions/setup-go' }, { uses: 'goreleaser/goreleaser-action' }]),
  sc('SLSA publishing workflow using slsa-github-generator', [
    { uses: 'slsa-framework/slsa-github-generator/.github/workflows/builder_go_slsa3.yml' },
  ]),
  sc('SLSA publishing workflow using slsa-github-generator', [
    { uses: 'slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml' },
  ]),
  sc('mvn release workflow', [{ run: ['.*mvn.*release:prepare.*'] }]),
];

export const PAGES_MATCHERS: readonly JobMatcher[] = [
  sc('GitHub page deployment workflow using peaceiris/actions-gh-pages', [
    { uses: 'peaceiris/actions-gh-pages' },
  ]),
];

/** Jobs that publish packages; Scorecard's verdict is the first match with `scorecard: true`. */
export function packagingJobs(wf: Workflow): JobMatch[] {
  return matchJobs(wf, PACKAGING_MATCHERS);
}
