import { RISK_WEIGHTS } from '../posture/aggregate.js';
import { CHECKS } from '../posture/checks/registry.js';
import { PROBES } from '../posture/probes/registry.js';
import { UPDATE_TOOLS } from '../posture/raw/dependency-update-tools.js';
import { FUZZERS } from '../posture/raw/fuzzers.js';
import { PERSONAL_DOMAINS } from '../posture/raw/identity.js';
import { subpathScopeTable } from '../posture/subpath-scope.js';
import { workflowTables } from './posture-workflow-tables.js';

/** Deliberate differences from Scorecard v5 (each also told in the probe's implementation text). */
const DIFFERENCES: readonly string[] = [
  "Files: in a git work tree, the files git tracks (what Scorecard sees through the forge); Scorecard's local mode walks the folder, untracked files included.",
  "Forge-only evidence is not guessed (the forge's license API is replaced by identifying the license text, so a standard `LICENSE` scores 10 as through the forge): the organisation-level security policy (`<org>/.github`), commits by dependabot[bot] found through the search API, OSS-Fuzz's project list, and whether a Gradle wrapper validation workflow passed on HEAD.",
  'Dependency-Update-Tool also counts PyUp (`.pyup.yml`) and a `renovate` key in package.json (findings marked `scorecard=false`).',
  "Fuzzing also counts an OSS-Fuzz project folder kept in the tree, Hypothesis, cargo-fuzz manifests, Jazzer's `@FuzzTest` and fast-check in .mjs/.cjs/.mts/.cts files (marked `scorecard=false`); at most 100 locations are kept per fuzzer.",
  "Binary-Artifacts recognises by content only the types Scorecard counts; a deb archive is always a binary (Scorecard's type library may call it a plain `ar` archive, in random order, and then decides by the extension).",
  'Workflow checks (Token-Permissions, Dangerous-Workflow, Pinned-Dependencies, SAST, Packaging): a workflow that is not valid YAML or is over a bound (1 MiB, 100 aliases, 200,000 nodes, depth 64) is a not-available finding, listed as `Warn: workflow not read: ...` with file:line, and the other workflows are scored; Scorecard stops the check with an error (-1). When nothing could be read the check is inconclusive.',
  "Workflow checks: lines are exact (a permission's own line, where Scorecard gives line 1 for an undeclared or empty block; an injected expression's own line); values from the file are JSON-quoted in messages (`\"contents\"` where Scorecard writes `'contents'`); detail lines are in file order (Scorecard's come partly in Go map order).",
  'Dangerous-Workflow also scans the `script:` input of actions/github-script for untrusted expressions (findings with source=github-script, scorecard=false); a YAML alias is expanded (Scorecard, through actionlint, does not see an aliased step).',
  "SAST also counts Bandit, Brakeman, Checkmarx, gosec, Microsoft Security DevOps, Semgrep, Sonar's scan actions, zizmor, and tools run as commands or container images; Packaging also counts npm without setup-node's registry URL, pnpm, yarn, twine, poetry, uv, flit, hatch, Gradle without setup-java and the goreleaser command (findings marked `scorecard=false`).",
  "Offline, SAST's sastToolRunsOnAllCommits is not-available (it needs the forge's check runs of merged pull requests) and SAST is scored as Scorecard's local mode scores it: 10 with a configured tool, 0 without, the reason ending \"(from the workflow files; ...)\". Packaging counts the publishing workflow's presence (reason: \"from the workflow files; runs not checked\"), as Scorecard's local mode assumes a successful run; through the forge Scorecard also wants one.",
  "Pinned-Dependencies: a script step whose shell cannot be known, an unreadable script or file is a not-available finding logged as `Info:` (Scorecard's error finding); NuGet's csproj / central package management post-processing is not done.",
  'Findings of every probe are pooled and each check reads only its own probes; Scorecard reports an internal error when handed a finding of another probe.',
  "Forge checks read GitHub's REST API, not GraphQL: rulesets come from `rules/branches/{branch}`, which does not show a ruleset's bypass list, so 'applies to administrators' is known only from classic protection (admin token); without it the setting is not available and, as in Scorecard's non-admin runs, adds nothing to the maximum.",
  "Branch-Protection: a protected branch whose settings this token cannot see at all (classic protection, no admin access, no ruleset) is needs-forge instead of Scorecard's 0; the maxima of the tiers are the default branch's (Scorecard takes a random branch's).",
  'CI-Tests reads the last 30 merged pull requests into the default branch (most recently updated first); Scorecard walks the last 30 commits of the default branch and their pull requests.',
  'Long file names (over 128 characters per segment) are not tried as license files, and e-mail addresses are looked for in runs of at most 320 address characters, so that hostile names and lines cannot make the patterns backtrack for long.',
];

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
      `| ${c.name} | ${c.risk} | ${c.evidence} | ${c.probes.length > 0 ? c.probes.map((p) => `\`${p}\``).join(', ') : '— (needs forge access)'} | ${cell(c.short)} |`,
    );
  }
  out.push(
    '',
    '### How checks are computed without the forge',
    '',
    "Scorecard reads these checks' evidence from the forge or OSV.dev; Sterling computes them from git history or its own",
    'vulnerability matching. The first detail line of each result repeats this.',
    '',
  );
  for (const c of CHECKS) if (c.method) out.push(`- **${c.name}** (${c.evidence}): ${cell(c.method)}`);
  out.push(
    '',
    '### With the forge',
    '',
    'When the forge is reachable these checks also read forge facts; a result that used them has evidence `forge`',
    'and this first detail line instead:',
    '',
  );
  for (const c of CHECKS) if (c.forgeMethod) out.push(`- **${c.name}** (forge): ${cell(c.forgeMethod)}`);
  out.push(
    '',
    '## With `--subpath DIR` (monorepos)',
    '',
    'The file-based checks look at the files under DIR, but configuration that governs the whole repository is',
    "read at the root, as Scorecard reads it; a folder without its own security policy or license inherits the root's.",
    'Paths in findings stay relative to the repository root. The report says the scope (`sources.subpath`).',
    '',
    ...subpathScopeTable(),
    '',
    '## Probes',
    '',
  );
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
  out.push('## Where Sterling differs from Scorecard', '', ...DIFFERENCES.map((d) => `- ${d}`), '');
  out.push(
    '## Detection tables',
    '',
    '### Dependency update tools',
    '',
    '| tool | files | in Scorecard v5 |',
    '|---|---|---|',
  );
  for (const t of UPDATE_TOOLS) {
    const files = t.paths.map((f) => `\`${f}\``);
    if (t.jsonKey) files.push(`\`${t.jsonKey.path}\` (\`${t.jsonKey.key}\` key)`);
    out.push(`| ${t.name} | ${files.join(', ')} | ${t.scorecard ? 'yes' : 'no'} |`);
  }
  out.push(
    '',
    '### Personal e-mail domains (not counted as organisations by Contributors)',
    '',
    PERSONAL_DOMAINS.map((d) => `\`${d}\``).join(', '),
  );
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
  out.push(...workflowTables());
  return `${out.join('\n')}\n`;
}
