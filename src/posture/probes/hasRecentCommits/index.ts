import { finding, type Probe } from '../../probe.js';
import { LOOKBACK_DAYS } from '../../raw/activity.js';
import { def } from './def.js';

export const hasRecentCommits: Probe = {
  ...def,
  run(raw) {
    const a = raw.activity();
    if (!a.available) return [finding(def, 'not-available', `no git history: ${a.reason}`)];
    const values: Record<string, string> = {
      commitsWithinThreshold: String(a.recentCommits),
      lookBackDays: String(LOOKBACK_DAYS),
    };
    if (a.partial) values.partial = a.partial;
    return a.recentCommits > 0
      ? [finding(def, 'true', 'Found a contribution within the threshold.', undefined, values)]
      : [finding(def, 'false', 'Did not find contribution within the threshold.', undefined, values)];
  },
};
