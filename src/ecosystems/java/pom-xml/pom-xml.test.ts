import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { pomXmlExtractor, scopesOf } from './index.js';
import { interpolate, MAX_LENGTH } from './interpolate.js';
import { classifyVersion } from './version-spec.js';

function read(rel: string): string {
  return readFileSync(new URL(`./__fixtures__/multimodule/${rel}`, import.meta.url), 'utf8');
}

const TREE: Record<string, string> = {
  'pom.xml': read('pom.xml'),
  'core/pom.xml': read('core/pom.xml'),
  'web/pom.xml': read('web/pom.xml'),
};

function summary(path: string) {
  const out = extractMemory(pomXmlExtractor, path, TREE);
  return {
    out,
    rows: out.packages.map((p) => [p.id, p.resolution, p.scopes.join('+'), p.locations[0]?.line]),
    diagnostics: out.diagnostics.map((d) => [d.level, d.code, d.path, d.line ?? null]),
  };
}

describe('java/pom-xml: a multi-module build', () => {
  it('matches pom.xml by basename only', () => {
    for (const [path, want] of [
      ['pom.xml', true],
      ['a/b/pom.xml', true],
      ['pom.xml.bak', false],
      ['my-pom.xml', false],
    ] as const) {
      assert.equal(pomXmlExtractor.matches(path), want, path);
    }
  });

  it('root: own dependency, BOM import and missing module said once', () => {
    const { out, rows, diagnostics } = summary('pom.xml');
    assert.deepEqual(rows, [['Maven:org.slf4j:slf4j-api@2.0.9', 'pinned', 'prod', 47]]);
    assert.deepEqual(diagnostics, [
      ['info', 'module-not-found', 'pom.xml', null],
      ['info', 'bom-import', 'pom.xml', 25],
    ]);
    assert.match(out.diagnostics[0]!.message, /"docs"/);
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.version, p.location.line, p.dependencies]),
      [
        [
          'Maven:.',
          'com.acme:acme-parent',
          '2.1.0',
          2,
          [{ id: 'Maven:org.slf4j:slf4j-api@2.0.9', scope: 'prod' }],
        ],
      ],
    );
  });

  it('core: managed versions and scopes, exact pins, ranges and undefined properties unresolved', () => {
    const { out, rows, diagnostics } = summary('core/pom.xml');
    assert.deepEqual(rows, [
      ['Maven:com.fasterxml.jackson.core:jackson-databind@2.15.2', 'pinned', 'prod', 12],
      ['Maven:com.google.guava:guava@32.1.2-jre', 'pinned', 'prod', 16],
      ['Maven:org.apache.commons:commons-text@[1.9,2.0)', 'unresolved', 'prod', 21],
      ['Maven:jakarta.servlet:jakarta.servlet-api@6.0.0', 'pinned', 'prod', 26],
      ['Maven:org.projectlombok:lombok@1.18.30', 'pinned', 'optional', 32],
      ['Maven:io.micrometer:micrometer-core@${micrometer.version}', 'unresolved', 'prod', 38],
      ['Maven:org.junit.jupiter:junit-jupiter@5.10.0', 'pinned', 'dev', 43],
      // Inherited from the parent, located at this POM's <parent> element.
      ['Maven:org.slf4j:slf4j-api@2.0.9', 'pinned', 'prod', 4],
    ]);
    assert.deepEqual(diagnostics, [
      ['warning', 'unresolved-version', 'core/pom.xml', 21],
      ['warning', 'unresolved-version', 'core/pom.xml', 38],
    ]);
    assert.match(out.diagnostics[0]!.message, /version range "\[1\.9,2\.0\)"/);
    assert.match(out.diagnostics[1]!.message, /property "micrometer\.version"/);
    const project = out.projects[0]!;
    assert.deepEqual(
      [project.id, project.name, project.version],
      ['Maven:core', 'com.acme:acme-core', '2.1.0'],
    );
    assert.ok(out.packages.every((p) => p.direct));
    assert.equal(
      out.packages.find((p) => p.name === 'org.apache.commons:commons-text')?.purl,
      'pkg:maven/org.apache.commons/commons-text',
    );
  });

  it('web: parent found by coordinates, module dependency is first-party, BOM-managed version unresolved, inactive profile optional', () => {
    const { out, rows, diagnostics } = summary('web/pom.xml');
    assert.deepEqual(rows, [
      ['Maven:org.springframework.boot:spring-boot-starter-web@', 'unresolved', 'prod', 19],
      ['Maven:org.testcontainers:postgresql@1.19.0', 'pinned', 'dev+optional', 29],
      ['Maven:org.slf4j:slf4j-api@2.0.9', 'pinned', 'prod', 4],
    ]);
    assert.deepEqual(diagnostics, [
      ['warning', 'unresolved-version', 'web/pom.xml', 19],
      ['info', 'inactive-profile', 'web/pom.xml', null],
    ]);
    assert.match(
      out.diagnostics[0]!.message,
      /imported BOM \("org\.springframework\.boot:spring-boot-dependencies:3\.1\.4"\)/,
    );
  });
});

