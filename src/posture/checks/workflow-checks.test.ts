/**
 * Scorecard's evaluation tables for the workflow checks (checks/evaluation/{dangerous_workflow,
 * pinned_dependencies,sast,packaging}_test.go): findings in; score, reason or status, and the numbers
 * of Warn and Info lines out. Token-Permissions runs on Scorecard's testdata workflows instead
 * (token-permissions.scorecard.test.ts). Scorecard's error findings are Sterling's not-available.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding, Outcome } from '../../core/model/posture.js';
import { type Check, evaluateCheck } from '../check.js';
import { dangerousWorkflowCheck } from './dangerous-workflow.js';
import { packagingCheck } from './packaging.js';
import { pinnedDependenciesCheck, weightedScore } from './pinned-dependencies.js';
import { OFFLINE, sastCheck } from './sast.js';

const at = { path: '.github/workflows/x.yml', line: 3 };
const f = (probe: string, outcome: Outcome, values?: Record<string, string>): Finding => ({
  probe,
  outcome,
  message: `${probe} ${outcome}`,
  ...(outcome === 'true' || outcome === 'false' ? { location: at } : {}),
  ...(values ? { values } : {}),
});
const SI = 'hasDangerousWorkflowScriptInjection';
const UC = 'hasDangerousWorkflowUntrustedCheckout';
const pin = (outcome: Outcome, type: string, snippet = 'x') =>
  f('pinsDependencies', outcome, { dependencyType: type, snippet });
const tool = (name: string) => f('sastToolConfigured', 'true', { tool: name });
const commits = (outcome: Outcome, analyzed?: string, total?: string) =>
  f(
    'sastToolRunsOnAllCommits',
    outcome,
    analyzed === undefined
      ? undefined
      : { totalPullRequestsAnalyzed: analyzed, totalPullRequestsMerged: total! },
  );
const PKG = 'packagedWithAutomatedWorkflow';

type Row = [
  name: string,
  findings: Finding[],
  score: number,
  reasonOrStatus: string,
  warn: number,
  info: number,
];

const DIRTY = 'dependency not pinned by hash detected -- score normalized to';
const TABLES: Array<[Check, Row[]]> = [
  [
    dangerousWorkflowCheck,
    [
      [
        'untrusted checkout',
        [f(SI, 'false'), f(UC, 'true')],
        0,
        'dangerous workflow patterns detected',
        1,
        0,
      ],
      ['no workflows', [f(SI, 'not-applicable'), f(UC, 'not-applicable')], -1, 'inconclusive', 0, 0],
      [
        'workflows, none dangerous',
        [f(SI, 'false'), f(UC, 'false')],
        10,
        'no dangerous workflow patterns detected',
        0,
        0,
      ],
      ['script injection', [f(SI, 'true'), f(UC, 'false')], 0, 'dangerous workflow patterns detected', 1, 0],
      [
        '2 script injections are both logged',
        [f(SI, 'true'), f(SI, 'true'), f(UC, 'false')],
        0,
        'dangerous workflow patterns detected',
        2,
        0,
      ],
      [
        '8 script injections',
        [...Array(8).fill(f(SI, 'true')), f(UC, 'false')],
        0,
        'dangerous workflow patterns detected',
        8,
        0,
      ],
      ['a missing probe is an internal error', [f(SI, 'false')], -1, 'error', 0, 0],
      [
        'true without a location is an internal error',
        [{ ...f(SI, 'true'), location: undefined }, f(UC, 'false')],
        -1,
        'error',
        0,
        0,
      ],
      [
        'Sterling: nothing could be read',
        [f(SI, 'not-available'), f(UC, 'not-available')],
        -1,
        'inconclusive',
        2,
        0,
      ],
    ],
  ],
  [
    pinnedDependenciesCheck,
    [
      ['pinned pip', [pin('true', 'pipCommand')], 10, 'all dependencies are pinned', 0, 1],
      ['unpinned pip', [pin('false', 'pipCommand')], 0, `${DIRTY} 0`, 1, 1],
      [
        '2 unpinned, 1 ecosystem',
        [pin('false', 'pipCommand'), pin('false', 'pipCommand')],
        0,
        `${DIRTY} 0`,
        2,
        1,
      ],
      [
        '2 unpinned, 2 ecosystems',
        [pin('false', 'pipCommand'), pin('false', 'goCommand')],
        0,
        `${DIRTY} 0`,
        2,
        2,
      ],
      [
        'GitHub-owned action pinned',
        [pin('true', 'GitHubAction', 'actions/checkout@abc')],
        10,
        'all dependencies are pinned',
        0,
        1,
      ],
      ['no dependencies', [f('pinsDependencies', 'not-applicable')], -1, 'inconclusive', 0, 0],
      [
        'processing errors are logged as info',
        [f('pinsDependencies', 'not-available')],
        -1,
        'inconclusive',
        0,
        1,
      ],
      [
        'processing errors do not affect others',
        [f('pinsDependencies', 'not-available'), pin('true', 'pipCommand')],
        10,
        'all dependencies are pinned',
        0,
        2,
      ],
      // createScoreForGitHubActionsWorkflow: GitHub-owned weight 2, third-party 8, alone 10
      [
        'owned 1/1, third 1/1',
        [pin('true', 'GitHubAction', 'actions/a@1'), pin('true', 'GitHubAction', 'o/b@1')],
        10,
        'all dependencies are pinned',
        0,
        2,
      ],
      [
        'owned 1/1, third 0/1',
        [pin('true', 'GitHubAction', 'github/a@1'), pin('false', 'GitHubAction', 'o/b@1')],
        2,
        `${DIRTY} 2`,
        1,
        2,
      ],
      [
        'owned 0/1, third 1/1',
        [pin('false', 'GitHubAction', 'actions/a@1'), pin('true', 'GitHubAction', 'o/b@1')],
        8,
        `${DIRTY} 8`,
        1,
        2,
      ],
      [
        'owned 0/1, third 0/1',
        [pin('false', 'GitHubAction', 'actions/a@1'), pin('false', 'GitHubAction', 'o/b@1')],
        0,
        `${DIRTY} 0`,
        2,
        2,
      ],
      ['third 0/1 alone', [pin('false', 'GitHubAction', 'o/b@1')], 0, `${DIRTY} 0`, 1, 1],
      [
        'owned 1/1 alone',
        [pin('true', 'GitHubAction', 'actions/a@1')],
        10,
        'all dependencies are pinned',
        0,
        1,
      ],
      [
        'actions and an ecosystem',
        [pin('true', 'GitHubAction', 'o/b@1'), pin('false', 'npmCommand'), pin('true', 'npmCommand')],
        6,
        `${DIRTY} 6`,
        1,
        2,
      ],
    ],
  ],
  [
    sastCheck,
    [
      ['a missing probe is an internal error', [commits('true')], -1, 'error', 0, 0],
      [
        'Sonar and CodeQL',
        [tool('Sonar'), tool('CodeQL'), commits('true', '1', '2')],
        10,
        'SAST tool detected',
        0,
        3,
      ],
      ['Pysa', [tool('Pysa'), commits('true', '1', '2')], 10, 'SAST tool detected', 0, 2],
      ['Sonar, runs unknown', [tool('Sonar'), commits('not-applicable')], 10, 'SAST tool detected', 1, 1],
      [
        'no tool, 1 of 3',
        [f('sastToolConfigured', 'false'), commits('false', '1', '3')],
        3,
        'SAST tool is not run on all commits -- score normalized to 3',
        1,
        0,
      ],
      ['Snyk', [tool('Snyk'), commits('true', '1', '3')], 10, 'SAST tool detected', 0, 2],
      ['Qodana', [tool('Qodana'), commits('true', '1', '3')], 10, 'SAST tool detected', 0, 2],
      ['Hadolint', [tool('Hadolint'), commits('true', '1', '3')], 10, 'SAST tool detected', 0, 2],
      // Sterling offline: sastToolRunsOnAllCommits is not-available, scored as Scorecard's local mode
      [
        'offline, CodeQL',
        [tool('CodeQL'), commits('not-available')],
        10,
        `SAST tool detected: CodeQL${OFFLINE}`,
        1,
        1,
      ],
      [
        'offline, no tool',
        [f('sastToolConfigured', 'false'), commits('not-available')],
        0,
        `no SAST tool detected${OFFLINE}`,
        1,
        0,
      ],
      [
        'CodeQL, 1 of 2 (weighted 3:7)',
        [tool('CodeQL'), commits('false', '1', '2')],
        8,
        'SAST tool detected but not run on all commits',
        1,
        1,
      ],
      [
        'offline, nothing readable',
        [
          f('sastToolConfigured', 'false'),
          f('sastToolConfigured', 'not-available'),
          commits('not-available'),
        ],
        -1,
        'inconclusive',
        2,
        0,
      ],
    ],
  ],
  [
    packagingCheck,
    [
      [
        'true outcome',
        [f(PKG, 'true')],
        10,
        'packaging workflow detected (from the workflow files; runs not checked)',
        0,
        1,
      ],
      ['false outcome is inconclusive', [f(PKG, 'false')], -1, 'inconclusive', 1, 0],
      ['wrong probe is an internal error', [f('sastToolConfigured', 'true')], -1, 'error', 0, 0],
    ],
  ],
];

for (const [check, rows] of TABLES) {
  describe(`${check.name} evaluation (Scorecard's table)`, () => {
    for (const [name, findings, score, reason, warn, info] of rows) {
      it(name, () => {
        const r = evaluateCheck(check, findings);
        assert.equal(r.score, score, r.reason);
        if (score < 0) assert.equal(r.status, reason, r.reason);
        else assert.deepEqual([r.status, r.reason], ['scored', reason]);
        const count = (level: string) => r.details.filter((d) => d.startsWith(`${level}:`)).length;
        assert.deepEqual([count('Warn'), count('Info')], [warn, info], r.details.join('\n'));
      });
    }
  });
}

describe("Scorecard's CreateProportionalScoreWeighted", () => {
  it('integer division over weighted groups, groups without a total left out', () => {
    assert.equal(weightedScore([{ pinned: 1, total: 2, weight: 10 }]), 5);
    assert.equal(
      weightedScore([
        { pinned: 5, total: 10, weight: 2 },
        { pinned: 0, total: 2, weight: 8 },
      ]),
      2,
    );
    assert.equal(weightedScore([{ pinned: 0, total: 0, weight: 10 }]), -1);
    assert.equal(weightedScore([{ pinned: 1, total: 3, weight: 0 }]), 10);
  });
});
