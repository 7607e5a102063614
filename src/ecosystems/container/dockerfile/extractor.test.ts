// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile build-argument syntax, not JavaScript templates
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { parseImage, substitute } from './image.js';
import { dockerfileExtractor } from './index.js';
import { readInstructions } from './instructions.js';

const FIXTURE = readFileSync(new URL('./__fixtures__/Dockerfile', import.meta.url), 'utf8');

function run(text: string, path = 'Dockerfile'): ExtractionOutput {
  return extractMemory(dockerfileExtractor, path, { [path]: text });
}

function view(out: ExtractionOutput) {
  return out.packages.map((p) => [
    p.name,
    p.version,
    p.purl,
    p.resolution,
    p.scopes.join(),
    p.locations.map((l) => l.line),
  ]);
}

describe('container/dockerfile: matches', () => {
  const cases: [string, boolean][] = [
    ['Dockerfile', true],
    ['deploy/Containerfile', true],
    ['api.Dockerfile', true],
    ['Dockerfile.prod', true],
    ['Containerfile.dev', true],
    ['.Dockerfile', false],
    ['Dockerfile.', false],
    ['dockerfile-lint.json', false],
    ['Dockerfile/other', false],
  ];
  for (const [path, want] of cases)
    it(`${path} -> ${want}`, () => assert.equal(dockerfileExtractor.matches(path), want));
});

describe('container/dockerfile: image references', () => {
  const cases: [string, unknown][] = [
    ['node', { path: 'node' }],
    ['node:20', { path: 'node', tag: '20' }],
    ['bitnami/redis:7.2', { path: 'bitnami/redis', tag: '7.2' }],
    ['ghcr.io/o/i:1', { registry: 'ghcr.io', path: 'o/i', tag: '1' }],
    ['localhost:5000/i', { registry: 'localhost:5000', path: 'i' }],
    ['a@sha256:abc', { path: 'a', digest: 'sha256:abc' }],
    ['a:1@sha256:abc', { path: 'a', tag: '1', digest: 'sha256:abc' }],
    ['Upper/case', undefined],
    ['a:', undefined],
    ['a//b', undefined],
    ['a@nodigest', undefined],
    ['reg\u001b.io/a:1', undefined],
    ['a:t\u001b', undefined],
  ];
  for (const [ref, want] of cases) it(ref, () => assert.deepEqual(parseImage(ref), want));

  const vars = new Map([
    ['V', '1'],
    ['E', ''],
  ]);
  const subs: [string, unknown][] = [
    ['x:$V', { ok: true, value: 'x:1' }],
    ['x:${V}-slim', { ok: true, value: 'x:1-slim' }],
    ['x:${E:-2}', { ok: true, value: 'x:2' }],
    ['x:${U:-3}', { ok: true, value: 'x:3' }],
    ['x${V:+-alt}', { ok: true, value: 'x-alt' }],
    ['x:$U', { ok: false, missing: 'U' }],
    ['x:${U', { ok: false, missing: '${U' }],
    ['price$', { ok: true, value: 'price$' }],
  ];
  for (const [text, want] of subs)
    it(`substitute ${text}`, () => assert.deepEqual(substitute(text, vars), want));
});

describe('container/dockerfile: instructions', () => {
  it('joins continuations, skips comments and heredoc bodies, keeps start lines', () => {
    const text = 'FROM a \\\n  AS b\n# c\nRUN <<EOF\nFROM not-an-image\nEOF\nfrom c\n';
    assert.deepEqual(
      readInstructions(text).map((i) => [i.line, i.keyword, i.args]),
      [
        [1, 'FROM', 'a    AS b'],
        [4, 'RUN', '<<EOF'],
        [7, 'FROM', 'c'],
      ],
    );
  });
  it('honours the escape directive', () => {
    const text = '# escape=`\nFROM a `\n  AS b\n';
    assert.deepEqual(
      readInstructions(text).map((i) => [i.line, i.args]),
      [[2, 'a    AS b']],
    );
  });
});

