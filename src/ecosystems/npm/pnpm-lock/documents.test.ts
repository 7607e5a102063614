import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { MAX_DOCUMENTS, splitDocuments } from './documents.js';
import { pnpmLockExtractor } from './index.js';

describe('splitDocuments', () => {
  const cases: Array<[string, string, Array<[number, string]>]> = [
    ['one document', 'a: 1\nb: 2\n', [[1, 'a: 1\nb: 2\n']]],
    ['leading marker', '---\na: 1\n', [[1, '---\na: 1\n']]],
    [
      'two documents',
      '---\na: 1\n---\nb: 2\n',
      [
        [1, '---\na: 1\n'],
        [3, '\n\n---\nb: 2\n'],
      ],
    ],
    ['comment before the first marker', '# c\n---\na: 1\n', [[2, '\n---\na: 1\n']]],
    [
      'empty documents dropped',
      '---\n---\n# only a comment\n---\nb: 2\n...\n',
      [[4, '\n\n\n---\nb: 2\n...\n']],
    ],
    ['markers need column 0 and a break', 'a: |\n  ---\n---x: 1\n', [[1, 'a: |\n  ---\n---x: 1\n']]],
    [
      'CRLF',
      '---\r\na: 1\r\n---\r\nb: 2\r\n',
      [
        [1, '---\r\na: 1\r\n'],
        [3, '\n\n---\r\nb: 2\r\n'],
      ],
    ],
    ['empty text', '', []],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => {
      assert.deepEqual(
        splitDocuments(text)?.map((d) => [d.firstLine, d.text]),
        want,
      );
    });
  }

  it('refuses more documents than a lockfile has', () => {
    const many = Array.from({ length: MAX_DOCUMENTS + 1 }, (_, i) => `---\na${i}: 1\n`).join('');
    assert.equal(splitDocuments(many), undefined);
    assert.equal(splitDocuments('---\n'.repeat(100_000))?.length, 0);
  });
});

/** A pnpm 11+ lockfile: env document (config dependency, pnpm itself), then the project lockfile. */
const TWO_DOCS = `---
lockfileVersion: '9.0'

importers:

  .:
    configDependencies:
      cfg:
        specifier: 1.0.0
        version: 1.0.0
    packageManagerDependencies:
      pnpm:
        specifier: 12.0.0
        version: 12.0.0

packages:

  cfg@1.0.0:
    resolution: {integrity: sha512-cfg}

  pnpm@12.0.0:
    resolution: {integrity: sha512-pnpm}

snapshots:

  cfg@1.0.0: {}

  pnpm@12.0.0: {}

---
lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      a:
        specifier: ^1.0.0
        version: 1.0.0

packages:

  a@1.0.0:
    resolution: {integrity: sha512-a}

  cfg@1.0.0:
    resolution: {integrity: sha512-cfg}

snapshots:

  a@1.0.0:
    dependencies:
      cfg: 1.0.0

  cfg@1.0.0: {}
`;

describe('multi-document lockfiles (pnpm 11+)', () => {
  const run = (text: string) =>
    extractMemory(pnpmLockExtractor, 'pnpm-lock.yaml', {
      'pnpm-lock.yaml': text,
      'package.json': '{"name":"root","version":"1.0.0"}',
    });

  it('reads the packages of every document, with lines of the whole file', () => {
    const out = run(TWO_DOCS);
    const lines = TWO_DOCS.split('\n');
    const lineOf = (key: string, from = 0) => lines.indexOf(`  ${key}:`, from) + 1;
    const second = lines.indexOf('---', 1);
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.scopes, p.direct, p.locations.map((l) => l.line)]),
      [
        ['npm:a@1.0.0', ['prod'], true, [lineOf('a@1.0.0')]],
        // in both documents: one package, both lines; prod through a, dev as a config dependency
        ['npm:cfg@1.0.0', ['prod', 'dev'], true, [lineOf('cfg@1.0.0'), lineOf('cfg@1.0.0', second)]],
        ['npm:pnpm@12.0.0', ['dev'], true, [lineOf('pnpm@12.0.0')]],
      ],
    );
    assert.deepEqual(out.projects.length, 1);
    assert.deepEqual(out.projects[0]?.dependencies, [
      { id: 'npm:a@1.0.0', scope: 'prod' },
      { id: 'npm:cfg@1.0.0', scope: 'dev' },
      { id: 'npm:pnpm@12.0.0', scope: 'dev' },
    ]);
    assert.deepEqual(out.diagnostics, []);
  });

  it('reports a YAML error in the second document at its line in the file', () => {
    const broken = `${TWO_DOCS}  bad: [unclosed\n`;
    assert.throws(
      () => run(broken),
      (e: unknown) =>
        e instanceof InputError && e.line !== undefined && e.line >= broken.split('\n').length - 2,
    );
  });

  it('a second document that is not a mapping makes the file unreadable', () => {
    assert.throws(() => run(`${TWO_DOCS}---\n- a\n`), InputError);
  });
});
