/**
 * Concrete actions for OSPS Baseline requirements that Sterling reports as `needs-review` only
 * because a file is missing (no evidence at all): adding the file makes them pass. Requirements met
 * by a shared change (SECURITY.md, LICENSE, CONTRIBUTING.md) are in changes.ts. Every other
 * `needs-review` (a forge setting, a written policy to judge) is left for the maintainer to review,
 * not made a task: Sterling cannot tell whether anything is missing.
 */
export interface BaselineAction {
  readonly title: string;
  readonly why: string;
  readonly minutes: number;
  readonly steps: readonly string[];
}

export const BASELINE_ACTIONS: Readonly<Record<string, BaselineAction>> = {
  'OSPS-BR-04.01': {
    title: 'Keep a change log (CHANGELOG.md)',
    why: 'Users need to see which release fixed what, security fixes included, to decide when to upgrade.',
    minutes: 15,
    steps: [
      'Create CHANGELOG.md at the root with one section per release (newest first), listing functional and security changes (https://keepachangelog.com).',
    ],
  },
  'OSPS-GV-01.01': {
    title: 'List the maintainers (MAINTAINERS.md or CODEOWNERS)',
    why: 'Users and reporters need to know who has access to the repository and releases.',
    minutes: 10,
    steps: [
      'Create MAINTAINERS.md at the root listing each maintainer (name, handle, what they have access to), or .github/CODEOWNERS.',
    ],
  },
  'OSPS-GV-01.02': {
    title: 'Describe roles and responsibilities (GOVERNANCE.md)',
    why: 'Contributors need to know who decides what, and how someone becomes a maintainer.',
    minutes: 30,
    steps: [
      'Create GOVERNANCE.md at the root: the roles (maintainer, contributor, ...), what each may do, and how decisions are made.',
    ],
  },
};

/** Effort of a failing requirement without a listed action (minutes); a forge setting is quicker. */
export const DEFAULT_FAIL_MINUTES = 30;
export const FORGE_SETTING_MINUTES = 10;
/** A shared file that exists but falls short of a requirement (add the missing part). */
export const PARTIAL_CHANGE_MINUTES = 10;