describe('java/pom-xml: a Spring Boot service with its parent in a remote repository', () => {
  const path = 'orders/pom.xml';
  const text = readFileSync(new URL('./__fixtures__/spring-boot/pom.xml', import.meta.url), 'utf8');

  it('versions the parent manages stay unresolved, each naming the parent', () => {
    const out = extractMemory(pomXmlExtractor, path, { [path]: text });
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.resolution, p.scopes.join('+'), p.locations[0]?.line]),
      [
        ['Maven:org.springframework.boot:spring-boot-starter-web@', 'unresolved', 'prod', 22],
        ['Maven:org.mapstruct:mapstruct@1.5.5.Final', 'pinned', 'prod', 26],
        ['Maven:org.postgresql:postgresql@', 'unresolved', 'prod', 31],
        ['Maven:org.springframework.boot:spring-boot-starter-test@', 'unresolved', 'dev', 36],
      ],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code, d.line]),
      [
        ['info', 'remote-parent', 5],
        ['warning', 'unresolved-version', 22],
        ['warning', 'unresolved-version', 31],
        ['warning', 'unresolved-version', 36],
      ],
    );
    for (const d of out.diagnostics.slice(1)) {
      assert.match(
        d.message,
        /the parent POM "org\.springframework\.boot:spring-boot-starter-parent:3\.2\.1"/,
      );
    }
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.version, p.dependencies.length]),
      [['Maven:orders', 'com.example:orders-service', '0.0.1-SNAPSHOT', 4]],
    );
  });
});