describe('container/dockerfile: a realistic multi-stage Dockerfile', () => {
  const out = run(FIXTURE);
  it('lists each base image with its version, purl, scope and line', () => {
    assert.deepEqual(view(out), [
      ['node', '20.11.0-bookworm-slim', 'pkg:docker/node@20.11.0-bookworm-slim', 'pinned', 'dev', [6]],
      [
        'golang',
        'sha256:9c7ea4afdc2624d6ddf2b4e1b1e4d8f4c1a0e46e8b6c3b0c7f2b4cc9f1e2a3b4',
        'pkg:docker/golang@sha256:9c7ea4afdc2624d6ddf2b4e1b1e4d8f4c1a0e46e8b6c3b0c7f2b4cc9f1e2a3b4',
        'pinned',
        'dev',
        [11],
      ],
      [
        'gcr.io/distroless/nodejs20-debian12',
        'nonroot',
        'pkg:docker/distroless/nodejs20-debian12@nonroot?repository_url=gcr.io',
        'pinned',
        'prod',
        [20],
      ],
    ]);
    assert.equal(out.packages[1]!.source.integrity, out.packages[1]!.version);
  });
  it('says why an image with an unset build argument is left out', () => {
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code, d.line]),
      [['warning', 'unresolved-image', 18]],
    );
    assert.match(out.diagnostics[0]!.message, /"REGISTRY", which has no default/);
  });
});

describe('container/dockerfile: edge cases and hostile input', () => {
  it('scratch and stage names are not images; library/ and docker.io are Docker Hub', () => {
    const out = run(
      'FROM docker.io/library/alpine:3.19 AS Base\nFROM base\nFROM scratch\nCOPY --from=base / /\n',
    );
    assert.deepEqual(view(out), [['alpine', '3.19', 'pkg:docker/alpine@3.19', 'pinned', 'dev', [1]]]);
  });
  it('COPY --from and RUN --mount from= pull images; stage names and indexes do not', () => {
    const out = run(
      [
        'FROM golang:1.22 AS build',
        'RUN --mount=type=bind,from=ghcr.io/acme/certs:2024,source=/c,target=/c go build ./...',
        'FROM alpine:3.19',
        'COPY --from=build /out /bin/',
        'COPY --from=0 /out /bin/',
        'COPY --from=nginx:1.25 --chown=1:1 /etc/nginx /etc/nginx',
        'COPY --chown=1:1 src dst',
      ].join('\n'),
    );
    assert.deepEqual(view(out), [
      ['golang', '1.22', 'pkg:docker/golang@1.22', 'pinned', 'dev', [1]],
      [
        'ghcr.io/acme/certs',
        '2024',
        'pkg:docker/acme/certs@2024?repository_url=ghcr.io',
        'pinned',
        'dev',
        [2],
      ],
      ['alpine', '3.19', 'pkg:docker/alpine@3.19', 'pinned', 'prod', [3]],
      ['nginx', '1.25', 'pkg:docker/nginx@1.25', 'pinned', 'prod', [6]],
    ]);
    assert.deepEqual(out.diagnostics, []);
  });
  it('an untagged image is unresolved "latest"; an unset tag argument keeps the image unresolved', () => {
    const out = run('ARG TAG\nFROM redis\nFROM node:${TAG}\n');
    assert.deepEqual(view(out), [
      ['redis', 'latest', 'pkg:docker/redis', 'unresolved', 'dev', [2]],
      ['node', '${TAG}', 'pkg:docker/node', 'unresolved', 'prod', [3]],
    ]);
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['unpinned-image', 'unresolved-image'],
    );
  });
  it('ARG inside a stage does not apply to later FROM lines', () => {
    const out = run('FROM a:1\nARG V=2\nFROM b:$V\n');
    assert.deepEqual(
      out.packages.map((p) => [p.name, p.resolution]),
      [
        ['a', 'pinned'],
        ['b', 'unresolved'],
      ],
    );
  });
  it('an empty FROM and a bad reference are warnings with lines', () => {
    const out = run('FROM\nFROM Not/Valid\nFROM ok:1\n');
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['invalid-from', 1],
        ['invalid-image', 2],
      ],
    );
    assert.equal(out.packages.length, 1);
  });
  it('terminal escapes in a reference are quoted', () => {
    const out = run('FROM evil\u001b[31m:1\n');
    const msg = out.diagnostics.map((d) => d.message).join();
    assert.ok(!msg.includes('\u001b'));
    assert.match(msg, /evil\\u001b\[31m/);
  });
  it('thousands of FROM lines and long continuations are read', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `FROM img${i % 50}:1`).join('\n');
    assert.equal(run(text).packages.length, 50);
    const long = `FROM a:1 ${'\\\n x '.repeat(20000)}\n`;
    assert.equal(run(long).packages.length, 1);
  });
});
