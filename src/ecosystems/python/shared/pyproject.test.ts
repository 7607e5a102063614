import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTomlFile } from '../../shared/toml.js';
import { directFromPyproject } from './graph.js';
import { readPyproject } from './pyproject.js';

const read = (text: string) => readPyproject(parseTomlFile(text, 'pyproject.toml'));
const deps = (text: string) => read(text).dependencies.map((d) => [d.name, d.specifier, d.scope, d.section]);

describe('python shared: pyproject.toml sections', () => {
  const cases: { name: string; text: string; want: string[][] }[] = [
    {
      name: 'PEP 621 dependencies and extras (dev-named extras are dev)',
      text: '[project]\ndependencies = ["a>=1"]\n[project.optional-dependencies]\nfast = ["b"]\nlint = ["c==2"]\n',
      want: [
        ['a', '>=1', 'prod', 'project.dependencies'],
        ['b', '', 'optional', 'project.optional-dependencies.fast'],
        ['c', '==2', 'dev', 'project.optional-dependencies.lint'],
      ],
    },
    {
      name: 'PEP 735 groups (include-group tables ignored), pdm and uv dev dependencies',
      text: '[dependency-groups]\ntest = ["pytest", {include-group = "x"}]\n[tool.pdm.dev-dependencies]\nqa = ["ruff"]\n[tool.uv]\ndev-dependencies = ["mypy<2"]\n',
      want: [
        ['pytest', '', 'dev', 'dependency-groups.test'],
        ['ruff', '', 'dev', 'tool.pdm.dev-dependencies.qa'],
        ['mypy', '<2', 'dev', 'tool.uv.dev-dependencies'],
      ],
    },
    {
      name: 'Poetry: python skipped, legacy dev-dependencies, group main is prod, multiple constraints',
      text: [
        '[tool.poetry.dependencies]',
        'python = "^3.10"',
        'numpy = [{version = "<2", python = "<3.9"}, {version = "^2", python = ">=3.9"}]',
        '[tool.poetry.dev-dependencies]',
        'black = "*"',
        '[tool.poetry.group.main.dependencies]',
        'attrs = "^24"',
        '',
      ].join('\n'),
      want: [
        ['numpy', '<2', 'prod', 'tool.poetry.dependencies'],
        ['black', '*', 'dev', 'tool.poetry.dev-dependencies'],
        ['attrs', '^24', 'prod', 'tool.poetry.group.main.dependencies'],
      ],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(deps(c.text), c.want));

  it('a name declared in several sections keeps every scope, by PEP 503 name', () => {
    const doc = read('[project]\ndependencies = ["Foo_Bar"]\n[dependency-groups]\ndev = ["foo-bar>=1"]\n');
    assert.deepEqual([...directFromPyproject(doc)], [['foo-bar', ['prod', 'dev']]]);
  });

  it('project name, version and dynamic dependencies', () => {
    const doc = read('[project]\nname = "x"\nversion = "1"\ndynamic = ["dependencies"]\n');
    assert.deepEqual(
      [doc.name, doc.version, doc.dynamicDependencies, doc.hasProjectTable],
      ['x', '1', true, true],
    );
  });
});
