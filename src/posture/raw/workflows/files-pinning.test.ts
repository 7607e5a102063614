import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  inVendorDir,
  isScorecardDockerfile,
  isScorecardShellScript,
  isTemplateFile,
  shellScriptPinning,
} from './files-pinning.js';

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
