import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeScript } from './analyze.js';

/** [command, type found (undefined: none), pinned] — Scorecard's rules, one command each. */
const CASES: [string, string | undefined, boolean?][] = [
  // go get / go install
  ['go install example.com/org/tool@latest', 'goCommand', false],
  ['go get github.com/org/name@main', 'goCommand', false],
  ['/usr/local/go/bin/go install github.com/org/name@some_tag', 'goCommand', false],
  ['go install github.com/org/name@0123456789abcdef0123456789abcdef01234567', 'goCommand', true],
  ['go install example.org/x/tool@v1.4.0', 'goCommand', true],
  ['go install example.org/x/tool@v1.4.0-rc.1+build.5', 'goCommand', true],
  ['go get -insecure example.org/x/tool@v1.4.0', 'goCommand', false],
  ['go get example.org/x/tool@v1.4', 'goCommand', false],
  ['go get example.org/x/tool@none', 'goCommand', true],
  ['go get -u -v example.org/x/tool', 'goCommand', false],
  ['go get ./internal/tool', 'goCommand', true],
  ['go get localdir', 'goCommand', true],
  ['go install', undefined],
  ['go mod download', undefined],
  ['go build ./...', undefined],
  // pip
  ['pip install requests', 'pipCommand', false],
  ['pip3 install requests==2.31.0', 'pipCommand', false],
  ['pip install -r requirements.txt', 'pipCommand', false],
  ['pip install -r requirements.txt --require-hashes', 'pipCommand', true],
  ['pip3 install --require-hashes -r requirements.txt', 'pipCommand', true],
  ['pip install', 'pipCommand', false],
  ['pip install dist/pkg-1.0-py3-none-any.whl', 'pipCommand', true],
  ['pip install dist/pkg-1.0-py3-none-any.whl requests', 'pipCommand', false],
  ['pip install --no-deps -e .', 'pipCommand', true],
  ['pip install -e .', 'pipCommand', false],
  [
    'pip install --no-deps -e git+https://example.com/r.git@0123456789abcdef0123456789abcdef01234567#egg=p',
    'pipCommand',
    true,
  ],
  ['pip install --no-deps -e git+https://example.com/r.git@v1.0', 'pipCommand', false],
  [
    'pip install --no-deps -e hg+https://example.com/r@0123456789abcdef0123456789abcdef01234567',
    'pipCommand',
    false,
  ],
  ['python -m pip install -r requirements.txt', 'pipCommand', false],
  ["python3 -m pip install 'pkg>1'", 'pipCommand', false],
  ['python -m pip install --require-hashes -r r.txt', 'pipCommand', true],
  ['python -m pip install build.whl', 'pipCommand', true],
  ['python -m notpip install x', undefined],
  ['python setup.py install', undefined],
  // npm
  ['npm install', 'npmCommand', false],
  ['npm i -g typescript', 'npmCommand', false],
  ['npm install-test', 'npmCommand', false],
  ['npm ci', 'npmCommand', true],
  ['npm install github:org/repo#0123456789abcdef0123456789abcdef01234567', 'npmCommand', true],
  ['npm install git+https://example.com/r.git#v1', 'npmCommand', false],
  ['npm run build', undefined],
  ['npm install-ci-test', undefined],
  // choco
  ["choco install 'some-package'", 'chocoCommand', false],
  ["choco install --requirechecksum 'some-package'", 'chocoCommand', true],
  ['choco install --require-checksums=true pkg', 'chocoCommand', true],
  // nuget / dotnet / msbuild
  ['nuget install some-package', 'nugetCommand', false],
  ['nuget install some-package -Version 1.2.3', 'nugetCommand', true],
  ['nuget install packages.config', 'nugetCommand', true],
  ['nuget restore', 'nugetCommand', false],
  ['nuget restore -LockedMode', 'nugetCommand', true],
  ['dotnet restore', 'nugetCommand', false],
  ['dotnet restore --locked-mode', 'nugetCommand', true],
  ['msbuild.exe /t:restore', 'nugetCommand', false],
  ['msbuild.exe /t:restore /p:RestoreLockedMode=true', 'nugetCommand', true],
  ['dotnet add package Some.Package', 'nugetCommand', false],
  ['dotnet add App.csproj package Some.Package', 'nugetCommand', false],
  ['dotnet add package Some.Package --version 1.2.3', 'nugetCommand', true],
  ['dotnet build', undefined],
  // sudo and assignments do not hide the command
  ['sudo pip install x', 'pipCommand', false],
  ['CI=1 npm install', 'npmCommand', false],
];

describe('shell: package-manager installs (Scorecard rules)', () => {
  for (const [cmd, type, pinned] of CASES) {
    it(`${cmd} -> ${type ?? 'none'}${type ? (pinned ? ' pinned' : ' unpinned') : ''}`, () => {
      const deps = analyzeScript(cmd, new Set()).dependencies;
      if (type === undefined) return assert.deepEqual(deps, []);
      assert.deepEqual(
        deps.map((d) => [d.type, d.pinned, d.line, d.snippet]),
        [[type, pinned, 1, cmd]],
      );
    });
  }
  it('a whole script: one fact per install, each on its own line', () => {
    const script = CASES.map(([c]) => c).join('\n');
    const deps = analyzeScript(script, new Set()).dependencies;
    const want = CASES.flatMap(([, type, pinned], i) => (type ? [[type, pinned, i + 1]] : []));
    assert.deepEqual(
      deps.map((d) => [d.type, d.pinned, d.line]),
      want,
    );
  });
});
