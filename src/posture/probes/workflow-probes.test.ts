/** The workflow probes on inline trees: outcomes, messages, file:line, values, unreadable workflows. */
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir, writeTree } from '../../../test/helpers/tmp.js';
import type { Finding } from '../../core/model/posture.js';
import { rawAt, rawOf } from '../__fixtures__/tree.js';
import { PROBES } from './registry.js';

const WF = '.github/workflows/ci.yml';

async function run(id: string, files: Record<string, string>): Promise<Finding[]> {
  const probe = PROBES.find((p) => p.id === id);
  assert.ok(probe, id);
  return probe.run(await rawOf(files));
}

/** `outcome message @path:line` per finding, with the values named in `keys`. */
function show(findings: Finding[], ...keys: string[]): string[] {
  return findings.map((f) => {
    const where = f.location ? ` @${f.location.path}${f.location.line ? `:${f.location.line}` : ''}` : '';
    const values = keys.map((k) => ` ${k}=${f.values?.[k] ?? '-'}`).join('');
    return `${f.outcome} ${f.message}${where}${values}`;
  });
}

const PERMS = `on: push
permissions:
  contents: write
  issues: write
jobs:
  a:
    runs-on: ubuntu-latest
    permissions: read-all
    steps:
      - run: echo
  b:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`;

type Case = [probe: string, files: Record<string, string>, want: string[], keys?: string[]];

