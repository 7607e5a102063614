import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wf } from './__fixtures__/wf.js';
import { type TokenPermission, tokenPermissions } from './permissions.js';

/** Declarations only (notes about exemptions left out), as compact tuples. */
function decl(text: string): [string, string, number | undefined, string | undefined, string | undefined][] {
  return tokenPermissions(wf(text))
    .filter((p): p is TokenPermission & { location: string } => p.location !== undefined)
    .map((p) => [p.location, p.level, p.line, p.scope, p.value]);
}

function notes(text: string): string[] {
  return tokenPermissions(wf(text))
    .filter((p) => p.location === undefined)
    .map((p) => p.message ?? '');
}

const job = (perms: string, steps: string) => `  a:
    runs-on: ubuntu-latest
${perms}    steps:
${steps}`;

describe('workflows: token permissions (Scorecard raw shapes)', () => {
  const cases: { name: string; text: string; want: ReturnType<typeof decl> }[] = [
    {
      name: 'absent everywhere: undeclared top (no line) and job (job line)',
      text: `on: push\njobs:\n${job('', '      - run: echo\n')}`,
      want: [
        ['topLevel', 'undeclared', undefined, undefined, undefined],
        ['jobLevel', 'undeclared', 3, undefined, undefined],
      ],
    },
    {
      name: 'read-all top',
      text: `on: push\npermissions: read-all\njobs: {}\n`,
      want: [['topLevel', 'read', 2, undefined, 'read-all']],
    },
    {
      name: 'write-all top',
      text: `on: push\npermissions: write-all\njobs: {}\n`,
      want: [['topLevel', 'write', 2, undefined, 'write-all']],
    },
    {
      name: 'empty permissions are none',
      text: `on: push\npermissions: {}\njobs: {}\n`,
      want: [['topLevel', 'none', 2, undefined, 'none']],
    },
    {
      name: 'scopes: dangerous writes, harmless writes (unknown), read, none (status-checks shape)',
      text: `on: push
permissions:
  statuses: write
  contents: read
  checks: write
  packages: none
  issues: write
  id-token: write
jobs: {}
`,
      want: [
        ['topLevel', 'write', 3, 'statuses', 'write'],
        ['topLevel', 'read', 4, 'contents', 'read'],
        ['topLevel', 'write', 5, 'checks', 'write'],
        ['topLevel', 'none', 6, 'packages', 'none'],
        ['topLevel', 'unknown', 7, 'issues', 'write'],
        ['topLevel', 'unknown', 8, 'id-token', 'write'],
      ],
    },
    {
      name: 'security-events: write allowed in a job running CodeQL analyze, not at top level',
      text: `on: push
permissions:
  security-events: write
jobs:
${job('    permissions:\n      security-events: write\n', '      - uses: github/codeql-action/analyze@v3\n')}`,
      want: [
        ['topLevel', 'write', 3, 'security-events', 'write'],
        ['jobLevel', 'unknown', 8, 'security-events', 'write'],
      ],
    },
    {
      name: 'security-events: write without a SARIF action is a write',
      text: `on: push\npermissions: read-all\njobs:\n${job('    permissions:\n      security-events: write\n', '      - run: echo\n')}`,
      want: [
        ['topLevel', 'read', 2, undefined, 'read-all'],
        ['jobLevel', 'write', 7, 'security-events', 'write'],
      ],
    },
    {
      name: 'packages: write allowed in a packaging job (docker/build-push-action)',
      text: `on: push\npermissions: read-all\njobs:\n${job('    permissions:\n      packages: write\n', '      - uses: docker/build-push-action@v5\n')}`,
      want: [
        ['topLevel', 'read', 2, undefined, 'read-all'],
        ['jobLevel', 'unknown', 7, 'packages', 'write'],
      ],
    },
    {
      name: 'contents: write allowed in a releasing job (setup-go + goreleaser)',
      text: `on: push\npermissions:\njobs:\n${job(
        '    permissions:\n      contents: write\n',
        '      - uses: actions/setup-go@\n      - uses: goreleaser/goreleaser-action@\n',
      )}`,
      want: [
        ['topLevel', 'none', 2, undefined, 'none'],
        ['jobLevel', 'unknown', 7, 'contents', 'write'],
      ],
    },
    {
      name: 'contents: write allowed for GitHub Pages deployment',
      text: `on: push\npermissions: read-all\njobs:\n${job('    permissions:\n      contents: write\n', '      - uses: peaceiris/actions-gh-pages@v4\n')}`,
      want: [
        ['topLevel', 'read', 2, undefined, 'read-all'],
        ['jobLevel', 'unknown', 7, 'contents', 'write'],
      ],
    },
    {
      name: 'contents: write in an ordinary job is a write (run-writes shape)',
      text: `on: push\npermissions: read-all\njobs:\n${job(
        '    permissions:\n      contents: write\n      packages: write\n      actions: write\n',
        '      - run: echo\n',
      )}`,
      want: [
        ['topLevel', 'read', 2, undefined, 'read-all'],
        ['jobLevel', 'write', 7, 'contents', 'write'],
        ['jobLevel', 'write', 8, 'packages', 'write'],
        ['jobLevel', 'write', 9, 'actions', 'write'],
      ],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(decl(c.text), c.want));

  it('records Scorecard-style notes about which exemptions apply', () => {
    const text = `on: push\npermissions: read-all\njobs:\n${job('', '      - uses: docker/build-push-action@v5\n')}`;
    assert.deepEqual(notes(text), [
      'candidate docker publishing workflow: .github/workflows/ci.yml',
      'not a releasing workflow: .github/workflows/ci.yml',
      'not a GitHub Pages deployment workflow: .github/workflows/ci.yml',
      'not a SARIF workflow, or not an allowed one',
    ]);
  });

  it('each SARIF action Scorecard allows exempts security-events (secevent-known-actions shape)', () => {
    for (const action of [
      'github/codeql-action/upload-sarif@v3',
      'ossf/scorecard-action@v2',
      'haskell-actions/hlint-scan@v1',
      'zizmorcore/zizmor-action@v0.1.2',
    ]) {
      const text = `on: push\npermissions: read-all\njobs:\n${job('    permissions:\n      security-events: write\n', `      - uses: ${action}\n`)}`;
      assert.equal(decl(text)[1]![1], 'unknown', action);
    }
  });
});