describe('java/pom-xml: BOMs in the tree', () => {
  const bom = (body: string) =>
    `<project><groupId>com.acme</groupId><artifactId>acme-bom</artifactId><version>1.0</version><packaging>pom</packaging>
<properties><netty.version>4.1.100.Final</netty.version></properties>
<dependencyManagement><dependencies>
<dependency><groupId>io.netty</groupId><artifactId>netty-handler</artifactId><version>\${netty.version}</version></dependency>
<dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>2.0.0</version></dependency>
${body}
</dependencies></dependencyManagement></project>`;
  const app = `<project><groupId>com.acme</groupId><artifactId>app</artifactId><version>1.0</version>
<dependencyManagement><dependencies>
<dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>2.0.9</version></dependency>
<dependency><groupId>com.acme</groupId><artifactId>acme-bom</artifactId><version>1.0</version><type>pom</type><scope>import</scope></dependency>
</dependencies></dependencyManagement>
<dependencies>
<dependency><groupId>io.netty</groupId><artifactId>netty-handler</artifactId></dependency>
<dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId></dependency>
<dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-core</artifactId></dependency>
</dependencies></project>`;

  it('reads a BOM found in the tree; its own management wins; a remote BOM behind it is named', () => {
    const remote =
      '<dependency><groupId>com.fasterxml.jackson</groupId><artifactId>jackson-bom</artifactId><version>2.16.1</version><type>pom</type><scope>import</scope></dependency>';
    const out = extractMemory(pomXmlExtractor, 'app/pom.xml', {
      'app/pom.xml': app,
      'bom/pom.xml': bom(remote),
    });
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.resolution]),
      [
        ['Maven:io.netty:netty-handler@4.1.100.Final', 'pinned'],
        ['Maven:org.slf4j:slf4j-api@2.0.9', 'pinned'],
        ['Maven:com.fasterxml.jackson.core:jackson-core@', 'unresolved'],
      ],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['unresolved-version'],
    );
    assert.match(out.diagnostics[0]!.message, /com\.fasterxml\.jackson:jackson-bom:2\.16\.1/);
  });

  it('a BOM importing itself does not loop', () => {
    const self =
      '<dependency><groupId>com.acme</groupId><artifactId>acme-bom</artifactId><version>1.0</version><type>pom</type><scope>import</scope></dependency>';
    const out = extractMemory(pomXmlExtractor, 'app/pom.xml', {
      'app/pom.xml': app,
      'bom/pom.xml': bom(self),
    });
    assert.equal(out.packages.length, 3);
  });
});

describe('java/pom-xml: profiles', () => {
  it('an active-by-default profile supplies properties and managed versions; others do not', () => {
    const text = `<project>
<properties><v>1.0</v></properties>
<profiles>
  <profile><id>other</id><properties><v>9.9</v></properties>
    <dependencyManagement><dependencies><dependency><groupId>m</groupId><artifactId>n</artifactId><version>9.9</version></dependency></dependencies></dependencyManagement>
  </profile>
  <profile><id>default</id><activation><activeByDefault>true</activeByDefault></activation>
    <properties><v>2.0</v></properties>
    <dependencyManagement><dependencies><dependency><groupId>m</groupId><artifactId>n</artifactId><version>3.0</version></dependency></dependencies></dependencyManagement>
  </profile>
</profiles>
<dependencies>
  <dependency><groupId>a</groupId><artifactId>b</artifactId><version>\${v}</version></dependency>
  <dependency><groupId>m</groupId><artifactId>n</artifactId></dependency>
</dependencies></project>`;
    const out = extractMemory(pomXmlExtractor, 'pom.xml', { 'pom.xml': text });
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.locations[0]?.line]),
      [
        ['Maven:a:b@2.0', 13],
        ['Maven:m:n@3.0', 14],
      ],
    );
    assert.deepEqual(out.diagnostics, []);
  });
});

