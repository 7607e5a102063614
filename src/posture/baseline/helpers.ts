import type { BaselineEvidence } from '../../core/model/baseline.js';
import type { BaselineInput } from './input.js';
import { fileEvidence, notApplicable, pass, review, type Verdict, WORKFLOW_REASON } from './rule.js';

/** Files listed as evidence at most. */
export const MAX_EVIDENCE = 10;

export function filesEvidence(paths: readonly string[]): BaselineEvidence[] {
  return paths.slice(0, MAX_EVIDENCE).map((p) => fileEvidence(p));
}

/** The first heading containing one of `words` in the given documents. */
export function findHeading(
  input: BaselineInput,
  paths: ReadonlyArray<string | undefined>,
  words: readonly string[],
): BaselineEvidence | undefined {
  for (const path of paths) {
    if (path === undefined) continue;
    const h = input.headings(path).find((x) => words.some((w) => x.text.includes(w)));
    if (h) return fileEvidence(path, h.line);
  }
  return undefined;
}

/**
 * Requirements about what CI pipelines do: not applicable without any CI configuration in the
 * repository; otherwise they need the workflow analysis (or a forge fact) this build does not have.
 */
export function ciRule(input: BaselineInput, decide?: () => Verdict): Verdict {
  const ci = input.docs().ci;
  if (ci.length === 0) {
    return notApplicable(
      'no CI/CD configuration in the repository (looked for GitHub Actions, GitLab CI, CircleCI, Travis, Azure Pipelines, Jenkins, Buildkite, Drone, Woodpecker, AppVeyor, Cloud Build)',
    );
  }
  if (decide) return decide();
  return review(WORKFLOW_REASON, ...filesEvidence(ci));
}

/** An https URL, or a package URL (registries are reached over TLS). */
export function isSecureUri(uri: string): boolean {
  return (
    uri.startsWith('https://') || uri.startsWith('pkg:') || uri.startsWith('ssh://') || uri.startsWith('git@')
  );
}

/** True when the project declares it released something: version tags or distribution points. */
export function versionTags(input: BaselineInput): string[] {
  return (input.tags ?? []).filter((t) => {
    const v = t.startsWith('v') || t.startsWith('V') ? t.slice(1) : t;
    const c = v.charCodeAt(0);
    return c >= 48 && c <= 57 && v.includes('.');
  });
}

/**
 * A written policy: Sterling does not judge what a document says, so these need review; a section
 * whose heading has one of `words` (in SECURITY.md, CONTRIBUTING or GOVERNANCE) is listed.
 */
export function policy(i: BaselineInput, words: readonly string[]): Verdict {
  const d = i.docs();
  const paths = [i.raw.securityPolicy().files[0]?.path, d.contributing, d.governance];
  for (const path of paths) {
    if (path === undefined) continue;
    const h = i.headings(path).find((x) => words.some((w) => x.text.includes(w)));
    if (h)
      return review(
        `a written policy: review the section "${h.text.slice(0, 80)}"`,
        fileEvidence(path, h.line),
      );
  }
  return review(
    `a written policy: none found by its headings (${words.join(', ')}); review the project documentation`,
  );
}

/** Dependency manifests and lockfiles from the inventory (BR-05.01, QA-02.01). */
export function byDependencyFiles(i: BaselineInput, yes: string): Verdict {
  if (i.dependencyFiles === undefined)
    return review('the dependency inventory was not collected in this run');
  if (i.dependencyFiles.length > 0) {
    return pass(
      `${yes}: ${i.dependencyFiles.length} manifest/lockfile(s) read`,
      ...filesEvidence(i.dependencyFiles),
    );
  }
  if (i.insights()?.repository?.['no-third-party-packages'] === true) {
    return notApplicable(
      'the project declares it uses no third-party packages',
      i.insightsEvidence(['repository', 'no-third-party-packages']),
    );
  }
  return review(
    'no manifest or lockfile of a supported package manager found; check how the project declares its dependencies',
  );
}

/** Pass when `files` is not empty (they are the evidence), otherwise needs review. */
export function byFiles(files: readonly string[], yes: string, no: string): Verdict {
  return files.length > 0 ? pass(yes, ...filesEvidence(files)) : review(no);
}
