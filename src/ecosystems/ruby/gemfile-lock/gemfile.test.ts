import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { gemfileGroups, isDevOnly } from './gemfile.js';
import { gemfileLockExtractor } from './index.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

describe('ruby/gemfile-lock: Gemfile groups', () => {
  const cases: [string, string, Record<string, string[]>][] = [
    ['default group', 'gem "rails", "~> 7.1"', { rails: ['default'] }],
    [
      'group block with several groups',
      'group :development, :test do\n  gem "rspec"\n  gem \'pry\', require: false\nend\ngem "puma"',
      { rspec: ['development', 'test'], pry: ['development', 'test'], puma: ['default'] },
    ],
    ['group option', 'gem "rubocop", group: :development, require: false', { rubocop: ['development'] }],
    ['groups array', "gem 'simplecov', groups: [:test, 'ci'], require: false", { simplecov: ['test', 'ci'] }],
    ['hash-rocket option', 'gem "debug", :group => :development', { debug: ['development'] }],
    [
      'nested blocks and conditionals keep the enclosing group',
      'group :test do\n  platforms :ruby do\n    gem "a"\n  end\n  if ENV["X"]\n    gem "b"\n  end\n  gem "c"\nend\ngem "d"',
      { a: ['test'], b: ['test'], c: ['test'], d: ['default'] },
    ],
    ['group(...) call form', 'group(:test) do\n  gem("e")\nend', { e: ['test'] }],
    [
      'a gem in two places has both groups',
      'gem "f"\ngroup :test do\n  gem "f"\nend',
      { f: ['default', 'test'] },
    ],
    ['comments and odd lines are ignored', '# gem "x"\ngem\ngem foo\n', {}],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => assert.deepEqual(Object.fromEntries(gemfileGroups(text)), want));
  }

  const dev: [string[] | undefined, boolean][] = [
    [undefined, false],
    [['default'], false],
    [['development', 'test'], true],
    [['test', 'production'], false],
    [[], false],
  ];
  for (const [groups, want] of dev)
    it(`isDevOnly(${JSON.stringify(groups)})`, () => assert.equal(isDevOnly(groups), want));

  it('scopes follow the groups through the graph; the gemspec and default gems stay prod', () => {
    const out = extractMemory(gemfileLockExtractor, 'app/Gemfile.lock', {
      'app/Gemfile.lock': fixture('Gemfile.lock'),
      'app/Gemfile': fixture('Gemfile'),
    });
    const scopes = Object.fromEntries(out.packages.map((p) => [p.name, p.scopes.join('+')]));
    assert.deepEqual(scopes, {
      'rack-attack': 'prod',
      faraday: 'prod',
      'faraday-net_http': 'prod',
      base64: 'prod',
      mini_portile2: 'prod',
      nokogiri: 'prod',
      racc: 'prod',
      rack: 'prod',
      rspec: 'dev',
      'rspec-core': 'dev',
      ruby2_keywords: 'prod',
    });
  });

  it('gems.locked reads gems.rb', () => {
    const lock =
      'GEM\n  remote: https://rubygems.org/\n  specs:\n    rspec (3.12.0)\n\nDEPENDENCIES\n  rspec\n';
    const out = extractMemory(gemfileLockExtractor, 'gems.locked', {
      'gems.locked': lock,
      'gems.rb': 'gem "rspec", group: :test\n',
    });
    assert.deepEqual(out.packages[0]?.scopes, ['dev']);
  });
});
