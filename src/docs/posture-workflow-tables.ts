import { PACKAGING_MATCHERS, SAST_TOOLS } from '../posture/raw/workflows/index.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

const code = (xs: readonly string[] | undefined) => (xs ?? []).map((x) => `\`${cell(x)}\``).join(', ');

/** The SAST and packaging detection tables of docs/posture.md. */
export function workflowTables(): string[] {
  const out = [
    '',
    '### SAST tools (sastToolConfigured)',
    '',
    '| tool | actions | commands in `run:` | container images | in Scorecard v5 |',
    '|---|---|---|---|---|',
  ];
  for (const t of SAST_TOOLS) {
    const actions = [...(t.uses ?? []), ...(t.usesPrefix ?? []).map((p) => `${p}*`)];
    out.push(
      `| ${t.tool} | ${code(actions)} | ${code(t.commands)} | ${code(t.images)} | ${t.scorecard ? 'yes (actions)' : 'no'} |`,
    );
  }
  out.push(
    '',
    "A `<sonar.host.url>` in a pom.xml counts as Sonar (Scorecard's rule).",
    '',
    '### Publishing jobs (packagedWithAutomatedWorkflow)',
    '',
    'A job matches when it has a step for each row part (`run` patterns: `a.*b` on one line of the script).',
    '',
    '| label | steps | in Scorecard v5 |',
    '|---|---|---|',
  );
  for (const m of PACKAGING_MATCHERS) {
    const steps = m.steps.map((s) => {
      const parts: string[] = [];
      if (s.uses) parts.push(`uses \`${cell(s.uses)}\``);
      if (s.with) parts.push(`with ${code(Object.entries(s.with).map(([k, v]) => `${k}: ${v}`))}`);
      if (s.run) parts.push(`run ${s.run.map((r) => `\`${cell(r)}\``).join(' or ')}`);
      return parts.join(' ');
    });
    out.push(`| ${cell(m.label)} | ${steps.join('; ')} | ${m.scorecard ? 'yes' : 'no'} |`);
  }
  return out;
}
