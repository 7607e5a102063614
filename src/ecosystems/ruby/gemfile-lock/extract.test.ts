import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { gemfileLockExtractor } from './index.js';

const REAL = readFileSync(new URL('./__fixtures__/Gemfile.lock', import.meta.url), 'utf8');
const ESC = '\u001b';

function run(text: string, path = 'app/Gemfile.lock') {
  return extractMemory(gemfileLockExtractor, path, { [path]: text });
}

describe('ruby/gemfile-lock: a realistic lockfile (gemspec, git gem, platform gems, CHECKSUMS)', () => {
  const out = run(REAL);
  const byName = new Map(out.packages.map((p) => [p.name, p]));

  it('reports every locked gem once, not the project itself', () => {
    assert.deepEqual(out.packages.map((p) => `${p.name}@${p.version}`).sort(), [
      'base64@0.1.1',
      'faraday-net_http@3.0.2',
      'faraday@2.7.11',
      'mini_portile2@2.8.5',
      'nokogiri@1.15.4',
      'racc@1.7.1',
      'rack-attack@6.7.0',
      'rack@3.0.8',
      'rspec-core@3.12.2',
      'rspec@3.12.0',
      'ruby2_keywords@0.0.5',
    ]);
  });

  it('the PATH `.` gem is the project, with its gemspec dependencies and DEPENDENCIES as direct', () => {
    assert.equal(out.projects.length, 1);
    const p = out.projects[0]!;
    assert.deepEqual(
      [p.id, p.name, p.version, p.path, p.location.line],
      ['RubyGems:app', 'acme-client', '0.4.0', 'app', 4],
    );
    assert.deepEqual(
      p.dependencies.map((d) => d.id),
      [
        'RubyGems:faraday@2.7.11',
        'RubyGems:nokogiri@1.15.4',
        'RubyGems:rack-attack@6.7.0#git:3f4ee0a1d5e1f6e0b9b1c2c1dba86d1a4e2c7e10',
        'RubyGems:rspec@3.12.0',
      ],
    );
  });

  const table: [string, { direct: boolean; line: number; deps: string[] }][] = [
    [
      'faraday',
      { direct: true, line: 18, deps: ['base64@0.1.1', 'faraday-net_http@3.0.2', 'ruby2_keywords@0.0.5'] },
    ],
    ['base64', { direct: false, line: 23, deps: [] }],
    ['rack', { direct: false, line: 33, deps: [] }],
    ['rspec-core', { direct: false, line: 36, deps: [] }],
    ['nokogiri', { direct: true, line: 25, deps: ['mini_portile2@2.8.5', 'racc@1.7.1'] }],
  ];
  for (const [name, want] of table) {
    it(`${name}: direct, line and edges`, () => {
      const p = byName.get(name)!;
      assert.equal(p.direct, want.direct);
      assert.equal(p.locations[0]?.line, want.line);
      assert.deepEqual(
        p.dependencies,
        want.deps.map((d) => `RubyGems:${d}`),
      );
      assert.deepEqual(p.scopes, ['prod']);
    });
  }

  it('a gem locked for several platforms is one package with every line and a purl without platform', () => {
    const n = byName.get('nokogiri')!;
    assert.deepEqual(
      n.locations.map((l) => l.line),
      [25, 28, 30],
    );
    assert.equal(n.purl, 'pkg:gem/nokogiri@1.15.4');
  });

  it('the git gem has a vcs_url purl; rack-attack -> rack', () => {
    const r = byName.get('rack-attack')!;
    assert.equal(
      r.purl,
      'pkg:gem/rack-attack@6.7.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Frack%2Frack-attack.git%403f4ee0a1d5e1f6e0b9b1c2c1dba86d1a4e2c7e10',
    );
    assert.deepEqual(r.dependencies, ['RubyGems:rack@3.0.8']);
  });

  it('a declared gem that is not locked is an info diagnostic, not a package', () => {
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code, d.line]),
      [['info', 'not-locked', 49]],
    );
  });
});

describe('ruby/gemfile-lock: edge and hostile input', () => {
  const cases: [string, string, (o: ReturnType<typeof run>) => void][] = [
    ['empty file: nothing, no error', '', (o) => assert.deepEqual([o.packages, o.projects], [[], []])],
    [
      'CRLF line endings',
      'GEM\r\n  remote: https://rubygems.org/\r\n  specs:\r\n    rake (13.0.6)\r\n\r\nDEPENDENCIES\r\n  rake\r\n',
      (o) =>
        assert.deepEqual(
          o.packages.map((p) => [p.name, p.version, p.direct, p.locations[0]?.line]),
          [['rake', '13.0.6', true, 4]],
        ),
    ],
    [
      'a private gem server is kept as the registry url',
      'GEM\n  remote: https://gems.example.com/\n  specs:\n    secret (1.0.0)\n',
      (o) => assert.deepEqual(o.packages[0]?.source, { kind: 'registry', url: 'https://gems.example.com/' }),
    ],
    [
      'terminal escapes in a name are data, quoted in messages',
      `GEM\n  remote: https://rubygems.org/\n  specs:\n    evil${ESC}[31m\n    ok${ESC}]0;x (1.0)\n`,
      (o) => {
        assert.equal(o.packages[0]?.name, `ok${ESC}]0;x`);
        assert.equal(o.diagnostics.length, 1);
        assert.ok(!o.diagnostics[0]!.message.includes(ESC));
        assert.match(o.diagnostics[0]!.message, /evil\\u001b\[31m/);
      },
    ],
    [
      'a flood of broken specs is capped',
      `GEM\n  specs:\n${'    broken\n'.repeat(500)}`,
      (o) => assert.equal(o.diagnostics.length, 51),
    ],
    [
      'a 1 MB name and 100k gems are read',
      `GEM\n  specs:\n    ${'a'.repeat(1_000_000)} (1.0)\n${Array.from({ length: 100_000 }, (_, i) => `    g${i} (1.0)\n      g${i + 1}\n`).join('')}`,
      (o) => {
        assert.equal(o.packages.length, 100_001);
        assert.deepEqual(o.packages[1]?.dependencies, ['RubyGems:g1@1.0']);
      },
    ],
  ];
  for (const [name, text, check] of cases) it(name, () => check(run(text)));

  it('a file that is not a lockfile is an InputError naming the file and line', () => {
    assert.throws(
      () => run('{"not": "a lockfile"}\n'),
      (e: unknown) => e instanceof InputError && e.path === 'app/Gemfile.lock' && e.line === 1,
    );
  });

  it('matches Gemfile.lock and gems.locked by basename', () => {
    assert.ok(gemfileLockExtractor.matches('a/b/gems.locked'));
    assert.ok(!gemfileLockExtractor.matches('Gemfile'));
  });
});
