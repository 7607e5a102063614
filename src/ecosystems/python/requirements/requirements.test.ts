import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { requirementsExtractor as ex, matchesRequirements, scopeOfFileName } from './index.js';
import { MAX_INCLUDE_DEPTH } from './read.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function run(files: Record<string, string>, path = 'requirements.txt') {
  return extractMemory(ex, path, files);
}

function summary(files: Record<string, string>, path = 'requirements.txt') {
  return run(files, path).packages.map((p) => [
    p.id,
    p.resolution,
    p.locations.map((l) => `${l.path}:${l.line}`).join(' '),
  ]);
}

describe('python/requirements matches', () => {
  const cases: [string, boolean][] = [
    ['requirements.txt', true],
    ['a/b/requirements-dev.txt', true],
    ['dev-requirements.txt', true],
    ['requirements.in', false],
    ['requirements.txt/x', false],
    ['constraints.txt', false],
    ['requirements/base.txt', false],
  ];
  for (const [path, want] of cases) it(path, () => assert.equal(matchesRequirements(path), want));
});

describe('python/requirements scope by file name', () => {
  const cases: [string, string][] = [
    ['requirements.txt', 'prod'],
    ['requirements-dev.txt', 'dev'],
    ['dev-requirements.txt', 'dev'],
    ['requirements_test.txt', 'dev'],
    ['requirements.docs.txt', 'dev'],
    ['requirements-prod.txt', 'prod'],
    ['requirements-devops.txt', 'prod'],
  ];
  for (const [path, want] of cases) it(path, () => assert.equal(scopeOfFileName(path), want));
});

