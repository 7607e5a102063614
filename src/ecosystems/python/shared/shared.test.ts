import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { needsShared, readSharedJson } from '../../../../test/helpers/shared.js';
import { arrayTableLines } from './lines.js';
import { pypiPackage } from './package.js';
import { parseRequirement, pinnedVersion } from './pep508.js';

describe('python shared: PEP 508', () => {
  const cases: [string, ReturnType<typeof parseRequirement>][] = [
    ['requests', { name: 'requests', extras: [], specifier: '' }],
    [
      'requests[a, b] (>= 2.0, <3) ; python_version < "3.8"',
      { name: 'requests', extras: ['a', 'b'], specifier: '>=2.0,<3', marker: 'python_version < "3.8"' },
    ],
    [
      'pip @ https://h/p.whl ; sys_platform == "win32"',
      { name: 'pip', extras: [], specifier: '', url: 'https://h/p.whl', marker: 'sys_platform == "win32"' },
    ],
    ['-bad', undefined],
    ['name.', undefined],
  ];
  for (const [text, want] of cases) it(text, () => assert.deepEqual(parseRequirement(text), want));

  const pins: [string, string | undefined][] = [
    ['==1.0', '1.0'],
    ['=== 1.0', '1.0'],
    ['==1.*', undefined],
    ['>=1', undefined],
    ['==1,!=2', undefined],
    ['', undefined],
  ];
  for (const [spec, want] of pins)
    it(`pin of ${spec || '(none)'}`, () => assert.equal(pinnedVersion(spec), want));
});

describe('python shared: purls agree with purl-spec pypi vectors', {
  skip: needsShared('conformance', 'purl-spec', 'tests', 'types', 'pypi-test.json'),
}, () => {
  interface Vector {
    description: string;
    test_type: string;
    input: unknown;
    expected_output: unknown;
  }
  const vectors = needsShared('conformance', 'purl-spec', 'tests', 'types', 'pypi-test.json')
    ? []
    : readSharedJson<{ tests: Vector[] }>('conformance', 'purl-spec', 'tests', 'types', 'pypi-test.json')
        .tests;
  for (const v of vectors.filter((t) => t.test_type === 'build')) {
    const input = v.input as {
      name: string;
      version: string | null;
      qualifiers: Record<string, string> | null;
    };
    if (input.qualifiers) continue;
    it(v.description, () => {
      assert.equal(pypiPackage({ name: input.name, version: input.version ?? '' }).purl, v.expected_output);
    });
  }
  it('PEP 503 name from a non-canonical spelling', () => {
    assert.equal(
      pypiPackage({ name: 'Django_package', version: '1.11.1.dev1' }).purl,
      'pkg:pypi/django-package@1.11.1.dev1',
    );
  });
});

describe('python shared: array-of-tables lines', () => {
  it('finds the name line, skipping multi-line strings and sub-tables', () => {
    const text = [
      '[[package]]', // 1
      'other = 1', // 2
      'name = "a"', // 3
      'description = """', // 4
      'name = "fake"', // 5
      '"""', // 6
      '[package.dependencies]', // 7
      'name = "b"', // 8
      '[[package]]', // 9
      '# name = "c"', // 10
      "name = 'd'", // 11
      '[[package.wheels]]', // 12
      'name = "w"', // 13
      '[[package]]', // 14
    ].join('\n');
    assert.deepEqual(arrayTableLines(text, 'package'), [
      { header: 1, name: 3 },
      { header: 9, name: 11 },
      { header: 14, name: 14 },
    ]);
  });
});
