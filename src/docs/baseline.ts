import { BASELINE_CATALOG, BASELINE_FAMILIES } from '../posture/baseline/catalog.js';
import { BASELINE_URL, BASELINE_VERSION, FORGE_REASON } from '../posture/baseline/rule.js';
import { SECURITY_INSIGHTS_PATHS } from '../posture/raw/security-insights/collect.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** docs/baseline.md, generated from the Baseline catalogue. */
export function baselineMarkdown(): string {
  const out: string[] = [
    '# OSPS Baseline',
    '',
    '<!-- Generated from src/posture/baseline (catalogue and evaluators) by `npm run docs`; a test keeps it in sync. Do not edit by hand. -->',
    '',
    `\`sterling baseline\` (and \`sterling scan\`, unless \`--no-posture\`) evaluates the [OSPS Baseline ${BASELINE_VERSION}](${BASELINE_URL}):`,
    `its ${BASELINE_CATALOG.length} active assessment requirements, each with a status, the reason and the evidence (posture`,
    'findings, files with line numbers, the git history, security-insights.yml keys, forge facts).',
    '',
    '- `pass` / `fail`: the evidence shows the requirement met / not met. Sterling fails a requirement only on',
    '  evidence (a binary committed, no license file, an http URL declared), never because it could not look.',
    '- `needs-review`: Sterling could not observe it: a repository setting on the forge, or what a policy says.',
    `  Forge-only requirements say "${FORGE_REASON}" when the forge was not asked (\`--offline\`, no GitHub`,
    '  origin) or did not show the setting. With forge access (GitHub REST, the same requests as the posture checks, plus',
    '  `GET /repos/{owner}/{repo}/private-vulnerability-reporting`) these are filled, each with the API call as evidence:',
    '  primary-branch push and deletion blocks, required status checks and approvals (rulesets, and classic protection with',
    '  an admin token: a setting hidden from the token stays needs-review), visibility and open issues or discussions,',
    '  private vulnerability reporting, and for the 5 most recent releases with assets: signatures or provenance, an SPDX',
    "  or CycloneDX SBOM, and the newest one's asset names carrying its version; a required status check named DCO or CLA",
    '  (LE-01.01; its absence settles nothing). Never read, because GitHub shows them only to admins or organisation owners:',
    '  MFA enforcement (AC-01.01), the default member permission (AC-02.01), the default CI token permissions (AC-04.01,',
    '  `GET .../actions/permissions/workflow` needs admin access). Published advisories (VM-04.01): one published passes; none published needs review (there may have been nothing to publish).',
    '- `not-applicable`: the condition of the requirement does not hold (e.g. no CI configuration in the repository).',
    '- `error`: the evaluator failed; the rest of the evaluation goes on.',
    '',
    'Level reached: the highest level N such that every requirement of levels 1..N passes or is not applicable.',
    '',
    `A Security Insights v2 file (${SECURITY_INSIGHTS_PATHS.slice(0, 3)
      .map((p) => `\`${p}\``)
      .join(', ')}; the v1 name \`SECURITY-INSIGHTS.yml\` only`,
    'when it holds a 2.x file) is read and its declarations count as evidence. An invalid file is not used; its',
    'problems are listed with file and line. Unknown keys are warnings.',
    '',
    '## Requirements',
    '',
    '| requirement | level | what it asks (in short) | how Sterling evaluates it |',
    '|---|---|---|---|',
  ];
  for (const r of BASELINE_CATALOG) {
    out.push(`| [${r.id}](${r.url}) | ${r.level} | ${cell(r.title)} | ${cell(r.how)} |`);
  }
  out.push('', '## Families', '');
  for (const [id, name] of Object.entries(BASELINE_FAMILIES)) {
    const n = BASELINE_CATALOG.filter((r) => r.family === id).length;
    out.push(`- OSPS-${id}: ${name} (${n} requirements)`);
  }
  return `${out.join('\n')}\n`;
}
