/**
 * The analyses over a realistic repository (__fixtures__/repo): CI on Linux and Windows, CodeQL, a
 * release workflow publishing to npm and GHCR, a deliberately dangerous pull_request_target bot, a
 * workflow that is not valid YAML, a Dockerfile and an install script.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dangerousPatterns } from './dangerous.js';
import { dockerfilePinning } from './dockerfile-pinning.js';
import { collectWorkflowFacts, mayHoldFacts } from './facts.js';
import { shellScriptPinning } from './files-pinning.js';
import type { Workflow } from './model.js';
import { packagingJobs } from './packaging.js';
import { parseWorkflow } from './parse.js';
import { tokenPermissions } from './permissions.js';
import { workflowPinning } from './pinning.js';
import { sastUses } from './sast.js';

const read = (p: string) => readFileSync(new URL(`./__fixtures__/repo/${p}`, import.meta.url), 'utf8');
const WORKFLOWS = ['broken', 'ci', 'codeql', 'pr-comment', 'release'].map(
  (n) => `.github/workflows/${n}.yml`,
);
const parsed = new Map(WORKFLOWS.map((p) => [p, parseWorkflow(p, read(p))]));

function workflow(name: string): Workflow {
  const r = parsed.get(`.github/workflows/${name}.yml`);
  assert.ok(r?.ok, name);
  return r.workflow;
}

describe('workflows: realistic fixture repository', () => {
  it('every workflow parses except the broken one, which names its line', () => {
    const broken = parsed.get('.github/workflows/broken.yml')!;
    assert.equal(broken.ok, false);
    if (!broken.ok) {
      assert.equal(broken.problem.code, 'invalid-yaml');
      assert.equal(broken.problem.line, 8);
    }
    for (const [p, r] of parsed) if (!p.endsWith('broken.yml')) assert.ok(r.ok && r.problems.length === 0, p);
  });

  it('dangerous patterns: only in the pull_request_target bot', () => {
    const found = WORKFLOWS.slice(1).flatMap((p) => dangerousPatterns(workflow(p.slice(18, -4))).patterns);
    assert.deepEqual(
      found.map((d) => [d.path.slice(18), d.kind, d.line, d.snippet, d.source ?? '']),
      [
        ['pr-comment.yml', 'untrusted-checkout', 13, '${{ github.event.pull_request.head.sha }}', ''],
        ['pr-comment.yml', 'script-injection', 19, 'github.event.pull_request.title', 'run'],
        ['pr-comment.yml', 'script-injection', 20, 'github.head_ref', 'run'],
        ['pr-comment.yml', 'script-injection', 24, 'github.event.comment.body', 'github-script'],
      ],
    );
  });

  it('token permissions: declared read at top level except the bot; job writes', () => {
    const summary = WORKFLOWS.slice(1).map((p) => {
      const perms = tokenPermissions(workflow(p.slice(18, -4)));
      const top = perms.find((x) => x.location === 'topLevel')!;
      const writes = perms
        .filter((x) => x.location === 'jobLevel' && x.level === 'write')
        .map((x) => `${x.job}:${x.scope}`);
      const allowed = perms
        .filter((x) => x.location === 'jobLevel' && x.level === 'unknown')
        .map((x) => `${x.job}:${x.scope}`);
      return [p.slice(18), top.level, writes, allowed];
    });
    assert.deepEqual(summary, [
      ['ci.yml', 'read', [], []],
      ['codeql.yml', 'read', [], ['analyze:security-events']],
      ['pr-comment.yml', 'undeclared', [], []],
      ['release.yml', 'read', [], ['npm:id-token', 'image:packages']],
    ]);
  });

  it('pinned dependencies in workflows: unpinned actions, curl | sh on Linux only, npm ci pinned', () => {
    const deps = WORKFLOWS.slice(1).flatMap((p) => workflowPinning(workflow(p.slice(18, -4))).dependencies);
    assert.deepEqual(
      deps
        .filter((d) => !d.pinned)
        .map((d) => `${d.path.slice(18)}:${d.line} ${d.type} ${d.name ?? d.snippet}`),
      [
        'ci.yml:20 GitHubAction actions/setup-node',
        'ci.yml:27 downloadThenRun curl -sSfL https://example.com/linter/install.sh | sh -s -- -b ./bin v1.2.3',
        'codeql.yml:20 GitHubAction github/codeql-action/init',
        'codeql.yml:23 GitHubAction github/codeql-action/analyze',
        'pr-comment.yml:13 GitHubAction actions/checkout',
        'pr-comment.yml:21 GitHubAction actions/github-script',
        'release.yml:32 GitHubAction docker/login-action',
        'release.yml:33 GitHubAction docker/build-push-action',
      ],
    );
    assert.deepEqual(
      deps
        .filter((d) => d.pinned && d.type !== 'GitHubAction')
        .map((d) => `${d.path.slice(18)}:${d.line} ${d.type}`),
      ['ci.yml:24 npmCommand', 'release.yml:21 npmCommand'],
    );
  });

  it('SAST: CodeQL on pushes and pull requests', () => {
    const uses = WORKFLOWS.slice(1).flatMap((p) => sastUses(workflow(p.slice(18, -4))));
    assert.deepEqual(
      uses.map((u) => [u.tool, u.path.slice(18), u.line, u.onPush, u.onPullRequest, u.triggers]),
      [['CodeQL', 'codeql.yml', 23, true, true, ['push', 'pull_request', 'schedule']]],
    );
  });

  it('packaging: the release workflow publishes to npm and GHCR', () => {
    const jobs = WORKFLOWS.slice(1).flatMap((p) =>
      packagingJobs(workflow(p.slice(18, -4))).map((m) => ({ ...m, p })),
    );
    assert.deepEqual(
      jobs.filter((m) => m.scorecard).map((m) => [m.p.slice(18), m.job, m.line, m.label]),
      [
        ['release.yml', 'npm', 10, 'node publishing workflow using npm'],
        ['release.yml', 'image', 26, 'docker publishing workflow'],
      ],
    );
  });

  it('Dockerfile and install script', () => {
    const docker = dockerfilePinning('Dockerfile', read('Dockerfile')).dependencies;
    assert.deepEqual(
      docker.map((d) => [d.type, d.pinned, d.line]),
      [
        ['containerImage', true, 2],
        ['containerImage', false, 7],
        ['downloadThenRun', false, 8],
      ],
    );
    const script = shellScriptPinning('scripts/install.sh', read('scripts/install.sh')).dependencies;
    assert.deepEqual(
      script.map((d) => [d.type, d.pinned, d.line]),
      [
        ['pipCommand', true, 4],
        ['goCommand', false, 5],
        ['downloadThenRun', false, 7],
      ],
    );
  });
});

describe('workflows: collectWorkflowFacts over the fixture repository', () => {
  const root = fileURLToPath(new URL('./__fixtures__/repo/', import.meta.url));
  const all = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)))
    .sort();
  const files = all.map((path) => ({ path, text: read(path) }));

  it('selects files as Scorecard does', () => {
    const chosen = files.filter((f) => mayHoldFacts(f.path, f.text.split('\n')[0]!)).map((f) => f.path);
    assert.deepEqual(chosen, all);
    assert.equal(mayHoldFacts('README.md', '# Title'), false);
    assert.equal(mayHoldFacts('tools/bootstrap', '#!/bin/sh'), true);
  });

  it('gathers every fact and problem in one pass', () => {
    const f = collectWorkflowFacts(files);
    assert.equal(f.workflowCount, 5);
    assert.deepEqual(
      f.problems.map((p) => [p.path, p.code, p.line]),
      [['.github/workflows/broken.yml', 'invalid-yaml', 8]],
    );
    assert.equal(f.dangerous.length, 4);
    assert.deepEqual(
      [...new Set(f.pinning.filter((d) => !d.pinned).map((d) => d.path))],
      [
        '.github/workflows/ci.yml',
        '.github/workflows/codeql.yml',
        '.github/workflows/pr-comment.yml',
        '.github/workflows/release.yml',
        'Dockerfile',
        'scripts/install.sh',
      ],
    );
    assert.equal(f.pinning.filter((d) => !d.pinned).length, 12); // 8 in workflows, 2 in the Dockerfile, 2 in install.sh
    assert.deepEqual(
      f.sast.map((s) => s.tool),
      ['CodeQL'],
    );
    assert.deepEqual(
      f.packaging.filter((m) => m.scorecard).map((m) => [m.path, m.job]),
      [
        ['.github/workflows/release.yml', 'npm'],
        ['.github/workflows/release.yml', 'image'],
      ],
    );
    assert.equal(
      f.tokenPermissions.filter((t) => t.location === 'topLevel' && t.level === 'undeclared').length,
      1,
    );
  });
});
