import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { githubActionsExtractor } from './index.js';
import { classifyRef, parseUses } from './uses.js';

const PATH = '.github/workflows/ci.yml';
const FIXTURE = readFileSync(new URL('./__fixtures__/ci.yml', import.meta.url), 'utf8');

function run(text: string, path = PATH): ExtractionOutput {
  return extractMemory(githubActionsExtractor, path, { [path]: text });
}

describe('github/actions: matches', () => {
  const cases: [string, boolean][] = [
    ['.github/workflows/ci.yml', true],
    ['.github/workflows/release.yaml', true],
    ['services/api/.github/workflows/ci.yml', true],
    ['.github/workflows/sub/ci.yml', false],
    ['.github/ci.yml', false],
    ['workflows/ci.yml', false],
    ['.github/workflows/ci.json', false],
    ['.github/workflows/', false],
    ['x.github/workflows/ci.yml', false],
    ['action.yml', true],
    ['.github/actions/setup/action.yaml', true],
    ['my-action.yml', false],
  ];
  for (const [path, want] of cases) {
    it(`${path} -> ${want}`, () => assert.equal(githubActionsExtractor.matches(path), want));
  }
});

describe('github/actions: uses values', () => {
  const cases: [string, unknown][] = [
    [
      'actions/checkout@v4',
      { kind: 'action', owner: 'actions', repo: 'checkout', path: '', ref: 'v4', refKind: 'tag' },
    ],
    [
      'github/codeql-action/init@v3.1.0',
      { kind: 'action', owner: 'github', repo: 'codeql-action', path: 'init', ref: 'v3.1.0', refKind: 'tag' },
    ],
    ['./local', { kind: 'local', path: './local' }],
    ['docker://alpine:3', { kind: 'docker', image: 'alpine:3' }],
    ['actions/checkout', { kind: 'invalid', reason: 'no @ref (GitHub requires one)' }],
    ['checkout@v4', { kind: 'invalid', reason: 'not of the form owner/repo[/path]@ref' }],
    ['a/../b@v1', { kind: 'invalid', reason: 'not of the form owner/repo[/path]@ref' }],
    ['a/b/../c@v1', { kind: 'invalid', reason: 'an empty or dot segment in its path' }],
    ['a/b@$' + '{{ x }}', { kind: 'invalid', reason: 'an expression, which GitHub does not allow in uses' }],
  ];
  for (const [value, want] of cases) it(value, () => assert.deepEqual(parseUses(value), want));

  const refs: [string, string][] = [
    ['b4ffde65f46336ab88eb53be808477a3936bae11', 'sha'],
    ['B4FFDE65F46336AB88EB53BE808477A3936BAE11', 'sha'],
    ['b4ffde65', 'branch'],
    ['v4', 'tag'],
    ['1.2.3', 'tag'],
    ['main', 'branch'],
    ['release/v1', 'branch'],
    ['version', 'branch'],
  ];
  for (const [ref, kind] of refs) it(`ref ${ref} is a ${kind}`, () => assert.equal(classifyRef(ref), kind));
});

