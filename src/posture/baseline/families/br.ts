import { byForgeFlag } from '../forge.js';
import { byDependencyFiles, ciRule, filesEvidence, isSecureUri, policy, versionTags } from '../helpers.js';
import type { BaselineInput } from '../input.js';
import { fail, fileEvidence, pass, type Rule, review, type Verdict } from '../rule.js';
import { committedPrivateKeys, secretScannerFiles } from '../secrets.js';
import { byDangerousWorkflow } from '../workflow-rules.js';
import { insightsUrls } from './insights-urls.js';

const NO_SI = 'Sterling cannot tell which URIs are official; declare them in security-insights.yml';

function channels(i: BaselineInput): Verdict {
  const si = i.insights();
  if (!si) return review(NO_SI);
  const urls = insightsUrls(si);
  const plain = urls.filter((u) => !u.value.startsWith('https://'));
  if (plain.length > 0) {
    return fail(
      `${plain.length} declared URL(s) are not https, e.g. ${plain[0]!.value.slice(0, 100)}`,
      ...plain.slice(0, 10).map((u) => i.insightsEvidence(u.path)),
    );
  }
  return pass(
    `all ${urls.length} URLs declared in security-insights.yml use https`,
    ...urls.slice(0, 3).map((u) => i.insightsEvidence(u.path)),
  );
}

function distribution(i: BaselineInput): Verdict {
  const points = i.insights()?.repository?.release?.['distribution-points'];
  if (!points)
    return review(
      'no distribution points declared (security-insights.yml repository.release.distribution-points)',
    );
  const bad = points.flatMap((p, n) => (isSecureUri(p.uri) ? [] : [n]));
  const ev = (n: number) => i.insightsEvidence(['repository', 'release', 'distribution-points', n, 'uri']);
  if (bad.length > 0)
    return fail(
      `${bad.length} distribution point(s) are not reached over an authenticated channel (https, pkg:, ssh)`,
      ...bad.map(ev),
    );
  return pass(
    `all ${points.length} distribution points use https, ssh or a package registry`,
    ...points.map((_, n) => ev(n)).slice(0, 10),
  );
}

function releaseIds(i: BaselineInput): Verdict {
  if (i.tags === undefined) return review('no git history to find release tags in');
  const tags = versionTags(i);
  if (tags.length > 0) {
    return pass(`${tags.length} version tag(s) in git; a git tag names one commit`, {
      kind: 'git',
      ref: `tags: ${tags.slice(-3).join(', ')}`,
    });
  }
  return review(
    'no version tags in the checkout (a shallow clone has none); releases on the forge need forge access',
  );
}

function changelog(i: BaselineInput): Verdict {
  const file = i.docs().changelog;
  if (file) return pass(`change log in ${file}`, fileEvidence(file));
  if (i.insights()?.repository?.release?.changelog) {
    return pass('a change log is declared', i.insightsEvidence(['repository', 'release', 'changelog']));
  }
  return review(
    'no change log file (CHANGELOG, CHANGES, HISTORY, NEWS, RELEASES) and none declared; release notes on the forge need forge access',
  );
}

function signedReleases(i: BaselineInput): Verdict {
  const si = i.insights();
  if ((si?.repository?.release?.attestations?.length ?? 0) > 0) {
    return pass(
      'release attestations are declared',
      i.insightsEvidence(['repository', 'release', 'attestations']),
    );
  }
  if (si?.project?.documentation?.['signature-verification']) {
    return pass(
      'signature verification of releases is documented',
      i.insightsEvidence(['project', 'documentation', 'signature-verification']),
    );
  }
  return byForgeFlag(
    i.forge,
    'releasesSigned',
    'releases carry signatures',
    'releases carry no signature or signed manifest',
  );
}

function secrets(i: BaselineInput): Verdict {
  const keys = committedPrivateKeys(i);
  if (keys.length > 0)
    return fail(`${keys.length} private key file(s) are committed`, ...filesEvidence(keys));
  const tools = i.insights()?.repository?.security.tools ?? [];
  const n = tools.findIndex((t) => t.type === 'secret');
  if (n >= 0)
    return pass(
      `secret scanning declared: ${tools[n]!.name}`,
      i.insightsEvidence(['repository', 'security', 'tools', n]),
    );
  const files = secretScannerFiles(i);
  if (files.length > 0) return pass('a secret scanner is configured', ...filesEvidence(files));
  return review(
    'no committed private key found, but no secret scanning either (gitleaks, detect-secrets, trufflehog, or a `secret` tool in security-insights.yml); forge-side secret scanning needs forge access',
  );
}

