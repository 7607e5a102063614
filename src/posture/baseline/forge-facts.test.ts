import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Release } from '../../forge/index.js';
import type { BranchFacts, ForgeFacts } from '../raw/forge/types.js';
import { noForge } from '../raw/forge/types.js';
import { baselineForgeFacts, isContributorAssertion } from './forge-facts.js';
import { releaseAnswers } from './forge-releases.js';

const NO = { ok: false as const, reason: 'not collected' };

function facts(branch: BranchFacts): ForgeFacts {
  return {
    ...noForge(NO.reason),
    unavailable: undefined,
    repository: 'acme/widget',
    branches: { ok: true, data: [branch] },
  };
}

const values = (f: ForgeFacts) =>
  Object.fromEntries(Object.entries(baselineForgeFacts(f) ?? {}).map(([k, v]) => [k, v.value]));

describe('baselineForgeFacts: the primary branch', () => {
  const cases: Array<[string, BranchFacts, Record<string, unknown>]> = [
    [
      'unprotected, GitHub says so: every setting is off',
      { name: 'main', protected: false, visibility: 'full', rule: { contexts: [] } },
      {
        primaryBranchBlocksPush: false,
        primaryBranchBlocksDeletion: false,
        requiredStatusChecks: false,
        requiredApprovals: 0,
      },
    ],
    [
      'classic protection read with an admin token',
      {
        name: 'main',
        protected: true,
        visibility: 'full',
        rule: {
          contexts: ['ci/test', 'DCO'],
          pullRequestRequired: true,
          requiredApprovals: 2,
          allowDeletions: false,
          requiresStatusChecks: true,
        },
      },
      {
        primaryBranchBlocksPush: true,
        primaryBranchBlocksDeletion: true,
        requiredStatusChecks: true,
        requiredApprovals: 2,
        contributorAssertionRequired: true,
      },
    ],
    [
      'rulesets only: protective values are facts, the rest could be hidden classic protection',
      {
        name: 'main',
        protected: true,
        visibility: 'rulesets',
        rule: { contexts: [], allowDeletions: false, allowForcePushes: true, pullRequestRequired: false },
      },
      { primaryBranchBlocksDeletion: true },
    ],
    [
      'protected, nothing visible: nothing is a fact',
      { name: 'main', protected: true, visibility: 'hidden', rule: { contexts: [] } },
      {},
    ],
  ];
  for (const [name, branch, want] of cases) {
    it(name, () => assert.deepEqual(values(facts(branch)), want));
  }

  it('each fact names the API call it came from', () => {
    const f = baselineForgeFacts(facts(cases[1]![1]))!;
    assert.equal(
      f.primaryBranchBlocksPush?.ref,
      'GET /repos/acme/widget/rules/branches/main + GET /repos/acme/widget/branches/main/protection',
    );
  });

  it('no forge: undefined (every forge requirement needs review)', () => {
    assert.equal(baselineForgeFacts(noForge('needs forge access: offline mode')), undefined);
  });
});

describe('isContributorAssertion', () => {
  const cases: Array<[string, boolean]> = [
    ['DCO', true],
    ['license/cla', true],
    ['cla/google', true],
    ['EasyCLA', true],
    ['clang-format', false],
    ['ci/build', false],
  ];
  for (const [context, want] of cases)
    it(`${context}: ${want}`, () => assert.equal(isContributorAssertion(context), want));
});

function release(tag: string, assets: string[], draft = false): Release {
  return {
    tagName: tag,
    targetCommitish: 'main',
    draft,
    prerelease: false,
    createdAt: '2026-11-01T00:00:00Z',
    publishedAt: '2026-11-01T00:00:00Z',
    assets: assets.map((name) => ({
      name,
      size: 1,
      contentType: 'application/octet-stream',
      downloadUrl: '',
    })),
  };
}

describe('releaseAnswers', () => {
  const cases: Array<[string, Release[], Record<string, boolean>]> = [
    ['no release: nothing to judge', [], {}],
    ['releases without assets: nothing to judge', [release('v1.0.0', [])], {}],
    [
      'signed (sigstore bundle), SBOM, versioned names',
      [release('v1.2.0', ['w-1.2.0.tgz', 'w-1.2.0.tgz.sigstore.json', 'w-1.2.0.cdx.json'])],
      { releasesSigned: true, releaseSbom: true, releaseAssetsVersioned: true },
    ],
    [
      'provenance counts as signed; a checksum file without the version is not versioned',
      [release('2.0', ['w-2.0.tgz', 'multiple.intoto.jsonl', 'SHA256SUMS'])],
      { releasesSigned: true, releaseSbom: false, releaseAssetsVersioned: false },
    ],
    [
      'one of the recent releases unsigned: not signed; drafts are left out',
      [
        release('v3.0.0', ['w.tgz'], true),
        release('v2.0.0', ['w-2.0.0.tgz', 'w-2.0.0.tgz.asc']),
        release('v1.0.0', ['w-1.0.0.tgz']),
      ],
      { releasesSigned: false, releaseSbom: false, releaseAssetsVersioned: true },
    ],
  ];
  for (const [name, list, want] of cases) it(name, () => assert.deepEqual(releaseAnswers(list), want));
});
