/**
 * One SARIF rule per posture check, following OpenSSF Scorecard's SARIF output (pkg/scorecard/sarif.go):
 * a rule for every check that ran (so code scanning knows which checks ran and closes fixed alerts),
 * `security-severity` from the check's risk as Scorecard maps it, help with the remediation of the
 * check's probes. Rule ids are `posture/<Check-Name>`.
 */
import type { CheckResult, Risk } from '../../../core/model/posture.js';
import { compareStrings } from '../../../core/util/compare.js';
import { SCORECARD_DOCS } from '../../../posture/check.js';
import { CHECKS } from '../../../posture/checks/registry.js';
import { probeById } from '../../../posture/probes/registry.js';
import { GITHUB_SARIF_LIMITS as LIMITS } from './limits.js';
import type { SarifRule } from './rules.js';
import { type SarifLevel, sarifLevel } from './severity.js';
import { clip, markdown, plain, safeUrl } from './text.js';

/** Scorecard's calculateSeverityLevel: Critical 9.0, High 7.0, Medium 4.0, Low 1.0. */
const RISK_SCORES: Record<Risk, number> = { Critical: 9, High: 7, Medium: 4, Low: 1 };

export function riskScore(risk: Risk): number {
  return RISK_SCORES[risk] ?? RISK_SCORES.Medium;
}

/** Critical and High -> error, Medium -> warning, Low -> note. */
export function riskLevel(risk: Risk): SarifLevel {
  return sarifLevel(riskScore(risk));
}

export function postureRuleId(check: Pick<CheckResult, 'name'>): string {
  return `posture/${plain(check.name)}`;
}

interface Remedy {
  probe: string;
  text: string;
  effort: string;
}

/** The remediation of the check's probes (registry order), unique by text. */
function remedies(check: CheckResult): Remedy[] {
  const probes = CHECKS.find((c) => c.name === check.name)?.probes ?? [];
  const ids = probes.length > 0 ? probes : [...new Set(check.findings.map((f) => f.probe))];
  const seen = new Set<string>();
  const out: Remedy[] = [];
  for (const id of [...ids].sort(compareStrings)) {
    const r = probeById(id)?.remediation;
    if (!r || seen.has(r.text)) continue;
    seen.add(r.text);
    out.push({ probe: plain(id), text: plain(r.text), effort: r.effort });
  }
  return out;
}

function method(check: CheckResult): string | undefined {
  const m = CHECKS.find((c) => c.name === check.name)?.method;
  return m ? plain(m) : undefined;
}

function helpText(check: CheckResult, short: string, list: Remedy[]): string {
  const lines = [`${plain(check.name)}: ${short}`, `Risk: ${check.risk}.`];
  const m = method(check);
  if (m) lines.push(`Sterling: ${m}`);
  lines.push('', 'Remediation:');
  if (list.length === 0) lines.push(`- See ${plain(check.documentation.url)}`);
  for (const r of list) lines.push(`- ${r.text} (${r.probe}, effort ${r.effort})`);
  return lines.join('\n');
}

function helpMarkdown(check: CheckResult, short: string, list: Remedy[], url: string): string {
  const lines = [`**${markdown(check.name)}**: ${markdown(short)}`, '', `**Risk**: ${check.risk}`, ''];
  const m = method(check);
  if (m) lines.push(`**Sterling**: ${markdown(m)}`, '');
  lines.push('**Remediation**', '');
  if (list.length === 0) lines.push(`- See [the check's documentation](${url})`);
  for (const r of list) lines.push(`- ${markdown(r.text)} (${markdown(r.probe)}, effort ${r.effort})`);
  return lines.join('\n');
}

/** The rule of one posture check. */
export function buildPostureRule(check: CheckResult): SarifRule {
  const score = riskScore(check.risk);
  const short = plain(check.documentation.short) || `Scorecard check ${plain(check.name)}`;
  const list = remedies(check);
  const url = safeUrl(check.documentation.url) ?? SCORECARD_DOCS;
  const m = method(check);
  const full = `${short} Risk: ${check.risk} (OpenSSF Scorecard check).${m ? ` Sterling: ${m}` : ''}`;
  const tags = ['security', 'supply-chain', 'posture', 'scorecard', `risk-${check.risk.toLowerCase()}`];
  return {
    id: postureRuleId(check),
    name: clip(plain(check.name), LIMITS.ruleNameChars),
    shortDescription: { text: clip(short, LIMITS.descriptionChars) },
    fullDescription: { text: clip(full, LIMITS.descriptionChars) },
    defaultConfiguration: { level: sarifLevel(score) },
    helpUri: url,
    help: { text: helpText(check, short, list), markdown: helpMarkdown(check, short, list, url) },
    properties: { tags, precision: 'high', 'security-severity': score.toFixed(1) },
  };
}
