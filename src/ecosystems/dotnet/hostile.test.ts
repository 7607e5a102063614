/** Hostile and malformed input for the .NET extractors: bounded, quoted, InputError with file and line. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../test/helpers/extract.js';
import { InputError } from '../../core/errors/index.js';
import type { Extractor } from '../../core/plugin/extractor.js';
import { csprojExtractor } from './csproj/index.js';
import { depsJsonExtractor } from './deps-json/index.js';
import { directoryPackagesPropsExtractor } from './directory-packages-props/index.js';
import { packagesConfigExtractor } from './packages-config/index.js';
import { packagesLockExtractor } from './packages-lock/index.js';
import { classifyVersion, expandProperties } from './shared/nuget.js';
import { decodeEntities, parseXmlFile } from './shared/xml.js';

const ESC = '\u001b';

function run(extractor: Extractor, path: string, text: string, extra: Record<string, string> = {}) {
  return extractMemory(extractor, path, { [path]: text, ...extra });
}

function throwsAt(fn: () => unknown, path: string, line: number | undefined): void {
  assert.throws(fn, (e: unknown) => e instanceof InputError && e.path === path && e.line === line);
}

const BOMB = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<packages>
  <package id="&lol3;" version="1.0.0" />
</packages>
`;

describe('dotnet XML: hostile input', () => {
  it('an entity bomb is never expanded: the id stays the reference as written', () => {
    const out = run(packagesConfigExtractor, 'packages.config', BOMB);
    assert.deepEqual(
      out.packages.map((p) => [p.name, p.locations[0]?.line]),
      [['&lol3;', 9]],
    );
  });

  it('an external entity is not read', () => {
    const xxe =
      '<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<packages><package id="&x;" version="1"/></packages>';
    let names: string[] = [];
    try {
      names = run(packagesConfigExtractor, 'packages.config', xxe).packages.map((p) => p.name);
    } catch (e) {
      assert.ok(e instanceof InputError, 'refused as input, or kept as text');
    }
    assert.ok(names.every((n) => n === '&x;'));
  });

  const malformed: [string, Extractor, string, string, number][] = [
    ['csproj not XML', csprojExtractor, 'a/A.csproj', 'not\nxml', 1],
    ['csproj unclosed', csprojExtractor, 'a/A.csproj', '<Project>\n  <ItemGroup>\n</Project>\n', 3],
    [
      'props mismatched',
      directoryPackagesPropsExtractor,
      'Directory.Packages.props',
      '<Project>\n<ItemGroup></Project>',
      2,
    ],
    ['packages.config garbage', packagesConfigExtractor, 'packages.config', '{"json": true}', 1],
    [
      'deep nesting',
      csprojExtractor,
      'D.csproj',
      `<a>\n${'<b>'.repeat(100_000)}${'</b>'.repeat(100_000)}</a>`,
      2,
    ],
  ];
  for (const [name, extractor, path, text, line] of malformed) {
    it(`${name}: InputError naming the file and line`, () =>
      throwsAt(() => run(extractor, path, text), path, line));
  }

  it('an empty file is an InputError', () => {
    throwsAt(() => run(packagesConfigExtractor, 'packages.config', ''), 'packages.config', 1);
  });

  it('terminal escapes in names are data and quoted in messages', () => {
    const out = run(
      csprojExtractor,
      'A.csproj',
      `<Project><ItemGroup>\n<PackageReference Include="evil&#x1b;[31m" />\n</ItemGroup></Project>`,
    );
    assert.equal(out.packages[0]?.name, `evil${ESC}[31m`);
    assert.ok(out.diagnostics.every((d) => !d.message.includes(ESC)));
    assert.match(out.diagnostics[0]!.message, /evil\\u001b\[31m/);
  });

  it('a flood of broken entries is capped per code', () => {
    const out = run(
      packagesConfigExtractor,
      'packages.config',
      `<packages>${'<package version="1"/>'.repeat(1000)}</packages>`,
    );
    assert.equal(out.diagnostics.length, 51);
  });

  it('20k references are read with their lines', () => {
    const items = Array.from(
      { length: 20_000 },
      (_, i) => `<PackageReference Include="P${i}" Version="1.0.${i}" />`,
    ).join('\n');
    const out = run(
      csprojExtractor,
      'A.csproj',
      `<Project>\n<ItemGroup>\n${items}\n</ItemGroup>\n</Project>`,
    );
    assert.equal(out.packages.length, 20_000);
    assert.equal(out.packages[19_999]?.locations[0]?.line, 20_002);
  });
});

describe('dotnet JSON: malformed and hostile input', () => {
  const bad: [string, Extractor, string, string, number][] = [
    [
      'lock not JSON',
      packagesLockExtractor,
      'packages.lock.json',
      '{\n  "version": 1,\n  "dependencies": {,\n',
      3,
    ],
    ['lock without dependencies', packagesLockExtractor, 'packages.lock.json', '{"version": 1}', 1],
    ['deps.json null', depsJsonExtractor, 'app.deps.json', 'null', 1],
    ['deps.json deep', depsJsonExtractor, 'app.deps.json', `${'['.repeat(5000)}${']'.repeat(5000)}`, 1],
  ];
  for (const [name, extractor, path, text, line] of bad) {
    it(`${name}: InputError naming the file and line`, () =>
      throwsAt(() => run(extractor, path, text), path, line));
  }

  it('bad entries are diagnostics; the rest is kept', () => {
    const lock = JSON.stringify({
      version: 1,
      dependencies: {
        'net8.0': {
          [`evil${ESC}`]: { type: 'Direct' },
          ok: { type: 'Transitive', resolved: '1.0.0' },
          weird: 'x',
        },
        broken: [],
      },
    });
    const out = run(packagesLockExtractor, 'packages.lock.json', lock);
    assert.deepEqual(
      out.packages.map((p) => p.name),
      ['ok'],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['invalid-entry', 'invalid-entry', 'invalid-entry'],
    );
    assert.ok(out.diagnostics.every((d) => !d.message.includes(ESC)));
    const deps = run(
      depsJsonExtractor,
      'a.deps.json',
      JSON.stringify({ libraries: { noslash: {}, 'x/1': 'y', 'ok/1.0.0': { type: 'package' } } }),
    );
    assert.deepEqual(
      deps.packages.map((p) => p.id),
      ['NuGet:ok@1.0.0'],
    );
    assert.equal(deps.diagnostics.length, 2);
  });
});

describe('dotnet/csproj: Update items', () => {
  it('an Update of an item included in the same file sets its version; a lone Update is a reference', () => {
    const out = run(
      csprojExtractor,
      'A.csproj',
      '<Project>\n<ItemGroup>\n<PackageReference Include="A" />\n<PackageReference Update="A" Version="2.0.0" />\n<PackageReference Update="B" Version="3.0.0" />\n</ItemGroup>\n</Project>',
    );
    assert.deepEqual(
      out.packages.map((p) => `${p.name}@${p.version} ${p.resolution} ${p.locations[0]?.line}`),
      ['A@2.0.0 pinned 3', 'B@3.0.0 pinned 5'],
    );
    assert.deepEqual(out.diagnostics, []);
  });
});

describe('dotnet helpers', () => {
  const versions: [string | undefined, string][] = [
    ['1.2.3', 'version 1.2.3'],
    [' [1.2.3] ', 'version 1.2.3'],
    ['[1.0,2.0)', 'reason a version range'],
    ['1.*', 'reason a floating version'],
    ['$(X)', 'reason the version "$(X)" uses an MSBuild property Sterling cannot expand'],
    ['', 'reason no version'],
    [undefined, 'reason no version'],
  ];
  for (const [input, want] of versions) {
    it(`classifyVersion(${JSON.stringify(input)})`, () => {
      const r = classifyVersion(input);
      assert.equal('version' in r ? `version ${r.version}` : `reason ${r.reason}`, want);
    });
  }

  it('expandProperties: defined, undefined, recursive and unterminated references', () => {
    const props = new Map([
      ['a', '1.0'],
      ['b', '$(a)'],
    ]);
    assert.equal(expandProperties('$(A).$(missing)', props), '1.0.$(missing)');
    assert.equal(expandProperties('$(b)', props), '$(b)');
    assert.equal(expandProperties('x$(a', props), 'x$(a');
  });

  it('decodeEntities: predefined and character references, others kept', () => {
    assert.equal(decodeEntities('a &amp; b &lt;&#65;&#x42;&custom; &'), 'a & b <AB&custom; &');
  });

  it('element lines skip comments, CDATA and processing instructions', () => {
    const root = parseXmlFile(
      '<?xml version="1.0"?>\n<!-- <x> -->\n<a>\n<![CDATA[<y>]]>\n<b/>\n</a>',
      'f.xml',
    );
    assert.deepEqual([root.line, root.children[0]?.line], [3, 5]);
  });
});
