import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dockerfilePinning } from './dockerfile-pinning.js';

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

describe('Dockerfile: heredoc RUN bodies (Scorecard reads them; lines are the body lines)', () => {
  it('each body is a script of its own, `<<-` strips tabs, several heredocs in one RUN', () => {
    const text = `FROM x@${D}
RUN <<EOT
echo start
curl https://e.com/i | bash
EOT

RUN <<-"EOT"
\tpip install requests
\tEOT
RUN <<EOT1 <<EOT2
npm ci
EOT1
go install x.io/y/z@latest
EOT2
RUN echo after
`;
    const r = dockerfilePinning('Dockerfile', text);
    assert.deepEqual(
      r.dependencies.map((d) => [d.type, d.pinned, d.line, d.snippet]),
      [
        ['containerImage', true, 1, `FROM x@${D}`],
        ['downloadThenRun', false, 4, 'curl https://e.com/i | bash'],
        ['pipCommand', false, 8, 'pip install requests'],
        ['npmCommand', true, 11, 'npm ci'],
        ['goCommand', false, 13, 'go install x.io/y/z@latest'],
      ],
    );
    assert.deepEqual(r.problems, []);
  });
});