const CASES: Case[] = [
  ['topLevelPermissions', {}, ['not-applicable No token permissions found']],
  ['topLevelPermissions', { [WF]: '# only a comment\n' }, ['not-applicable No token permissions found']],
  [
    'topLevelPermissions',
    { [WF]: PERMS },
    [
      `false topLevel "contents" permission set to "write" @${WF}:3 permissionLevel=write tokenName=contents`,
      `false topLevel "issues" permission set to "write" @${WF}:4 permissionLevel=unknown tokenName=issues`,
    ],
    ['permissionLevel', 'tokenName'],
  ],
  [
    'jobLevelPermissions',
    { [WF]: PERMS },
    [
      `true jobLevel permissions set to "read-all" @${WF}:8 permissionLevel=read`,
      `false no jobLevel permission defined @${WF}:11 permissionLevel=undeclared`,
    ],
    ['permissionLevel'],
  ],
  [
    'topLevelPermissions',
    {
      [WF]: 'on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: x\n    permissions: {}\n    steps: [{run: a}]\n',
    },
    [`false topLevel permissions set to "write-all" @${WF}:2 tokenName=write-all`],
    ['tokenName'],
  ],
  [
    'jobLevelPermissions',
    {
      [WF]: 'on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: x\n    permissions: {}\n    steps: [{run: a}]\n',
    },
    [`false found token with 'none' permissions @${WF}:6 permissionLevel=none`],
    ['permissionLevel'],
  ],
  [
    'hasNoGitHubWorkflowPermissionUnknown',
    { [WF]: PERMS },
    [
      `false topLevel "issues" permission set to "write" @${WF}:4`,
      `false not a publishing workflow: ${WF} @${WF}`,
      `false not a releasing workflow: ${WF} @${WF}`,
      `false not a GitHub Pages deployment workflow: ${WF} @${WF}`,
      `false not a SARIF workflow, or not an allowed one @${WF}`,
    ],
  ],
  ['hasDangerousWorkflowScriptInjection', {}, ['not-applicable Project does not have any workflows.']],
  [
    'hasDangerousWorkflowScriptInjection',
    {
      [WF]: 'on: issues\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n          echo ok\n          echo "${{ github.event.issue.title }}"\n',
    },
    [`true script injection with untrusted input "github.event.issue.title" @${WF}:8 source=run`],
    ['source'],
  ],
  [
    'hasDangerousWorkflowScriptInjection',
    {
      [WF]: 'on: issues\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "${{ github.event.issue.title"\n',
    },
    [
      'false Project does not have dangerous workflow(s) with possibility of script injection.',
      `not-available an expression is opened and never closed (no "}}" after it) @${WF}:6`,
    ],
  ],
  [
    'hasDangerousWorkflowUntrustedCheckout',
    { [WF]: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n' },
    ['false Project does not have workflow(s) with untrusted checkout.'],
  ],
  [
    'pinsDependencies',
    {
      [WF]: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: o/a@0123456789abcdef0123456789abcdef01234567\n      - uses: ./local\n      - run: curl -s https://x.example/i.sh | bash\n',
      Dockerfile: 'FROM alpine:3.20\n',
      'tools/setup': '#!/bin/sh\npip install requests\n',
      'README.md': 'a shebang not on the first line:\n#!/bin/sh\ncurl https://x | sh\n',
    },
    [
      `false GitHub-owned GitHubAction not pinned by hash @${WF}:6 dependencyType=GitHubAction`,
      `true third-party GitHubAction pinned by hash @${WF}:7 dependencyType=GitHubAction`,
      `false downloadThenRun not pinned by hash @${WF}:9 dependencyType=downloadThenRun`,
      'false containerImage not pinned by hash @Dockerfile:1 dependencyType=containerImage',
      'false pipCommand not pinned by hash @tools/setup:2 dependencyType=pipCommand',
    ],
    ['dependencyType'],
  ],
  ['pinsDependencies', { 'README.md': 'hello\n' }, ['not-applicable no dependencies found']],
  [
    'sastToolConfigured',
    {
      [WF]: 'on: [push, pull_request]\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: github/codeql-action/analyze@v3\n      - run: semgrep scan\n',
      'svc/pom.xml':
        '<project>\n  <properties>\n    <sonar.host.url>https://sonarcloud.io</sonar.host.url>\n',
    },
    [
      `true SAST configuration detected: CodeQL @${WF}:6 scorecard=true triggers=push,pull_request`,
      `true SAST configuration detected: Semgrep @${WF}:7 scorecard=false triggers=push,pull_request`,
      'true SAST configuration detected: Sonar @svc/pom.xml:3 scorecard=true triggers=-',
    ],
    ['scorecard', 'triggers'],
  ],
  ['sastToolConfigured', {}, ['false no SAST configuration files detected']],
  [
    'sastToolRunsOnAllCommits',
    {},
    ['not-available needs forge access: the checks that ran on merged pull requests are kept by the forge'],
  ],
  [
    'packagedWithAutomatedWorkflow',
    {
      [WF]: 'on: release\njobs:\n  pub:\n    runs-on: x\n    steps:\n      - run: cargo publish\n  up:\n    runs-on: x\n    steps:\n      - run: twine upload dist/*\n',
      '.github/workflows/py.yml':
        'on: release\njobs:\n  up:\n    runs-on: x\n    steps:\n      - run: twine upload dist/*\n',
    },
    [
      `true publishing workflow found (rust publishing workflow using cargo); whether it ran successfully is kept by the forge @${WF}:3 scorecard=true computed=workflow-presence`,
      'true publishing workflow found (python publishing workflow using twine, poetry, uv, flit or hatch); whether it ran successfully is kept by the forge @.github/workflows/py.yml:3 scorecard=false computed=workflow-presence',
    ],
    ['scorecard', 'computed'],
  ],
  ['packagedWithAutomatedWorkflow', {}, ['false no GitHub/GitLab publishing workflow detected.']],
];

describe('workflow probes', () => {
  for (const [id, files, want, keys] of CASES) {
    it(`${id}: ${want[0]?.slice(0, 60)}`, async () => {
      assert.deepEqual(show(await run(id, files), ...(keys ?? [])), want);
    });
  }

  it('the bad outcome carries the remediation; none and workflow notes do not', async () => {
    const top = await run('topLevelPermissions', { [WF]: PERMS });
    assert.equal(top[0]?.remediation?.effort, 'low');
    const job = await run('jobLevelPermissions', {
      [WF]: 'on: push\njobs:\n  a:\n    runs-on: x\n    permissions: {}\n    steps: [{run: a}]\n',
    });
    assert.equal(job[0]?.outcome, 'false');
    assert.equal(job[0]?.remediation, undefined);
    const unknown = await run('hasNoGitHubWorkflowPermissionUnknown', { [WF]: PERMS });
    assert.ok(unknown[0]?.remediation);
    assert.equal(unknown[1]?.remediation, undefined);
  });
});

describe('workflow probes: unreadable and hostile workflows', () => {
  const BROKEN = 'on: push\njobs:\n  a:\n    steps:\n      - run: one\n     - run: bad indent\n';
  const BOMB = `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 120 }, (_, i) => `k${i}: *a`).join('\n')}\n`;
  const WORKFLOW_PROBES = [
    'hasDangerousWorkflowScriptInjection',
    'hasDangerousWorkflowUntrustedCheckout',
    'hasNoGitHubWorkflowPermissionUnknown',
    'jobLevelPermissions',
    'packagedWithAutomatedWorkflow',
    'pinsDependencies',
    'sastToolConfigured',
    'topLevelPermissions',
  ];
  for (const probe of PROBES.filter((p) => WORKFLOW_PROBES.includes(p.id))) {
    it(`${probe.id}: a workflow that cannot be read is not-available with its file:line, the others still read`, async () => {
      const findings = probe.run(
        await rawOf({
          '.github/workflows/broken.yml': BROKEN,
          '.github/workflows/bomb.yml': BOMB,
          [WF]: PERMS,
          '.github/workflows/use.yml':
            'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: o/a@v1\n',
        }),
      );
      const notRead = findings.filter((f) => f.outcome === 'not-available');
      assert.deepEqual(
        notRead.map((f) => `${f.location?.path}:${f.location?.line ?? '-'}`).sort(),
        ['.github/workflows/bomb.yml:-', '.github/workflows/broken.yml:6'],
        probe.id,
      );
      assert.ok(
        findings.some((f) => f.outcome !== 'not-available'),
        probe.id,
      );
    });
  }

  it('a workflow over 1 MiB or linking out of the tree is not read, and says why', async () => {
    const dir = tempDir();
    writeTree(dir, {
      '.github/workflows/big.yml': `on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{run: a}]\n${'#'.repeat(1_100_000)}\n`,
      'outside.yml': 'on: push\n',
    });
    const out = tempDir();
    writeTree(out, { 'secret.yml': 'on: push\npermissions: write-all\n' });
    symlinkSync(join(out, 'secret.yml'), join(dir, '.github/workflows/link.yml'));
    const probe = PROBES.find((p) => p.id === 'topLevelPermissions')!;
    const findings = probe.run(await rawAt(dir));
    assert.deepEqual(
      findings.map((f) => [f.outcome, f.location?.path, f.message.slice(0, 29)]),
      [['not-available', '.github/workflows/big.yml', 'workflow not read: too-large:']],
      'the link is not followed out of the tree (not even listed)',
    );
  });

  it('snippets from the file are quoted in messages (no raw control characters)', async () => {
    const findings = await run('hasDangerousWorkflowScriptInjection', {
      [WF]: 'on: issues\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "${{ github.event.issue.title \u001b[2J }}"\n',
    });
    assert.equal(findings[0]?.outcome, 'true');
    assert.ok(!(findings[0]?.message ?? '').includes('\u001b'), findings[0]?.message);
    assert.match(findings[0]?.message ?? '', /\\u001b/);
  });
});
