import { finding, type Probe } from '../../probe.js';
import { fromForge, withoutForgeFact } from '../forge.js';
import { def } from './def.js';

/** Scorecard's archived probe over the forge's repository answer. */
export const archived: Probe = {
  ...def,
  run(raw) {
    const repo = raw.forge.repositoryFacts;
    if (!repo.ok)
      return [withoutForgeFact(def, 'needs forge access: whether the repository is archived', repo.reason)];
    return repo.data.archived
      ? [finding(def, 'true', 'Repository is archived.', undefined, fromForge())]
      : [finding(def, 'false', 'Repository is not archived.', undefined, fromForge())];
  },
};
