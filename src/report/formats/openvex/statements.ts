/**
 * One OpenVEX statement per finding, with the status mapped exactly per the OpenVEX 0.2.0 spec:
 *
 * - open finding -> `affected`, with the `action_statement` the spec requires (upgrade to X, no fix
 *   known yet, or remove a malicious package);
 * - suppressed by a VEX statement -> that statement's status; `not_affected` keeps its justification
 *   when it is one of the five OpenVEX labels, and the reason as `impact_statement` (the spec needs
 *   one of the two; with neither, Sterling cannot assert it and writes `under_investigation`);
 * - suppressed by a sterling.yaml ignore -> `not_affected` only when it names an OpenVEX justification;
 *   otherwise `under_investigation`: an ignore records a decision ("risk accepted until ..."), not
 *   evidence that the product is unaffected, and a VEX document is read by others, whose scanners
 *   hide `not_affected` findings. The reason goes into `status_notes`.
 */
import type { Suppression, VulnerabilityFinding } from '../../../core/model/vulnerability.js';
import { compareStrings } from '../../../core/util/compare.js';
import { introducedVia, type PackageIndex } from '../sarif/advice.js';
import { plain, wellFormed } from '../sarif/text.js';
import { products, type VexProduct } from './products.js';

export {
  VEX_JUSTIFICATIONS,
  VEX_STATUSES,
  type VexJustification,
  type VexStatus,
} from '../../../vuln/vex/vocabulary.js';

import {
  VEX_JUSTIFICATIONS,
  VEX_STATUSES,
  type VexJustification,
  type VexStatus,
} from '../../../vuln/vex/vocabulary.js';

export interface VexStatement {
  vulnerability: { '@id': string; name: string; description?: string; aliases?: string[] };
  products: VexProduct[];
  status: VexStatus;
  status_notes?: string;
  justification?: VexJustification;
  impact_statement?: string;
  action_statement?: string;
}

type Assessment = Pick<
  VexStatement,
  'status' | 'status_notes' | 'justification' | 'impact_statement' | 'action_statement'
>;

function isStatus(value: string | undefined): value is VexStatus {
  return (VEX_STATUSES as readonly string[]).includes(value ?? '');
}

function isJustification(value: string | undefined): value is VexJustification {
  return (VEX_JUSTIFICATIONS as readonly string[]).includes(value ?? '');
}

/** What to do about an open finding (the `action_statement` an `affected` statement must carry). */
export function actionStatement(f: VulnerabilityFinding, index: PackageIndex): string {
  const pkg = plain(`${f.package.name} ${f.package.version}`.trim());
  if (f.kind === 'malicious') {
    return `Remove ${pkg}: it is a known malicious package. Treat every machine that installed it as compromised and rotate its credentials.`;
  }
  const direct = introducedVia(f, index);
  const via = direct ? ` (it comes in through ${direct})` : '';
  if (f.fixedIn) return `Upgrade ${pkg} to ${plain(f.fixedIn)}${via}.`;
  return `No fixed version of ${plain(f.package.name)} is known yet${via}: remove or replace it, or limit how it is used.`;
}

/** How the finding was found: severity and the lockfile lines. */
function foundNotes(f: VulnerabilityFinding): string {
  const s = f.severity;
  const severity =
    f.kind === 'malicious'
      ? 'Malicious package'
      : `Severity ${s.level}${s.score !== undefined ? ` (${s.source.toUpperCase()} base score ${s.score})` : ''}`;
  const where = [
    ...new Set(f.locations.map((l) => `${plain(l.path)}${l.line ? ` line ${l.line}` : ''}`)),
  ].sort(compareStrings);
  return `${severity}. Found by Sterling${where.length ? ` in ${where.join(', ')}` : ''}.`;
}

function suppressionNotes(s: Suppression): string {
  const by = s.kind === 'vex' ? 'a VEX statement' : 'an ignore entry';
  const until = s.until ? ` until ${plain(s.until)}` : '';
  return `Suppressed by ${by} in ${plain(s.source)}${until}: ${plain(s.reason) || 'no reason given'}.`;
}

function assess(f: VulnerabilityFinding, index: PackageIndex): Assessment {
  const affected = (): Assessment => ({
    status: 'affected',
    status_notes: foundNotes(f),
    action_statement: actionStatement(f, index),
  });
  const s = f.suppressed;
  if (!s) return affected();
  const reason = plain(s.reason) || undefined;
  const notes = suppressionNotes(s);
  const justification = isJustification(s.justification) ? s.justification : undefined;
  const status = s.kind === 'vex' && isStatus(s.status) ? s.status : undefined;
  if (status === 'affected') return { ...affected(), status_notes: notes };
  if (status === 'fixed' || status === 'under_investigation') return { status, status_notes: notes };
  if (status === 'not_affected' && (justification || reason)) {
    return { status, status_notes: notes, justification, impact_statement: reason };
  }
  if (!status && justification) {
    return { status: 'not_affected', status_notes: notes, justification, impact_statement: reason };
  }
  return { status: 'under_investigation', status_notes: notes };
}

function vulnerability(f: VulnerabilityFinding): VexStatement['vulnerability'] {
  const name = plain(f.id);
  const aliases = [...new Set(f.aliases.map(plain))].filter((a) => a !== name).sort(compareStrings);
  const description = plain(f.summary ?? '') || undefined;
  return {
    '@id': `https://osv.dev/vulnerability/${encodeURIComponent(wellFormed(f.id))}`,
    name,
    description,
    aliases: aliases.length > 0 ? aliases : undefined,
  };
}

export function statement(
  f: VulnerabilityFinding,
  project: string | undefined,
  index: PackageIndex,
): VexStatement {
  const a = assess(f, index);
  // Keys in the spec's order; JSON.stringify drops the undefined ones.
  return {
    vulnerability: vulnerability(f),
    products: products(f, project),
    status: a.status,
    status_notes: a.status_notes,
    justification: a.justification,
    impact_statement: a.impact_statement,
    action_statement: a.action_statement,
  };
}