describe('python/requirements lines', () => {
  const cases: { name: string; text: string; want: [string, string, string][] }[] = [
    { name: 'pin', text: 'Django==4.2.1\n', want: [['PyPI:django@4.2.1', 'pinned', 'requirements.txt:1']] },
    {
      name: 'arbitrary equality',
      text: 'foo===1.0-local\n',
      want: [['PyPI:foo@1.0-local', 'pinned', 'requirements.txt:1']],
    },
    {
      name: 'range',
      text: '# c\nfoo >= 1.0, < 2\n',
      want: [['PyPI:foo@>=1.0,<2', 'unresolved', 'requirements.txt:2']],
    },
    {
      name: 'prefix match is a range',
      text: 'foo==1.*\n',
      want: [['PyPI:foo@==1.*', 'unresolved', 'requirements.txt:1']],
    },
    { name: 'no specifier', text: 'foo\n', want: [['PyPI:foo@', 'unresolved', 'requirements.txt:1']] },
    {
      name: 'PEP 503 name',
      text: 'Flask_SQLAlchemy.Ext==3.0\n',
      want: [['PyPI:flask-sqlalchemy-ext@3.0', 'pinned', 'requirements.txt:1']],
    },
    {
      name: 'extras and marker',
      text: 'requests[socks, security]==2.0 ; python_version < "3.8"\n',
      want: [['PyPI:requests@2.0', 'pinned', 'requirements.txt:1']],
    },
    {
      name: 'continuation and hashes',
      text: 'a==1 \\\n  --hash=sha256:00 \\\n  --hash=sha256:11\nb==2 # trailing comment\n',
      want: [
        ['PyPI:a@1', 'pinned', 'requirements.txt:1'],
        ['PyPI:b@2', 'pinned', 'requirements.txt:4'],
      ],
    },
    {
      name: 'comment with hash inside a URL fragment is kept',
      text: 'x @ https://h/x-1.0.tar.gz#sha256=ab\n',
      want: [['PyPI:x@1.0#tarball:https://h/x-1.0.tar.gz', 'pinned', 'requirements.txt:1']],
    },
    {
      name: 'duplicate lines merge',
      text: 'a==1\na==1\n',
      want: [['PyPI:a@1', 'pinned', 'requirements.txt:1 requirements.txt:2']],
    },
    {
      name: 'git with commit',
      text: 'git+https://tok@github.com/o/r.git@0123456789abcdef0123456789abcdef01234567#egg=r-pkg\n',
      want: [
        [
          'PyPI:r-pkg@0123456789abcdef0123456789abcdef01234567#git:0123456789abcdef0123456789abcdef01234567',
          'unresolved',
          'requirements.txt:1',
        ],
      ],
    },
    {
      name: 'a custom index is reported, options skipped',
      text: '-i https://example.org/simple\n--pre\n--find-links ./wheels\nx==1\n',
      want: [['PyPI:x@1', 'pinned', 'requirements.txt:4']],
    },
    { name: 'local paths are first-party', text: '-e .\n./libs/inner\nfile:///tmp/x\n', want: [] },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(summary({ 'requirements.txt': c.text }), c.want));

  it('git source carries url without credentials, purl has vcs_url', () => {
    const out = run({ 'requirements.txt': 'git+https://tok@github.com/o/r.git@v1.2#egg=r\n' });
    const p = out.packages[0]!;
    assert.deepEqual(p.source, { kind: 'git', url: 'https://github.com/o/r.git' });
    assert.equal(p.version, 'v1.2');
    assert.equal(p.purl, 'pkg:pypi/r?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fo%2Fr.git');
  });

  it('pinned purl is pkg:pypi/<normalised>@version', () => {
    const out = run({ 'requirements.txt': 'Zope.Interface==6.0\n' });
    assert.equal(out.packages[0]!.purl, 'pkg:pypi/zope-interface@6.0');
    assert.deepEqual(out.packages[0]!.scopes, ['prod']);
    assert.equal(out.packages[0]!.direct, true);
  });

  it('unknown VCS and nameless URL become diagnostics', () => {
    const out = run({ 'requirements.txt': 'hg+https://h/r#egg=a\nhttps://h/archive/main.zip\n' });
    assert.deepEqual(out.packages, []);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['unsupported-source', 1],
        ['unsupported-source', 2],
      ],
    );
  });

  it('an operator without a version is invalid; an environment variable leaves it unresolved', () => {
    const envVar = '\u0024{VERSION}';
    const out = run({ 'requirements.txt': `a==\nb>=1,<\nc==${envVar}\n` });
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.resolution]),
      [[`PyPI:c@==${envVar}`, 'unresolved']],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['invalid-line', 1],
        ['invalid-line', 2],
        ['environment-variable', 3],
      ],
    );
  });

  it('a custom index is reported once per option line; PyPI written out is not', () => {
    const out = run({
      'requirements.txt':
        '--index-url https://pypi.org/simple/\n--extra-index-url=https://nexus.example.org/pypi\nx==1\n',
    });
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [['custom-index', 2]],
    );
  });

  it('invalid line is a diagnostic with its line, quoted', () => {
    const out = run({ 'requirements.txt': 'ok==1\n\u001b[31m!!bad\n' });
    assert.equal(out.packages.length, 1);
    const d = out.diagnostics.find((x) => x.code === 'invalid-line');
    assert.equal(d?.line, 2);
    assert.ok(!d?.message.includes('\u001b'), 'escape sequence quoted');
  });
});

