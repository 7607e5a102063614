import { finding, type Probe } from '../../probe.js';
import { def } from './def.js';

/** Needs the check runs of recently merged pull requests, which only the forge has. */
export const sastToolRunsOnAllCommits: Probe = {
  ...def,
  run: () => [
    finding(
      def,
      'not-available',
      'needs forge access: the checks that ran on merged pull requests are kept by the forge',
    ),
  ],
};
