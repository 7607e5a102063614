import type { Finding } from '../../../core/model/posture.js';
import { finding, type Probe } from '../../probe.js';
import { LOOKBACK_DAYS } from '../../raw/activity.js';
import { fromForge } from '../forge.js';
import { def } from './def.js';

const DAY_MS = 24 * 60 * 60 * 1000;

function answer(recent: boolean, values: Record<string, string>): Finding {
  return recent
    ? finding(def, 'true', `Repository was created within the last ${LOOKBACK_DAYS} days.`, undefined, values)
    : finding(
        def,
        'false',
        `Repository was not created within the last ${LOOKBACK_DAYS} days.`,
        undefined,
        values,
      );
}

export const createdRecently: Probe = {
  ...def,
  run(raw) {
    // The forge's creation date, as Scorecard reads it, beats the first commit (mirrors, migrations).
    const repo = raw.forge.repositoryFacts;
    if (repo.ok && raw.forge.readAt) {
      const threshold = Date.parse(raw.forge.readAt) - LOOKBACK_DAYS * DAY_MS;
      const values = fromForge({ lookBackDays: String(LOOKBACK_DAYS), createdAt: repo.data.createdAt });
      return [answer(Date.parse(repo.data.createdAt) > threshold, values)];
    }
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
    return [answer(a.createdRecently, values)];
  },
};
