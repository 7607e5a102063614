import assert from 'node:assert/strict';
import { it } from 'node:test';
import { tempDir, writeTree } from '../../../../test/helpers/tmp.js';
import type { BaselineStatus } from '../../../core/model/baseline.js';
import { Workspace } from '../../../workspace/workspace.js';
import { rawFacts } from '../../raw/collect.js';
import { collectFiles } from '../../raw/files.js';
import { readHead } from '../../raw/head.js';
import type { CommitFact, GitFacts } from '../../raw/git.js';
import { BASELINE_CATALOG } from '../catalog.js';
import { evaluateRequirement } from '../evaluate.js';
import { type BaselineInput, type BaselineSources, baselineInput } from '../input.js';

export type Extra = Partial<Omit<BaselineSources, 'raw' | 'read' | 'readHead'>> & { git?: GitFacts };

/** The Baseline input of an inline tree (walked, not a git repository unless `extra.git` says so). */
export async function inputOf(files: Record<string, string | Buffer>, extra: Extra = {}): Promise<BaselineInput> {
  const dir = tempDir('sterling-baseline-');
  writeTree(dir, files);
  const ws = Workspace.open(dir);
  const { git = { available: false, reason: 'test tree' }, ...rest } = extra;
  const raw = rawFacts(ws, await collectFiles(ws, false), git);
  return baselineInput({
    raw,
    read: (p) => {
      const r = ws.read(p);
      return r.ok ? r.text : undefined;
    },
    readHead: (p, bytes) => readHead(dir, p, bytes),
    ...rest,
  });
}

/** Git facts with the given commits (trailers per commit). */
export function gitWith(trailers: string[][]): GitFacts {
  const commits: CommitFact[] = trailers.map((t, n) => ({
    sha: `${n}`.padStart(40, '0'),
    parents: ['p'],
    authorName: 'A',
    authorEmail: 'a@example.com',
    authorDate: '2026-01-01T00:00:00Z',
    committerName: 'A',
    committerEmail: 'a@example.com',
    committerDate: '2026-01-01T00:00:00Z',
    subject: `change ${n}`,
    trailers: t,
  }));
  return {
    available: true,
    head: commits[0]?.sha ?? '',
    shallow: false,
    commits,
    truncated: false,
    changesets: commits.slice(0, 30),
    mergedTips: [],
    readAt: '2026-01-02T00:00:00Z',
  };
}

export interface Case {
  name: string;
  id: string;
  files: Record<string, string | Buffer>;
  extra?: Extra;
  status: BaselineStatus;
  /** A piece of the reason. */
  reason?: string;
  /** `path` or `path:line` of one evidence item. */
  evidence?: string;
}

/** One node:test case per row: evaluates requirement `id` on the tree and checks status, reason, evidence. */
export function runCases(cases: readonly Case[]): void {
  for (const c of cases) {
    it(`${c.id}: ${c.name} -> ${c.status}`, async () => {
      const rule = BASELINE_CATALOG.find((r) => r.id === c.id);
      assert.ok(rule, `unknown requirement ${c.id}`);
      const r = evaluateRequirement(rule, await inputOf(c.files, c.extra));
      assert.equal(r.status, c.status, r.reason);
      if (c.reason) assert.ok(r.reason.includes(c.reason), `reason: ${r.reason}`);
      if (c.evidence) {
        const refs = r.evidence.map((e) => (e.path ? `${e.path}${e.line ? `:${e.line}` : ''}` : e.ref));
        assert.ok(refs.includes(c.evidence), `evidence ${JSON.stringify(refs)} lacks ${c.evidence}`);
      }
    });
  }
}
