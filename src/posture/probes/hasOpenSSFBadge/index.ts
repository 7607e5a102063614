import { finding, type Probe } from '../../probe.js';
import { forgeProbe } from '../forge.js';
import { def } from './def.js';

/** bestpractices.dev's badge_level -> Scorecard's level names. */
const LEVELS: Readonly<Record<string, string>> = {
  gold: 'Gold',
  silver: 'Silver',
  passing: 'Passing',
  in_progress: 'InProgress',
};

export const hasOpenSSFBadge: Probe = forgeProbe(
  def,
  (raw) => raw.forge.badge,
  (badge) => {
    if (!badge.found) return [finding(def, 'false', 'Project does not have an OpenSSF badge')];
    const level = Object.hasOwn(LEVELS, badge.badgeLevel) ? LEVELS[badge.badgeLevel]! : 'Unknown';
    return [
      finding(def, 'true', `OpenSSF best practice badge found at ${level} level.`, undefined, {
        badgeLevel: level,
      }),
    ];
  },
);
