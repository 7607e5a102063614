import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  dockerfilePinning,
  inVendorDir,
  isScorecardDockerfile,
  isScorecardShellScript,
  isTemplateFile,
  shellScriptPinning,
} from './files-pinning.js';

const D = `sha256:${'b'.repeat(64)}`;

function froms(
  text: string,
  path = 'Dockerfile',
): [boolean, number, string | undefined, string | undefined][] {
  return dockerfilePinning(path, text)
    .dependencies.filter((d) => d.type === 'containerImage')
    .map((d) => [d.pinned, d.line, d.name, d.pinnedAt]);
}

describe('Dockerfile: FROM pinning (Scorecard rules)', () => {
  const cases: [string, string, ReturnType<typeof froms>][] = [
    ['tag', 'FROM node:20', [[false, 1, 'node', '20']]],
    ['no tag', 'FROM node', [[false, 1, 'node', undefined]]],
    ['digest', `FROM node:20@${D}`, [[true, 1, 'node', `20@${D}`]]],
    ['digest as ARG', 'ARG H\nFROM node@sha256:${H}', [[true, 2, 'node@sha256', '${H}']]],
    [
      'ARG default substituted',
      `ARG BASE=python@${D}\nFROM \${BASE}`,
      [[true, 2, 'python@sha256', 'b'.repeat(64)]],
    ],
    ['scratch is nothing', 'FROM scratch', []],
    [
      'stages: pinned stage reused is pinned, unpinned stays unpinned',
      `FROM golang:1.22@${D} AS build\nFROM build AS test\nFROM alpine:3 AS run\nFROM run`,
      [
        [true, 1, 'golang', `1.22@${D}`],
        [true, 2, 'build', 'test'],
        [false, 3, 'alpine', '3'],
        [false, 4, 'run', undefined],
      ],
    ],
    [
      '--platform flag ignored',
      '# c\nFROM --platform=$BUILDPLATFORM node:20 AS b',
      [[false, 2, 'node', '20']],
    ],
    ['continuation', 'FROM \\\n  node:20', [[false, 1, 'node', '20']]],
  ];
  for (const [name, text, want] of cases) it(name, () => assert.deepEqual(froms(text), want));

  it('template Dockerfiles are not checked for FROM; vendor folders not at all', () => {
    assert.deepEqual(froms('FROM node:20', 'Dockerfile.template'), []);
    assert.deepEqual(froms('FROM node:20\nRUN curl https://e.com/i | sh', 'vendor/x/Dockerfile'), []);
    assert.equal(dockerfilePinning('Dockerfile.tpl', 'RUN curl https://e.com/i | sh').dependencies.length, 1);
  });

  it('a malformed FROM is a problem with its line', () => {
    const r = dockerfilePinning('Dockerfile', 'FROM a b');
    assert.deepEqual(
      r.problems.map((p) => [p.line, p.code]),
      [[1, 'invalid-entry']],
    );
  });

  it('RUN: downloads and installs, taint across RUN lines, exec form with sh -c read as a script', () => {
    const r = dockerfilePinning(
      'Dockerfile',
      `FROM x@${D}
RUN wget https://e.com/tool -O /usr/bin/tool
RUN /usr/bin/tool --init && \\
    pip install requests
RUN ["sh", "-c", "npm ci"]
RUN ["/bin/sh", "-c", "curl https://e.com/i.sh | bash"]
`,
    );
    assert.deepEqual(
      r.dependencies.map((d) => [d.type, d.pinned, d.line]),
      [
        ['containerImage', true, 1],
        ['downloadThenRun', false, 3],
        ['pipCommand', false, 3],
        ['npmCommand', true, 5],
        ['downloadThenRun', false, 6],
      ],
    );
  });
});

describe('shell scripts', () => {
  it('downloads and installs with lines', () => {
    const r = shellScriptPinning(
      'install.sh',
      '#!/bin/bash\nset -e\ncurl -fsSL https://e.com/i | sudo bash\ngo install x.io/y/z@latest\n',
    );
    assert.deepEqual(
      r.dependencies.map((d) => [d.path, d.type, d.line]),
      [
        ['install.sh', 'downloadThenRun', 3],
        ['install.sh', 'goCommand', 4],
      ],
    );
    assert.deepEqual(r.problems, []);
  });
  it('a script that cannot be read is a problem with its line', () => {
    const r = shellScriptPinning('x.sh', 'echo ok\necho "open\n');
    assert.deepEqual(
      r.problems.map((p) => [p.path, p.line]),
      [['x.sh', 2]],
    );
  });

  const scripts: [string, string, boolean][] = [
    ['a.sh', 'echo', true],
    ['a.bash', 'echo', true],
    ['a', '#!/bin/sh\necho', true],
    ['a', '#!/usr/bin/env bash\necho', true],
    ['a', '#!/bin/mksh', true],
    ['a.sh', '#!/bin/zsh\necho', false],
    ['a.sh', '#!/usr/bin/awk -f', false],
    ['a.py', 'print(1)', false],
  ];
  for (const [path, text, want] of scripts)
    it(`isScorecardShellScript(${path}, ${JSON.stringify(text.split('\n')[0])}) = ${want}`, () =>
      assert.equal(isScorecardShellScript(path, text), want));

  const dockerfiles: [string, boolean][] = [
    ['Dockerfile', true],
    ['build/dockerfile.prod', true],
    ['Dockerfile-base', true],
    ['dockerfile.go', false],
    ['docs/Dockerfile.md', true],
    ['Makefile', false],
  ];
  for (const [path, want] of dockerfiles)
    it(`isScorecardDockerfile(${path}) = ${want}`, () =>
      assert.equal(isScorecardDockerfile(path, 'FROM x'), want));

  it('vendor and template names', () => {
    assert.equal(inVendorDir('a/Vendor/b'), true);
    assert.equal(inVendorDir('third_party/x'), true);
    assert.equal(inVendorDir('vendors/x'), false);
    assert.equal(isTemplateFile('Dockerfile_tmpl'), true);
    assert.equal(isTemplateFile('Dockerfile.templates'), false);
  });
});
