/**
 * What the results alone do not say, as `toolExecutionNotifications`: matching did not run, packages
 * that could not be checked, ecosystems without data, a failed update, the data's age, and anything
 * cut to fit GitHub's limits. Nothing is passed over in silence.
 */
import type { Inventory } from '../../../core/model/inventory.js';
import type { UncheckedPackage, VulnerabilityReport } from '../../../core/model/vulnerability.js';
import { compareStrings } from '../../../core/util/compare.js';
import { type PackageIndex, packageLabel } from './advice.js';
import { SARIF_BOUNDS } from './limits.js';
import { plain } from './text.js';

/** Descriptors of the notifications Sterling writes (id -> what it means). */
export const NOTIFICATION_DESCRIPTORS = {
  'sterling/vulnerabilities-not-run': 'Vulnerability matching did not run',
  'sterling/unchecked-packages': 'Packages could not be checked for vulnerabilities',
  'sterling/unchecked-package': 'A package could not be checked for vulnerabilities',
  'sterling/no-vulnerability-data': 'No vulnerability data for an ecosystem of the inventory',
  'sterling/database-update-failed': 'The vulnerability database update failed; older data was used',
  'sterling/vulnerability-data': 'The vulnerability data the scan used and its age',
  'sterling/output-truncated': "Output cut to stay within GitHub code scanning's limits",
  'sterling/posture-not-scored': 'Posture checks without a score, so without alerts',
} as const;

export type NotificationId = keyof typeof NOTIFICATION_DESCRIPTORS;

export interface SarifNotification {
  level: 'warning' | 'note';
  message: { text: string };
  descriptor: { id: NotificationId };
  properties?: Record<string, unknown>;
}

export function notification(
  id: NotificationId,
  level: SarifNotification['level'],
  text: string,
  properties?: Record<string, unknown>,
): SarifNotification {
  return { level, message: { text }, descriptor: { id }, properties };
}

const UNCHECKED_REASONS: Record<UncheckedPackage['reason'], string> = {
  'unresolved-version': 'only a version range is known',
  'unparseable-version': 'its version cannot be parsed',
  'unsupported-ecosystem': 'its ecosystem is not supported',
  'git-range-needs-history': "the advisory's git commit ranges need the repository history",
  'no-version': 'no version is known',
  'toolchain-opt-in': 'the Go standard library is matched only with --go-stdlib',
};

export function notRunNotification(reason: string): SarifNotification {
  return notification(
    'sterling/vulnerabilities-not-run',
    'warning',
    `Vulnerabilities were not checked: ${plain(reason) || 'no reason given'}. This report has no results for that reason, not because none exist.`,
  );
}

function uncheckedNotifications(
  unchecked: readonly UncheckedPackage[],
  index: PackageIndex,
): SarifNotification[] {
  if (unchecked.length === 0) return [];
  const reasons = new Map<string, number>();
  for (const u of unchecked) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  const byReason = [...reasons.entries()]
    .sort((a, b) => compareStrings(a[0], b[0]))
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  const sorted = [...unchecked].sort((a, b) => compareStrings(a.packageId, b.packageId));
  const listed = sorted.slice(0, SARIF_BOUNDS.uncheckedNotifications);
  const out = [
    notification(
      'sterling/unchecked-packages',
      'warning',
      `${unchecked.length} package(s) could not be checked for vulnerabilities (${byReason}); this report says nothing about them.` +
        (listed.length < sorted.length
          ? ` The first ${listed.length} are listed one by one; see --format json for all.`
          : ''),
      { count: unchecked.length },
    ),
  ];
  for (const u of listed) {
    out.push(
      notification(
        'sterling/unchecked-package',
        'warning',
        `Not checked: ${packageLabel(u.packageId, index)}: ${UNCHECKED_REASONS[u.reason] ?? plain(u.reason)} (${plain(u.detail)}).`,
        { package: plain(u.packageId), reason: u.reason },
      ),
    );
  }
  return out;
}

function age(hours: number | undefined): string {
  if (hours === undefined) return 'age unknown';
  return hours < 48 ? `${hours} hours old` : `${Math.floor(hours / 24)} days old`;
}

/** Notifications about the data and coverage of a vulnerability report. */
export function reportNotifications(
  report: VulnerabilityReport,
  inventory: Inventory,
  index: PackageIndex,
): SarifNotification[] {
  const db = report.database;
  const sources = db.sources.map((s) => `${plain(s.ecosystem)} ${s.records} records`).join(', ');
  const out = [
    notification(
      'sterling/vulnerability-data',
      'note',
      `Vulnerability data: ${sources || 'none'} (${age(db.ageHours)}).`,
      db.ageHours === undefined ? undefined : { ageHours: db.ageHours },
    ),
  ];
  for (const ecosystem of db.missingEcosystems) {
    const count = inventory.packages.filter((p) => p.ecosystem === ecosystem).length;
    out.push(
      notification(
        'sterling/no-vulnerability-data',
        'warning',
        `No vulnerability data for ${plain(ecosystem)}: its ${count} package(s) were not checked. Run \`sterling db update\` (or \`sterling db import\` on an offline machine).`,
        { ecosystem: plain(ecosystem), packages: count },
      ),
    );
  }
  if (db.updateError) {
    out.push(
      notification(
        'sterling/database-update-failed',
        'warning',
        `Updating the vulnerability database failed, so the scan used the data it had: ${plain(db.updateError)}.`,
      ),
    );
  }
  out.push(...uncheckedNotifications(report.unchecked, index));
  return out;
}
