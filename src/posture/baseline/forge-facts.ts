/**
 * BaselineForgeFacts from the forge facts posture reads: the primary branch's rules and classic
 * protection, the repository answer, private vulnerability reporting and the releases. A fact the
 * forge did not show (no access, hidden from a non-admin token) stays unset: its requirement says
 * needs-review. A required DCO/CLA check (LE-01.01) is set only when a required status check names
 * one. Not read, because GitHub shows them only to admins or organisation owners: MFA enforcement
 * (AC-01.01), the default member permission (AC-02.01), the default CI token permissions (AC-04.01).
 * Published advisories (VM-04.01): whether at least one is published (none is not a failure there:
 * the project may have had no vulnerability to publish).
 */
import type { BranchFacts, ForgeFactKey, ForgeFacts } from '../raw/forge/types.js';
import type { BaselineForgeFacts, ForgeFact } from './forge.js';
import { releaseAnswers } from './forge-releases.js';

/** The forge facts the Baseline reads (requested with the posture checks' own). */
export const BASELINE_FORGE_KEYS: readonly ForgeFactKey[] = [
  'branches',
  'privateVulnerabilityReporting',
  'publishedAdvisories',
  'releases',
  'repositoryFacts',
];

type Good<K extends keyof BranchFacts['rule']> = (v: NonNullable<BranchFacts['rule'][K]>) => boolean;

/**
 * A branch setting as a fact: with full visibility an unset value is "not required"; with only
 * rulesets visible, only a protective value is certain (hidden classic protection could add more).
 */
function setting<K extends keyof BranchFacts['rule']>(
  b: BranchFacts,
  key: K,
  good: Good<K>,
  fallback: NonNullable<BranchFacts['rule'][K]>,
): NonNullable<BranchFacts['rule'][K]> | undefined {
  const v = b.rule[key];
  if (b.visibility === 'full') return (v ?? fallback) as NonNullable<BranchFacts['rule'][K]>;
  if (b.visibility === 'rulesets' && v !== undefined && good(v as NonNullable<BranchFacts['rule'][K]>))
    return v as NonNullable<BranchFacts['rule'][K]>;
  return undefined;
}

function branchFacts(out: BaselineForgeFacts, repo: string, b: BranchFacts): void {
  const name = encodeURIComponent(b.name);
  const ref =
    b.visibility === 'full' && !b.classicUnavailable
      ? `GET /repos/${repo}/rules/branches/${name} + GET /repos/${repo}/branches/${name}/protection`
      : `GET /repos/${repo}/rules/branches/${name}`;
  const fact = <T>(value: T | undefined): ForgeFact<T> | undefined =>
    value === undefined ? undefined : { value, ref };
  const put = <K extends keyof BaselineForgeFacts>(k: K, f: BaselineForgeFacts[K] | undefined) => {
    if (f !== undefined) out[k] = f;
  };
  put('primaryBranchBlocksPush', fact(setting(b, 'pullRequestRequired', (v) => v, false)));
  const deletions = setting(b, 'allowDeletions', (v) => !v, true);
  put('primaryBranchBlocksDeletion', fact(deletions === undefined ? undefined : !deletions));
  put('requiredStatusChecks', fact(setting(b, 'requiresStatusChecks', (v) => v, false)));
  const prRequired = setting(b, 'pullRequestRequired', (v) => v, false);
  const approvals = prRequired === false ? 0 : setting(b, 'requiredApprovals', (v) => v >= 1, 0);
  put('requiredApprovals', fact(approvals));
  // A required DCO or CLA check settles LE-01.01; its absence does not (the check may run unrequired).
  if (b.rule.contexts.some(isContributorAssertion)) put('contributorAssertionRequired', fact(true));
}

/** A status check context that is a DCO or CLA check: `DCO`, `license/cla`, `cla/google`, `EasyCLA`. */
export function isContributorAssertion(context: string): boolean {
  const words = context.toLowerCase().split(/[^a-z0-9]+/);
  return words.some((w) => w === 'dco' || w === 'cla' || w === 'easycla' || w === 'clabot');
}

export function baselineForgeFacts(f: ForgeFacts): BaselineForgeFacts | undefined {
  if (f.unavailable || !f.repository) return undefined;
  const repo = f.repository;
  const out: BaselineForgeFacts = {};
  if (f.repositoryFacts.ok) {
    const ref = `GET /repos/${repo}`;
    const r = f.repositoryFacts.data;
    out.publiclyReadable = { value: !r.private, ref };
    // Issues off says nothing about discussions elsewhere: only "on" is a fact here.
    if (r.hasIssues || r.hasDiscussions) out.publicDiscussion = { value: !r.private, ref };
  }
  if (f.branches.ok) {
    const primary = f.branches.data[0];
    if (primary) branchFacts(out, repo, primary);
  }
  if (f.privateVulnerabilityReporting.ok)
    out.privateVulnerabilityReporting = {
      value: f.privateVulnerabilityReporting.data.enabled,
      ref: `GET /repos/${repo}/private-vulnerability-reporting`,
    };
  if (f.publishedAdvisories.ok) {
    const first = f.publishedAdvisories.data[0];
    out.publishedAdvisories = {
      value: first !== undefined,
      ref: `GET /repos/${repo}/security-advisories?state=published${first ? ` (${first.ghsaId})` : ''}`,
    };
  }
  if (f.releases.ok) {
    const ref = `GET /repos/${repo}/releases`;
    const a = releaseAnswers(f.releases.data);
    for (const k of ['releasesSigned', 'releaseSbom', 'releaseAssetsVersioned'] as const) {
      const v = a[k];
      if (v !== undefined) out[k] = { value: v, ref };
    }
  }
  return out;
}