/** OSPS-BR: build and release. */
export const BR_RULES: readonly Rule[] = [
  {
    id: 'OSPS-BR-01.01',
    level: 1,
    title: 'CI sanitises untrusted metadata (branch names, titles) before use',
    how: 'not applicable without CI configuration; GitHub workflows: fail on each script injection of untrusted input (hasDangerousWorkflowScriptInjection: pull request titles, branch names, ... expanded into run scripts), pass when none; needs review when a workflow could not be read or other CI systems are configured.',
    evaluate: (i) =>
      byDangerousWorkflow(
        i,
        'hasDangerousWorkflowScriptInjection',
        'script injection(s) of untrusted input in run scripts',
        'no untrusted input is expanded into run scripts',
      ),
  },
  {
    id: 'OSPS-BR-01.03',
    level: 1,
    title: 'CI runs on untrusted code cannot reach privileged credentials',
    how: 'not applicable without CI configuration; GitHub workflows: fail on each checkout of untrusted code in a privileged trigger (hasDangerousWorkflowUntrustedCheckout: pull_request_target, workflow_run), pass when none; needs review when a workflow could not be read or other CI systems are configured.',
    evaluate: (i) =>
      byDangerousWorkflow(
        i,
        'hasDangerousWorkflowUntrustedCheckout',
        'checkout(s) of untrusted code in a privileged workflow',
        'no privileged workflow checks out untrusted code',
      ),
  },
  {
    id: 'OSPS-BR-01.04',
    level: 3,
    title: 'CI sanitises input from trusted collaborators too',
    how: 'not applicable without CI configuration; otherwise needs review: needs workflow analysis.',
    evaluate: (i) => ciRule(i),
  },
  {
    id: 'OSPS-BR-02.01',
    level: 2,
    title: 'Each release has a unique version identifier',
    how: 'git: version tags (v1.2.3, 1.2). Needs review without tags.',
    evaluate: releaseIds,
  },
  {
    id: 'OSPS-BR-02.02',
    level: 3,
    title: 'Every release asset is tied to the release identifier',
    how: 'forge: release asset names. Needs review without forge access.',
    evaluate: (i) =>
      byForgeFlag(
        i.forge,
        'releaseAssetsVersioned',
        'release assets carry the version',
        'some release assets do not carry the version',
      ),
  },
  {
    id: 'OSPS-BR-03.01',
    level: 1,
    title: 'Official project channels are served over encrypted connections',
    how: 'security-insights.yml: every declared URL is https (fail on http). Needs review without the file.',
    evaluate: channels,
  },
  {
    id: 'OSPS-BR-03.02',
    level: 1,
    title: 'Distribution channels are authenticated against tampering in transit',
    how: 'security-insights.yml repository.release.distribution-points: https, ssh or pkg: URIs (fail otherwise).',
    evaluate: distribution,
  },
  {
    id: 'OSPS-BR-04.01',
    level: 2,
    title: 'Releases come with a log of functional and security changes',
    how: 'files: CHANGELOG/CHANGES/HISTORY/NEWS/RELEASES; security-insights.yml repository.release.changelog.',
    evaluate: changelog,
  },
  {
    id: 'OSPS-BR-05.01',
    level: 2,
    title: 'The build pulls dependencies with standard tooling',
    how: 'inventory: manifests and lockfiles read by the extractors; not applicable when security-insights.yml declares no-third-party-packages.',
    evaluate: (i) => byDependencyFiles(i, 'dependencies come through package managers'),
  },
  {
    id: 'OSPS-BR-06.01',
    level: 2,
    title: 'Releases are signed, or listed with hashes in a signed manifest',
    how: 'security-insights.yml release attestations or signature-verification docs; forge: release signatures.',
    evaluate: signedReleases,
  },
  {
    id: 'OSPS-BR-07.01',
    level: 1,
    title: 'Secrets and credentials are kept out of version control',
    how: 'files: committed private keys outside test folders fail; secret-scanner configuration (gitleaks, detect-secrets, trufflehog) or a `secret` tool in security-insights.yml pass.',
    evaluate: secrets,
  },
  {
    id: 'OSPS-BR-07.02',
    level: 3,
    title: 'A written policy covers storing, accessing and rotating secrets',
    how: 'needs review: a policy document (Sterling does not judge what a policy says); a matching section is listed as evidence.',
    evaluate: (i) => policy(i, ['secret', 'credential']),
  },
];
