import { finding, type Probe } from '../../probe.js';
import { fromForge } from '../forge.js';
import { def } from './def.js';

/** Scorecard's archived probe over the forge's repository answer. */
export const archived: Probe = {
  ...def,
  run(raw) {
    const repo = raw.forge.repositoryFacts;
    if (!repo.ok)
      return [
        finding(def, 'not-available', 'needs forge access: whether the repository is archived', undefined, {
          why: repo.reason,
        }),
      ];
    return repo.data.archived
      ? [finding(def, 'true', 'Repository is archived.', undefined, fromForge())]
      : [finding(def, 'false', 'Repository is not archived.', undefined, fromForge())];
  },
};
