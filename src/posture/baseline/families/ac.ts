import { byForgeFlag } from '../forge.js';
import { ciRule } from '../helpers.js';
import type { Rule } from '../rule.js';
import { byTokenPermissions } from '../workflow-rules.js';

/** OSPS-AC: access control. Repository and CI settings live on the forge. */
export const AC_RULES: readonly Rule[] = [
  {
    id: 'OSPS-AC-01.01',
    level: 1,
    title: 'Collaborators must pass multi-factor authentication to touch sensitive resources',
    how: 'forge: the owner requires MFA. Needs review without forge access.',
    evaluate: (i) =>
      byForgeFlag(
        i.forge,
        'mfaRequired',
        'the owner requires multi-factor authentication',
        'the owner does not require multi-factor authentication',
      ),
  },
  {
    id: 'OSPS-AC-02.01',
    level: 1,
    title: 'New collaborators start with the lowest permissions, or get them assigned by hand',
    how: 'forge: the default permission of new members. Needs review without forge access.',
    evaluate: (i) =>
      byForgeFlag(
        i.forge,
        'leastPrivilegeDefault',
        'new collaborators get the lowest permission by default',
        'new collaborators get more than the lowest permission by default',
      ),
  },
  {
    id: 'OSPS-AC-03.01',
    level: 1,
    title: 'Direct commits to the primary branch are blocked',
    how: 'forge: branch rules or protection of the primary branch. Needs review without forge access.',
    evaluate: (i) =>
      byForgeFlag(
        i.forge,
        'primaryBranchBlocksPush',
        'the primary branch refuses direct pushes',
        'the primary branch accepts direct pushes',
      ),
  },
  {
    id: 'OSPS-AC-03.02',
    level: 1,
    title: 'Deleting the primary branch needs explicit confirmation',
    how: 'forge: branch rules or protection of the primary branch. Needs review without forge access.',
    evaluate: (i) =>
      byForgeFlag(
        i.forge,
        'primaryBranchBlocksDeletion',
        'the primary branch cannot be deleted',
        'the primary branch can be deleted',
      ),
  },
  {
    id: 'OSPS-AC-04.01',
    level: 2,
    title: 'CI jobs that declare no permissions get the lowest ones',
    how: 'not applicable without CI configuration in the repository; otherwise forge: the default CI token permissions.',
    evaluate: (i) =>
      ciRule(i, () =>
        byForgeFlag(
          i.forge,
          'ciTokenReadOnlyByDefault',
          'the CI token is read-only by default',
          'the CI token has write permissions by default',
        ),
      ),
  },
  {
    id: 'OSPS-AC-04.02',
    level: 3,
    title: 'CI jobs are granted only the permissions they need',
    how: 'not applicable without CI configuration; GitHub workflows: pass when Token-Permissions scores 10 (read-only at the top level, writes declared per job), fail below with the findings; needs review when it cannot score, a workflow could not be read or other CI systems are configured. Whether each granted permission is needed is not judged.',
    evaluate: byTokenPermissions,
  },
];
