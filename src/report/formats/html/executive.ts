/**
 * The executive summary: at most five plain sentences generated from the data — what was checked,
 * what was found, what it means, what to do first. No jargon: no advisory-id schemes, scoring
 * systems or file-format names a non-specialist would have to look up.
 */
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { Task } from '../../../core/model/task.js';
import { plural } from './parts.js';

/** The most tasks named in the last sentence. */
const TOP_TASKS = 3;

function packagesSentence(result: ScanResult): string {
  const pkgs = result.inventory.packages;
  const managers = new Set(pkgs.map((p) => p.ecosystem)).size;
  if (pkgs.length === 0)
    return `We checked ${result.target.name} and found no outside software it depends on that Sterling can read.`;
  return `We checked ${result.target.name}: it depends on ${plural(pkgs.length, 'outside software package')} from ${plural(managers, 'package source')}.`;
}

interface VulnFacts {
  open: number;
  serious: number;
  malicious: number;
  fixable: number;
  /** Open findings whose seriousness no database rated. */
  unrated: number;
}

function vulnFacts(result: ScanResult): VulnFacts | undefined {
  const v = result.vulnerabilities;
  if (v.status !== 'ok') return undefined;
  const open = v.findings.filter((f) => !f.suppressed);
  return {
    open: open.length,
    serious: v.counts.critical + v.counts.high,
    malicious: v.counts.malicious,
    fixable: open.filter((f) => f.fixedIn !== undefined).length,
    unrated: v.counts.unknown,
  };
}

function vulnSentence(facts: VulnFacts | undefined): string {
  if (facts === undefined)
    return 'Known security flaws in those packages were not looked up in this scan, so their safety is unknown.';
  if (facts.open === 0) return 'None of them has a known security flaw in the security database used.';
  const parts = [`We found ${plural(facts.open, 'known security flaw')} in them`];
  if (facts.malicious > 0)
    parts.push(`${facts.malicious} of them ${facts.malicious === 1 ? 'is' : 'are'} deliberately harmful`);
  parts.push(
    facts.serious === 0
      ? 'none is rated serious (critical or high)'
      : `${facts.serious} ${facts.serious === 1 ? 'is' : 'are'} rated serious (critical or high)`,
  );
  parts.push(`${facts.fixable} can be removed by upgrading to a fixed version`);
  return `${parts.join('; ')}.`;
}

function practiceSentence(result: ScanResult): string {
  const p = result.posture;
  const b = result.baseline;
  const habits =
    p.status !== 'ok'
      ? "The project's security habits (code review, automatic updates, a security policy) were not checked"
      : p.aggregateScore < 0
        ? "The project's security habits could not be scored from what Sterling could see"
        : `The project's security habits score ${p.aggregateScore.toFixed(1)} out of 10 on the Open Source Security Foundation's Scorecard`;
  if (b.status !== 'ok') return `${habits}.`;
  const level =
    b.levelReached === 0 ? 'it does not yet meet level 1 of 3' : `it meets level ${b.levelReached} of 3`;
  return `${habits}, and ${level} of the foundation's Baseline of basic requirements for open-source projects.`;
}

function meaningSentence(result: ScanResult, facts: VulnFacts | undefined): string {
  if (facts && facts.malicious > 0)
    return 'This means harmful code may already be in the project: remove those packages today.';
  if (facts && facts.serious > 0)
    return 'This means the project is exposed to flaws attackers are most likely to use: fix the serious ones first.';
  if (facts && facts.unrated > 0)
    return `This means ${plural(facts.unrated, 'flaw')} without a rating need${facts.unrated === 1 ? 's' : ''} a person to judge how serious ${facts.unrated === 1 ? 'it is' : 'they are'}.`;
  if (facts && facts.open > 0)
    return 'This means no serious flaw is known, but the known ones should still be removed by upgrading soon.';
  const p = result.posture;
  if (p.status === 'ok' && p.aggregateScore >= 0 && p.aggregateScore < 5)
    return 'This means no flaw is known today, but weak habits make future problems more likely and slower to fix.';
  if (facts === undefined || p.status !== 'ok')
    return 'This means the picture is incomplete: run the missing checks before drawing conclusions.';
  return 'This means no urgent problem is known; keep the habits that got you here.';
}

function actionSentence(result: ScanResult, facts: VulnFacts | undefined, tasks: readonly Task[]): string {
  if (tasks.length > 0) {
    const top = tasks
      .slice(0, TOP_TASKS)
      .map((t) => `${withoutFullStop(t.title)} (about ${minutes(t.effortMinutes)})`);
    return `Start with: ${top.join('; ')}.`;
  }
  if (facts && facts.open > 0)
    return 'No listed change removes these flaws yet: review them below and watch for fixed versions.';
  if (facts === undefined || result.posture.status !== 'ok')
    return 'Run the missing checks to get a list of what to do.';
  return 'Nothing needs doing right now: scan again after the next change.';
}

/** The title without its closing full stop or spaces (it goes inside a sentence). */
function withoutFullStop(title: string): string {
  let end = title.length;
  while (end > 0 && (title[end - 1] === '.' || title[end - 1] === ' ')) end--;
  return title.slice(0, end);
}

function minutes(n: number): string {
  if (n < 60) return plural(n, 'minute');
  const hours = Math.round(n / 30) / 2;
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** The executive summary as sentences (at most five), in reading order. */
export function executiveSummary(result: ScanResult, tasks: readonly Task[]): string[] {
  const facts = vulnFacts(result);
  return [
    packagesSentence(result),
    vulnSentence(facts),
    practiceSentence(result),
    meaningSentence(result, facts),
    actionSentence(result, facts, tasks),
  ];
}