describe('github/actions: a realistic workflow', () => {
  const out = run(FIXTURE);

  it('lists each repository@ref once, with every uses: line', () => {
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.purl, p.resolution, p.locations.map((l) => l.line)]),
      [
        [
          'GitHub Actions:actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11',
          'pkg:github/actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11',
          'pinned',
          [18, 38],
        ],
        ['GitHub Actions:actions/setup-node@v4', 'pkg:github/actions/setup-node@v4', 'pinned', [20]],
        ['GitHub Actions:github/codeql-action@v3', 'pkg:github/github/codeql-action@v3', 'pinned', [24, 25]],
        [
          'GitHub Actions:some-org/deploy-action@main',
          'pkg:github/some-org/deploy-action',
          'unresolved',
          [28],
        ],
        ['GitHub Actions:octo-org/shared@v1.2.0', 'pkg:github/octo-org/shared@v1.2.0', 'pinned', [31]],
      ],
    );
  });

  it('keeps a commit SHA as source.commit, and marks every action direct, dev scope', () => {
    const checkout = out.packages[0]!;
    assert.deepEqual(checkout.source, {
      kind: 'registry',
      commit: 'b4ffde65f46336ab88eb53be808477a3936bae11',
    });
    assert.deepEqual(out.packages[1]!.source, { kind: 'registry' });
    assert.ok(
      out.packages.every((p) => p.direct && p.scopes.join() === 'dev' && p.ecosystem === 'GitHub Actions'),
    );
  });

  it('says why local actions, docker images and branches are not pinned packages', () => {
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code, d.line]),
      [
        ['info', 'local-action', 26],
        ['info', 'docker-action', 27],
        ['info', 'unpinned-action', 28],
        ['info', 'local-action', 34],
      ],
    );
    assert.match(out.diagnostics[2]!.message, /branch, not pinned/);
  });
});

describe('github/actions: composite actions', () => {
  it('reads runs.steps[].uses of an action.yml, with lines', () => {
    const out = run(
      [
        'name: setup',
        'runs:',
        '  using: composite',
        '  steps:',
        '    - uses: actions/setup-node@v4',
        '    - run: npm ci',
        '      shell: bash',
        '    - uses: actions/cache@13aacd865c20de90d75de3b17ebe84f7a17d57d2',
      ].join('\n'),
      '.github/actions/setup/action.yml',
    );
    assert.deepEqual(
      out.packages.map((p) => [p.name, p.version, p.locations[0]?.line]),
      [
        ['actions/setup-node', 'v4', 5],
        ['actions/cache', '13aacd865c20de90d75de3b17ebe84f7a17d57d2', 8],
      ],
    );
  });
  it('a JavaScript or Docker action has no uses: and no packages', () => {
    assert.deepEqual(run('runs:\n  using: node20\n  main: index.js\n', 'action.yml').packages, []);
  });
});

describe('github/actions: edge cases and hostile input', () => {
  it('`on:` stays a key (YAML 1.2) and a workflow without jobs has no packages', () => {
    const out = run('on:\n  push:\n');
    assert.deepEqual(out.packages, []);
  });

  it('invalid uses values become warnings with their line', () => {
    const out = run('jobs:\n  a:\n    steps:\n      - uses: actions/checkout\n      - uses: ok/ok@v1\n');
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [['invalid-uses', 4]],
    );
    assert.deepEqual(
      out.packages.map((p) => p.name),
      ['ok/ok'],
    );
  });

  it('malformed YAML is an InputError naming the file and line', () => {
    assert.throws(
      () => run('jobs:\n  a:\n    steps: [\n'),
      (e: unknown) => e instanceof InputError && e.path === PATH && typeof e.line === 'number',
    );
  });

  it('an alias bomb is refused', () => {
    let text = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
    for (let i = 0; i < 12; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      text += `${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
    }
    assert.throws(() => run(text), InputError);
  });

  it('terminal escapes in a uses value are quoted in messages', () => {
    const out = run('jobs:\n  a:\n    steps:\n      - uses: "evil\\u001b[31m/x@main"\n');
    assert.deepEqual(out.packages, [], 'control characters are not a valid owner');
    const messages = out.diagnostics.map((d) => d.message).join('\n');
    assert.ok(!messages.includes('\u001b'));
    assert.match(messages, /evil\\u001b\[31m/);
  });

  it('thousands of steps are read, and duplicates merge', () => {
    const steps = Array.from({ length: 5000 }, (_, i) => `      - uses: o/r${i % 100}@v${i % 3}`).join('\n');
    const out = run(`jobs:\n  a:\n    steps:\n${steps}\n`);
    assert.equal(out.packages.length, 300);
    assert.equal(
      out.packages.reduce((n, p) => n + p.locations.length, 0),
      5000,
    );
  });
});
