import { byForgeFlag } from '../forge.js';
import { filesEvidence, findHeading, policy } from '../helpers.js';
import type { BaselineInput } from '../input.js';
import { fileEvidence, pass, type Rule, review, type Verdict } from '../rule.js';

function members(i: BaselineInput): Verdict {
  const si = i.insights();
  if (si?.project?.administrators.length)
    return pass(
      `${si.project.administrators.length} administrator(s) are listed`,
      i.insightsEvidence(['project', 'administrators']),
    );
  if (si?.repository?.['core-team'].length)
    return pass(
      `${si.repository['core-team'].length} core team member(s) are listed`,
      i.insightsEvidence(['repository', 'core-team']),
    );
  const files = i.docs().maintainers;
  if (files.length > 0) return pass('maintainers are listed', ...filesEvidence(files));
  return review(
    'no MAINTAINERS, CODEOWNERS or OWNERS file, and no administrators or core team in security-insights.yml',
  );
}

function roles(i: BaselineInput): Verdict {
  const g = i.docs().governance;
  if (g) return pass(`roles are described in ${g}`, fileEvidence(g));
  if (i.insights()?.repository?.documentation?.governance)
    return pass(
      'a governance document is declared',
      i.insightsEvidence(['repository', 'documentation', 'governance']),
    );
  const h = findHeading(i, [i.docs().contributing, i.docs().readme], ['governance', 'roles', 'maintainer']);
  if (h) return review('check that this section describes roles and responsibilities', h);
  return review('no GOVERNANCE document, and none declared in security-insights.yml');
}

function discussion(i: BaselineInput): Verdict {
  const t = i.docs().issueTemplates;
  if (t.length > 0)
    return pass('issue or discussion templates show a public tracker', ...filesEvidence(t.slice(0, 3)));
  const h = findHeading(
    i,
    [i.docs().contributing, i.docs().readme, i.docs().support],
    ['discussion', 'community', 'mailing list', 'chat', 'contact', 'getting help', 'support'],
  );
  if (h) return pass('the documentation points to a discussion channel', h);
  return byForgeFlag(
    i.forge,
    'publicDiscussion',
    'issues or discussions are open',
    'issues and discussions are disabled',
  );
}

function contributionProcess(i: BaselineInput, needGuide: boolean): Verdict {
  const c = i.docs().contributing;
  if (c) return pass(`contribution guide in ${c}`, fileEvidence(c));
  if (i.insights()?.repository?.documentation?.['contributing-guide'])
    return pass(
      'a contributing guide is declared',
      i.insightsEvidence(['repository', 'documentation', 'contributing-guide']),
    );
  const h = findHeading(i, [i.docs().readme], ['contribut']);
  if (h)
    return needGuide
      ? review('the README explains contributing; check that it states what a change needs to be accepted', h)
      : pass('the README explains how to contribute', h);
  return review('no CONTRIBUTING guide, contributing section in the README, or declared guide');
}

/** OSPS-GV: governance. */
export const GV_RULES: readonly Rule[] = [
  {
    id: 'OSPS-GV-01.01',
    level: 2,
    title: 'The documentation lists the members with access to sensitive resources',
    how: 'security-insights.yml administrators / core-team; MAINTAINERS, CODEOWNERS or OWNERS files.',
    evaluate: members,
  },
  {
    id: 'OSPS-GV-01.02',
    level: 2,
    title: "The documentation describes members' roles and responsibilities",
    how: 'files: GOVERNANCE; security-insights.yml repository.documentation.governance.',
    evaluate: roles,
  },
  {
    id: 'OSPS-GV-02.01',
    level: 1,
    title: 'There is a public place to discuss changes and usage problems',
    how: 'files: issue/discussion templates, a community/discussion section; forge: issues or discussions enabled.',
    evaluate: discussion,
  },
  {
    id: 'OSPS-GV-03.01',
    level: 1,
    title: 'The documentation explains how to contribute',
    how: 'files: CONTRIBUTING (root, .github/, docs/) or a contributing section in the README; security-insights.yml contributing-guide.',
    evaluate: (i) => contributionProcess(i, false),
  },
  {
    id: 'OSPS-GV-03.02',
    level: 2,
    title: 'A contributor guide states what makes a contribution acceptable',
    how: 'files: CONTRIBUTING; security-insights.yml contributing-guide (a README section needs review).',
    evaluate: (i) => contributionProcess(i, true),
  },
  {
    id: 'OSPS-GV-04.01',
    level: 3,
    title: 'A policy requires reviewing collaborators before granting them escalated permissions',
    how: 'needs review: a policy document; a matching section is listed as evidence.',
    evaluate: (i) => policy(i, ['permission', 'access', 'becoming a maintainer', 'committer']),
  },
];
