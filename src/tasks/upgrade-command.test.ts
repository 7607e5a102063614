import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { upgradeCommand } from './upgrade-command.js';
import { versionJump } from './version-jump.js';

describe('upgradeCommand', () => {
  const base = { name: 'pkg', version: '1.2.3', direct: true, devOnly: false };
  const cases: Array<[string, Partial<typeof base> & { extractor: string }, string | undefined]> = [
    ['npm', { extractor: 'npm/package-lock' }, 'npm install pkg@1.2.3'],
    ['npm dev', { extractor: 'npm/package-lock', devOnly: true }, 'npm install pkg@1.2.3 --save-dev'],
    ['yarn', { extractor: 'npm/yarn-lock' }, 'yarn add pkg@1.2.3'],
    ['pnpm dev', { extractor: 'npm/pnpm-lock', devOnly: true }, 'pnpm add pkg@1.2.3 --save-dev'],
    ['poetry', { extractor: 'python/poetry-lock' }, 'poetry add "pkg>=1.2.3"'],
    ['uv', { extractor: 'python/uv-lock' }, 'uv add "pkg>=1.2.3"'],
    ['pip', { extractor: 'python/requirements' }, 'pip install "pkg==1.2.3"'],
    [
      'go (transitive too)',
      { extractor: 'go/go-mod', name: 'golang.org/x/net', direct: false },
      'go get golang.org/x/net@v1.2.3 && go mod tidy',
    ],
    [
      'cargo (transitive too)',
      { extractor: 'rust/cargo-lock', direct: false },
      'cargo update -p pkg --precise 1.2.3',
    ],
    ['bundler', { extractor: 'ruby/gemfile-lock' }, 'bundle update --conservative pkg'],
    [
      'composer',
      { extractor: 'php/composer-lock', name: 'vendor/pkg' },
      'composer require "vendor/pkg:^1.2.3"',
    ],
    [
      'nuget',
      { extractor: 'dotnet/csproj', name: 'Newtonsoft.Json' },
      'dotnet add package Newtonsoft.Json --version 1.2.3',
    ],
    ['npm transitive: none obviously right', { extractor: 'npm/package-lock', direct: false }, undefined],
    ['maven: edit the pom', { extractor: 'java/pom-xml' }, undefined],
    ['a name with shell characters', { extractor: 'npm/package-lock', name: 'x;rm -rf ~' }, undefined],
    ['a name that reads as an option', { extractor: 'npm/package-lock', name: '--global' }, undefined],
    ['a version with a quote', { extractor: 'python/uv-lock', version: '1"; echo' }, undefined],
  ];
  for (const [name, t, want] of cases) it(name, () => assert.equal(upgradeCommand({ ...base, ...t }), want));
});

describe('versionJump', () => {
  const cases: Array<[string, string, string]> = [
    ['1.2.3', '1.2.4', 'patch'],
    ['1.2.3', '1.3.0', 'minor'],
    ['1.2.3', '2.0.0', 'major'],
    ['0.3.3', '0.4.0', 'major'],
    ['0.3.3', '0.3.9', 'patch'],
    ['v1.2.3', 'v1.2.10', 'patch'],
    ['4.17.4', '4.17.11', 'patch'],
    ['2020.1', '2021.1', 'major'],
    ['abc', '1.0', 'minor'],
  ];
  for (const [from, to, want] of cases)
    it(`${from} -> ${to} is ${want}`, () => assert.equal(versionJump(from, to), want));
});
