import type { BaselineEvidence } from '../../../core/model/baseline.js';
import { byApprovals, byForgeFlag } from '../forge.js';
import { byDependencyFiles, filesEvidence, findHeading, policy } from '../helpers.js';
import type { BaselineInput } from '../input.js';
import { FORGE_REASON, fail, notApplicable, pass, type Rule, review, type Verdict } from '../rule.js';
import { binaries, testsInCi } from './qa-evidence.js';

function publicRepo(i: BaselineInput): Verdict {
  if (i.publicCloneUrl)
    return pass('the repository reads with no credentials at all', {
      kind: 'git',
      ref: `git ls-remote without credentials: ${i.publicCloneUrl.slice(0, 200)}`,
    });
  return byForgeFlag(i.forge, 'publiclyReadable', 'the repository is public', 'the repository is not public');
}

function publicHistory(i: BaselineInput): Verdict {
  const git = i.raw.git;
  if (!git.available) return review(`no git history to look at (${git.reason})`);
  const ev: BaselineEvidence = {
    kind: 'git',
    ref: `${git.commits.length}${git.truncated ? '+' : ''} commits with author and date${git.shallow ? ' (shallow clone)' : ''}`,
  };
  const pub = publicRepo(i);
  if (pub.status === 'pass')
    return pass('git records who changed what and when, and the repository is public', ev, ...pub.evidence);
  if (pub.status === 'fail')
    return fail('git records the history, but the repository is not public', ev, ...pub.evidence);
  return review(`git records who changed what and when; whether it is public ${FORGE_REASON}`, ev);
}

function sbom(i: BaselineInput): Verdict {
  const att = i.insights()?.repository?.release?.attestations ?? [];
  const n = att.findIndex((a) => {
    const p = a['predicate-uri'].toLowerCase();
    return p.includes('spdx') || p.includes('cyclonedx');
  });
  if (n >= 0)
    return pass(
      `an SBOM attestation is declared: ${att[n]!.name.slice(0, 80)}`,
      i.insightsEvidence(['repository', 'release', 'attestations', n]),
    );
  return byForgeFlag(
    i.forge,
    'releaseSbom',
    'release assets come with an SBOM',
    'release assets come without an SBOM',
  );
}

function codebases(i: BaselineInput): Verdict {
  const repos = i.insights()?.project?.repositories;
  if (repos)
    return pass(
      `${repos.length} repositor${repos.length === 1 ? 'y is' : 'ies are'} listed`,
      i.insightsEvidence(['project', 'repositories']),
    );
  return review(
    'whether the project spans several repositories is not in the checkout; list them in security-insights.yml project.repositories',
  );
}

/** OSPS-QA: quality. */
export const QA_RULES: readonly Rule[] = [
  {
    id: 'OSPS-QA-01.01',
    level: 1,
    title: 'The source repository is publicly readable at a stable URL',
    how: 'a git URL target that `git ls-remote` reads with no credentials (global config, helpers off); forge: repository visibility.',
    evaluate: publicRepo,
  },
  {
    id: 'OSPS-QA-01.02',
    level: 1,
    title: 'The change history (what, who, when) is publicly readable',
    how: 'git history present, and the repository public (read with no credentials, or forge).',
    evaluate: publicHistory,
  },
  {
    id: 'OSPS-QA-02.01',
    level: 1,
    title: 'The repository lists its direct dependencies where the package manager allows',
    how: 'inventory: manifests and lockfiles; not applicable when security-insights.yml declares no-third-party-packages.',
    evaluate: (i) => byDependencyFiles(i, 'dependencies are listed'),
  },
  {
    id: 'OSPS-QA-02.02',
    level: 3,
    title: 'Compiled release assets ship with an SBOM',
    how: 'security-insights.yml release attestation with an SPDX/CycloneDX predicate; forge: release assets.',
    evaluate: sbom,
  },
  {
    id: 'OSPS-QA-03.01',
    level: 2,
    title: 'Status checks pass (or are bypassed by hand) before changes reach the primary branch',
    how: 'forge: required status checks. Needs review without forge access.',
    evaluate: (i) =>
      byForgeFlag(
        i.forge,
        'requiredStatusChecks',
        'status checks are required before merging',
        'no status check is required before merging',
      ),
  },
  {
    id: 'OSPS-QA-04.01',
    level: 1,
    title: 'A multi-repository project lists its codebases',
    how: 'security-insights.yml project.repositories.',
    evaluate: codebases,
  },
  {
    id: 'OSPS-QA-04.02',
    level: 3,
    title: "Every subproject is held to the primary codebase's security requirements",
    how: 'not applicable when security-insights.yml lists one repository; otherwise needs review.',
    evaluate: (i) => {
      const repos = i.insights()?.project?.repositories;
      if (repos?.length === 1)
        return notApplicable(
          'the project declares a single repository',
          i.insightsEvidence(['project', 'repositories']),
        );
      return review('the subprojects\u2019 own settings are not in this checkout');
    },
  },
  {
    id: 'OSPS-QA-05.01',
    level: 1,
    title: 'No generated executables are committed',
    how: 'probe data hasBinaryArtifacts: executables and compiled libraries (fail when present; test data aside).',
    evaluate: (i) => binaries(i, true),
  },
  {
    id: 'OSPS-QA-05.02',
    level: 1,
    title: 'No unreviewable binary files are committed',
    how: 'probe data hasBinaryArtifacts: any binary artifact (fail when present; test data aside).',
    evaluate: (i) => binaries(i, false),
  },
  {
    id: 'OSPS-QA-06.01',
    level: 2,
    title: 'CI runs an automated test suite before changes are accepted',
    how: 'files: a test command (npm test, go test, pytest, cargo test, ...) in the CI configuration; otherwise needs review.',
    evaluate: testsInCi,
  },
  {
    id: 'OSPS-QA-06.02',
    level: 3,
    title: 'The documentation says when and how tests run',
    how: 'files: a testing section in CONTRIBUTING, a developer guide or the README.',
    evaluate: (i) => {
      const d = i.docs();
      const dev = i.raw.files.paths.filter((p) =>
        ['DEVELOPERS.md', 'DEVELOPMENT.md', 'HACKING.md', 'TESTING.md'].includes(p),
      );
      const h = findHeading(i, [d.contributing, ...dev, d.readme], ['test']);
      if (h) return pass('the documentation has a section on tests', h);
      return review(
        'no testing section in CONTRIBUTING, a developer guide or the README',
        ...filesEvidence(dev),
      );
    },
  },
  {
    id: 'OSPS-QA-06.03',
    level: 3,
    title: 'A policy says major changes add or update automated tests',
    how: 'needs review: a policy document; a matching section is listed as evidence.',
    evaluate: (i) => policy(i, ['test']),
  },
  {
    id: 'OSPS-QA-07.01',
    level: 3,
    title: "Merges to the primary branch need a non-author's approval",
    how: 'forge: required approvals. Needs review without forge access.',
    evaluate: (i) => byApprovals(i.forge),
  },
];
