import { finding, type Probe } from '../../probe.js';
import { LOOKBACK_DAYS } from '../../raw/activity.js';
import { def } from './def.js';

export const createdRecently: Probe = {
  ...def,
  run(raw) {
    const a = raw.activity();
    if (!a.available) return [finding(def, 'not-available', `no git history: ${a.reason}`)];
    const values = {
      lookBackDays: String(LOOKBACK_DAYS),
      ...(a.firstCommitDate ? { firstCommit: a.firstCommitDate } : {}),
    };
    if (a.createdRecently === undefined) {
      return [
        finding(def, 'not-available', 'shallow clone: the first commit is not present', undefined, values),
      ];
    }
    return a.createdRecently
      ? [
          finding(
            def,
            'true',
            `Repository was created within the last ${LOOKBACK_DAYS} days.`,
            undefined,
            values,
          ),
        ]
      : [
          finding(
            def,
            'false',
            `Repository was not created within the last ${LOOKBACK_DAYS} days.`,
            undefined,
            values,
          ),
        ];
  },
};
