import { RISK_WEIGHTS } from '../posture/aggregate.js';
import { CHECKS } from '../posture/checks/registry.js';
import { PROBES } from '../posture/probes/registry.js';
import { UPDATE_TOOLS } from '../posture/raw/dependency-update-tools.js';
import { FUZZERS } from '../posture/raw/fuzzers.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** docs/posture.md, generated from check and probe metadata and the detection tables. */
export function postureMarkdown(): string {
  const out: string[] = [
    '# Posture checks',
    '',
    '<!-- Generated from check and probe metadata by `npm run docs`; a test keeps it in sync. Do not edit by hand. -->',
    '',
    '`sterling posture` (and `sterling scan`, unless `--no-posture`) computes OpenSSF Scorecard v5 checks from the',
    "target's files and git history, offline, and (evidence `forge`) from the GitHub REST API and bestpractices.dev",
    'when it can reach them (token, API URL and repository: see the README). Probes answer yes/no questions about',
    "raw facts; checks turn their findings into Scorecard's 0–10 scores with Scorecard's own rules. A check that",
    'could not be computed has score -1 and a status saying why (`inconclusive`, `needs-forge`, `error`); it is',
    'left out of the aggregate, never scored 0.',
    '',
    `Aggregate: the mean of the scored checks weighted by risk (${Object.entries(RISK_WEIGHTS)
      .map(([r, w]) => `${r} ${w}`)
      .join(', ')}), one decimal.`,
    '',
    'In a git work tree the files are those git tracks (what Scorecard sees through the forge); otherwise the',
    'folder is walked with the usual exclusions.',
    '',
    'Forge facts are read once, before the probes run, and only for the selected checks. Without a token, the',
    'network (`--offline`) or a GitHub repository, each forge check is `needs-forge` with the reason. What a token',
    'cannot see (classic branch protection and webhooks need admin access) is never scored as absent.',
    '',
    '## Checks',
    '',
    '| check | risk | evidence | probes | what it determines |',
    '|---|---|---|---|---|',
  ];
  for (const c of CHECKS) {
    out.push(
      `| ${c.name} | ${c.risk} | ${c.evidence} | ${c.probes.map((p) => `\`${p}\``).join(', ')} | ${cell(c.short)} |`,
    );
  }
  out.push('', '## Probes', '');
  for (const p of PROBES) {
    out.push(
      `### \`${p.id}\``,
      '',
      cell(p.short),
      '',
      `- **Why:** ${cell(p.motivation)}`,
      `- **How:** ${cell(p.implementation)}`,
      `- **Fix** (when the outcome is \`${p.bad}\`; effort ${p.remediation.effort}${p.remediation.minutes ? `, about ${p.remediation.minutes} min` : ''}): ${cell(p.remediation.text)}`,
      '',
    );
  }
  out.push(
    '## Detection tables',
    '',
    '### Dependency update tools',
    '',
    '| tool | files | in Scorecard v5 |',
    '|---|---|---|',
  );
  for (const t of UPDATE_TOOLS) {
    const files = [...t.paths, ...(t.jsonKey ? [`${t.jsonKey.path} (\`${t.jsonKey.key}\` key)`] : [])];
    out.push(`| ${t.name} | ${files.map((f) => `\`${f}\``).join(', ')} | ${t.scorecard ? 'yes' : 'no'} |`);
  }
  out.push(
    '',
    '### Fuzzers (line patterns)',
    '',
    '| fuzzer | file endings | pattern | in Scorecard v5 |',
    '|---|---|---|---|',
  );
  for (const f of FUZZERS) {
    out.push(
      `| ${f.name} | ${f.suffixes.map((s) => `\`${s}\``).join(', ')} | \`${cell(f.pattern.source)}\` | ${f.scorecard ? 'yes' : 'no'} |`,
    );
  }
  return `${out.join('\n')}\n`;
}