describe('java/pom-xml: pieces', () => {
  it('maps Maven scopes', () => {
    for (const [scope, optional, want] of [
      ['', false, ['prod']],
      ['compile', false, ['prod']],
      ['runtime', false, ['prod']],
      ['provided', false, ['prod']],
      ['system', false, ['prod']],
      ['test', false, ['dev']],
      ['compile', true, ['optional']],
      ['test', true, ['dev', 'optional']],
    ] as const) {
      assert.deepEqual(scopesOf(scope, optional), want, `${scope} ${optional}`);
    }
  });

  it('classifies version texts', () => {
    for (const [text, version, resolution] of [
      ['1.0', '1.0', 'pinned'],
      ['[1.0]', '1.0', 'pinned'],
      ['[1.0,2.0)', '[1.0,2.0)', 'unresolved'],
      ['(,1.0]', '(,1.0]', 'unresolved'],
      ['[1.0,1.1),[1.2,)', '[1.0,1.1),[1.2,)', 'unresolved'],
      ['${x}', '${x}', 'unresolved'],
      ['', '', 'unresolved'],
      ['4.1.42.Final', '4.1.42.Final', 'pinned'],
    ] as const) {
      const v = classifyVersion(text);
      assert.deepEqual([v.version, v.resolution], [version, resolution], text);
    }
  });

  it('interpolates recursively and stops at cycles and blow-ups', () => {
    const props = new Map([
      ['a', '${b}'],
      ['b', '${a}'],
      ['v', '${major}.${minor}'],
      ['major', '1'],
      ['minor', '2'],
      ['self', 'x${self}'],
    ]);
    assert.equal(interpolate('${v}', props), '1.2');
    assert.equal(interpolate('${a}', props), '${a}');
    assert.equal(interpolate('${self}', props), 'x${self}');
    assert.equal(interpolate('${nope}-1', props), '${nope}-1');
    assert.equal(interpolate('${unterminated', props), '${unterminated');
    const bomb = new Map<string, string>();
    for (let i = 0; i < 40; i++) bomb.set(`p${i}`, `\${p${i + 1}}\${p${i + 1}}`);
    bomb.set('p40', 'lol');
    assert.ok(interpolate('${p0}', bomb).length <= MAX_LENGTH);
  });
});