describe('python/requirements includes', () => {
  const files = {
    'requirements.txt': fixture('requirements.txt'),
    'requirements-dev.txt': fixture('requirements-dev.txt'),
    'constraints.txt': fixture('constraints.txt'),
  };

  it('pip-compile output: pins with hashes, markers and extras', () => {
    const out = run(files);
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.locations[0]?.line, p.source.integrity]),
      [
        [
          'PyPI:certifi@2024.8.30',
          9,
          'sha256:922820b53db7a7257ffbda3f597266d435245903d80737e34f8a45ff3e3230d8',
        ],
        [
          'PyPI:charset-normalizer@3.4.0',
          13,
          'sha256:0099d79bdfcf5c1f0c2c72f91516702ebf8b0b8ddd8905f97a8aecf49712c621',
        ],
        ['PyPI:idna@3.10', 16, 'sha256:12f65c9b470abda6dc35cf8e63cc574b1c52b11df2c86030af0ac09b01b13ea9'],
        [
          'PyPI:requests@2.32.3',
          19,
          'sha256:70761cfe03c773ceb22aa2f671b4757976145175cdfca038c02654d061d6dcc6',
        ],
        ['PyPI:urllib3@2.2.3', 22, 'sha256:ca899ca043dcb1bafa3e262d73aa25c465bfb49e0bd9dd5d59f1d0acba2f8fac'],
      ],
    );
    assert.deepEqual(out.diagnostics, [], 'the default index written out is not reported');
  });

  it('dev file: includes, constraints pin, VCS and URL lines, dev scope', () => {
    const out = run(files, 'requirements-dev.txt');
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.resolution, p.scopes.join(), p.locations[0]?.path]),
      [
        ['PyPI:black@~=24.8', 'unresolved', 'dev', 'requirements-dev.txt'],
        ['PyPI:certifi@2024.8.30', 'pinned', 'dev', 'requirements.txt'],
        ['PyPI:charset-normalizer@3.4.0', 'pinned', 'dev', 'requirements.txt'],
        [
          'PyPI:click@8d3b5b2e3ce1a1cbe2d3e1c7d0c5d2d7b4a4e8f1#git:8d3b5b2e3ce1a1cbe2d3e1c7d0c5d2d7b4a4e8f1',
          'unresolved',
          'dev',
          'requirements-dev.txt',
        ],
        ['PyPI:flask-sqlalchemy@', 'unresolved', 'dev', 'requirements-dev.txt'],
        ['PyPI:idna@3.10', 'pinned', 'dev', 'requirements.txt'],
        [
          'PyPI:mypy@v1.11.2#git:https://github.com/python/mypy.git',
          'unresolved',
          'dev',
          'requirements-dev.txt',
        ],
        ['PyPI:pytest@8.3.3', 'pinned', 'dev', 'requirements-dev.txt'],
        ['PyPI:requests@2.32.3', 'pinned', 'dev', 'requirements.txt'],
        ['PyPI:urllib3@2.2.3', 'pinned', 'dev', 'requirements.txt'],
        [
          'PyPI:wheel@0.44.0#tarball:https://files.pythonhosted.org/packages/py3/w/wheel/wheel-0.44.0-py3-none-any.whl',
          'pinned',
          'dev',
          'requirements-dev.txt',
        ],
      ],
    );
    assert.ok(out.diagnostics.some((d) => d.code === 'local-dependency' && d.line === 6));
    assert.ok(
      !out.packages.some((p) => p.name === 'black' && p.resolution === 'pinned'),
      'a range in constraints pins nothing',
    );
  });

  it('include cycles end', () => {
    const out = run({ 'requirements.txt': '-r b.txt\na==1\n', 'b.txt': '-r requirements.txt\nb==1\n' });
    assert.deepEqual(
      out.packages.map((p) => p.id),
      ['PyPI:a@1', 'PyPI:b@1'],
    );
  });

  it('includes are relative to the including file and stay inside the root', () => {
    const out = run(
      {
        'svc/requirements.txt':
          '-r ../common/base.txt\n-r ../../outside.txt\n-r /etc/passwd\n-r https://h/r.txt\n-r missing.txt\n',
        'common/base.txt': 'a==1\n',
      },
      'svc/requirements.txt',
    );
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.locations[0]?.path]),
      [['PyPI:a@1', 'common/base.txt']],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.path, d.line]),
      [
        ['include-not-read', 'svc/requirements.txt', 2],
        ['include-not-read', 'svc/requirements.txt', 3],
        ['include-not-read', 'svc/requirements.txt', 4],
        ['include-not-read', 'svc/requirements.txt', 5],
      ],
    );
  });

  it('include depth is capped', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < MAX_INCLUDE_DEPTH + 5; i++) files[`r${i}.txt`] = `-r r${i + 1}.txt\np${i}==1\n`;
    files['requirements.txt'] = '-r r0.txt\n';
    const out = run(files);
    assert.equal(out.packages.length, MAX_INCLUDE_DEPTH);
    assert.ok(out.diagnostics.some((d) => d.code === 'include-not-read'));
  });

  it('huge file with many bad lines stays bounded', () => {
    const out = run({ 'requirements.txt': '!bad\n'.repeat(5000) });
    assert.ok(out.diagnostics.length <= 51);
  });
});