describe('java/pom-xml: hostile input', () => {
  const pom = (deps: string) => `<project><dependencies>${deps}</dependencies></project>`;
  const run = (text: string, extra: Record<string, string> = {}) =>
    extractMemory(pomXmlExtractor, 'pom.xml', { 'pom.xml': text, ...extra });

  it('rejects malformed XML with the file and line', () => {
    assert.throws(
      () => run('<project>\n  <dependencies>\n    <dependency>\n  </dependencies>\n</project>'),
      (e: Error & { path?: string; line?: number }) =>
        e.name === 'InputError' && e.path === 'pom.xml' && e.line === 4 && e.message.includes('pom.xml'),
    );
    assert.throws(() => run('<settings><x/></settings>'), /not a Maven POM/);
  });

  it('does not expand entities (billion laughs)', () => {
    let doctype = '<!DOCTYPE project [\n <!ENTITY lol0 "lol">\n';
    for (let i = 1; i < 10; i++) doctype += ` <!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">\n`;
    doctype += ']>\n';
    const out = run(
      `<?xml version="1.0"?>\n${doctype}<project><dependencies><dependency><groupId>g</groupId><artifactId>a</artifactId><version>&lol9;</version></dependency></dependencies></project>`,
    );
    assert.equal(out.packages.length, 1);
    assert.equal(out.packages[0]!.version, '&lol9;');
  });

  it('refuses external entities (XXE)', () => {
    assert.throws(
      () =>
        run(
          '<?xml version="1.0"?>\n<!DOCTYPE project [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<project><version>&xxe;</version></project>',
        ),
      (e: Error) => e.name === 'InputError' && !e.message.includes('root:'),
    );
  });

  it('bounds nesting depth', () => {
    const deep = `<project>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</project>`;
    assert.throws(
      () => run(deep),
      (e: Error) => e.name === 'InputError' && /nested deeper/.test(e.message),
    );
  });

  it('quotes terminal escapes from the file', () => {
    const out = run(
      pom(
        '<dependency><groupId>g</groupId><artifactId>a</artifactId><version>${\u001b[31mx}</version></dependency>',
      ),
    );
    const message = out.diagnostics[0]!.message;
    assert.ok(!message.includes('\u001b'), message);
    assert.ok(message.includes('\\u001b'), message);
  });

  it('survives a parent cycle and a self-parent', () => {
    const a = `<project><groupId>g</groupId><artifactId>a</artifactId><version>1</version>
<parent><groupId>g</groupId><artifactId>b</artifactId><version>1</version><relativePath>b/pom.xml</relativePath></parent>
<dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId><version>\${p}</version></dependency></dependencies></project>`;
    const b = `<project><groupId>g</groupId><artifactId>b</artifactId><version>1</version>
<parent><groupId>g</groupId><artifactId>a</artifactId><version>1</version><relativePath>../pom.xml</relativePath></parent>
<properties><p>2</p></properties></project>`;
    const out = run(a, { 'b/pom.xml': b });
    assert.deepEqual(
      out.packages.map((p) => p.id),
      ['Maven:x:y@2'],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [['parent-chain', 2]],
    );
    assert.match(out.diagnostics[0]!.message, /"b\/pom\.xml" leads back/);
  });

  it('follows a long chain of local parents only so far', () => {
    const files: Record<string, string> = {};
    let dir = '';
    for (let i = 0; i < 40; i++) {
      const parent = `<parent><groupId>g</groupId><artifactId>p${i + 1}</artifactId><version>1</version></parent>`;
      files[`${dir}pom.xml`] =
        `<project>${parent}<artifactId>p${i}</artifactId><properties><v${i}>${i}</v${i}></properties>` +
        (i === 0
          ? '<dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId><version>${v16}-${v17}</version></dependency></dependencies>'
          : '') +
        '</project>';
      dir = `d/${dir}`;
    }
    // The POMs nest downwards here, so each parent is the pom.xml one folder up: reverse the layout.
    const tree: Record<string, string> = {};
    const paths = Object.keys(files);
    paths.forEach((p, i) => {
      tree[paths[paths.length - 1 - i]!] = files[p]!;
    });
    const leaf = paths[paths.length - 1]!;
    const out = extractMemory(pomXmlExtractor, leaf, tree);
    // p0 .. p16 are read (the child and 16 parents): v16 resolves, v17 does not.
    assert.deepEqual(
      out.packages.map((p) => [p.version, p.resolution]),
      [['16-${v17}', 'unresolved']],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['parent-chain', 'unresolved-version'],
    );
    assert.match(out.diagnostics[0]!.message, /more than 16 local parent POMs/);
  });

  it('does not follow a relativePath out of the scanned tree', () => {
    const text = `<project><parent><groupId>g</groupId><artifactId>p</artifactId><version>1</version><relativePath>../../pom.xml</relativePath></parent><artifactId>c</artifactId></project>`;
    const out = run(text);
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['remote-parent'],
    );
  });

  it('bounds diagnostics from many broken dependencies', () => {
    const out = run(pom('<dependency><artifactId>x</artifactId></dependency>'.repeat(500)));
    assert.equal(out.diagnostics.length, 51);
    assert.equal(out.diagnostics.at(-1)?.code, 'too-many-diagnostics');
  });

  it('reads each POM of a large tree once per scan, however many look for a remote parent', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      files[`m${i}/pom.xml`] =
        `<project><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.2.1</version></parent><artifactId>m${i}</artifactId></project>`;
    }
    const paths = Object.keys(files).sort();
    const reads = new Map<string, number>();
    const ctx = {
      files: paths,
      has: (p: string) => p in files,
      readText: (p: string) => {
        reads.set(p, (reads.get(p) ?? 0) + 1);
        return files[p];
      },
    };
    for (const path of paths) {
      const out = pomXmlExtractor.extract({ path, text: files[path]! }, ctx);
      assert.deepEqual(
        out.diagnostics.map((d) => d.code),
        ['remote-parent'],
      );
    }
    assert.ok(
      [...reads.values()].every((n) => n === 1),
      'every POM read at most once',
    );
  });

  it('handles many dependencies with their lines', () => {
    let deps = '';
    for (let i = 0; i < 5000; i++)
      deps += `<dependency>\n<groupId>g${i}</groupId><artifactId>a</artifactId><version>1</version></dependency>\n`;
    const out = run(`<project>\n<dependencies>\n${deps}</dependencies></project>`);
    assert.equal(out.packages.length, 5000);
    assert.equal(out.packages[4999]!.locations[0]!.line, 3 + 2 * 4999);
  });
});
