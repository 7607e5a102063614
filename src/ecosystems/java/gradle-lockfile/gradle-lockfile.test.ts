import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { scopeOfConfiguration, scopesOf } from './configurations.js';
import { gradleLockfileExtractor } from './index.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

function run(path: string, text: string) {
  return extractMemory(gradleLockfileExtractor, path, { [path]: text });
}

describe('java/gradle-lockfile', () => {
  it('matches both lockfile names by basename only', () => {
    for (const [path, want] of [
      ['gradle.lockfile', true],
      ['app/gradle.lockfile', true],
      ['app/buildscript-gradle.lockfile', true],
      ['gradle.lockfile.bak', false],
      ['gradle.lockfile/x', false],
      ['settings-gradle.lockfile', false],
      ['gradle/dependency-locks/compileClasspath.lockfile', true],
      ['app/gradle/dependency-locks/testRuntimeClasspath.lockfile', true],
      ['gradle/dependency-locks/.lockfile', false],
      ['dependency-locks/compileClasspath.lockfile', false],
      ['gradle/other/compileClasspath.lockfile', false],
    ] as const) {
      assert.equal(gradleLockfileExtractor.matches(path), want, path);
    }
  });

  it('reads a realistic lockfile: ids, purls, lines, scopes, nothing direct', () => {
    const out = run('svc/gradle.lockfile', fixture('gradle.lockfile'));
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.purl, p.locations[0]?.line, p.scopes.join('+'), p.direct]),
      [
        [
          'Maven:com.fasterxml.jackson.core:jackson-annotations@2.15.2',
          'pkg:maven/com.fasterxml.jackson.core/jackson-annotations@2.15.2',
          4,
          'prod+dev',
          false,
        ],
        [
          'Maven:com.fasterxml.jackson.core:jackson-databind@2.15.2',
          'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.15.2',
          5,
          'prod+dev',
          false,
        ],
        [
          'Maven:com.google.errorprone:error_prone_annotations@2.18.0',
          'pkg:maven/com.google.errorprone/error_prone_annotations@2.18.0',
          6,
          'dev',
          false,
        ],
        [
          'Maven:org.apiguardian:apiguardian-api@1.1.2',
          'pkg:maven/org.apiguardian/apiguardian-api@1.1.2',
          7,
          'dev',
          false,
        ],
        [
          'Maven:org.junit.jupiter:junit-jupiter-api@5.10.0',
          'pkg:maven/org.junit.jupiter/junit-jupiter-api@5.10.0',
          8,
          'dev',
          false,
        ],
        ['Maven:org.slf4j:slf4j-api@2.0.9', 'pkg:maven/org.slf4j/slf4j-api@2.0.9', 9, 'prod', false],
        [
          'Maven:org.springframework.boot:spring-boot-devtools@3.1.4',
          'pkg:maven/org.springframework.boot/spring-boot-devtools@3.1.4',
          10,
          'dev',
          false,
        ],
      ],
    );
    assert.deepEqual(out.diagnostics, []);
    assert.deepEqual(out.projects, []);
    for (const p of out.packages) {
      assert.equal(p.ecosystem, 'Maven');
      assert.equal(p.resolution, 'pinned');
      assert.equal(p.locations[0]?.path, 'svc/gradle.lockfile');
    }
  });

  it('buildscript lockfile: the plugin classpath is dev', () => {
    const out = run('buildscript-gradle.lockfile', fixture('buildscript-gradle.lockfile'));
    assert.deepEqual(
      out.packages.map((p) => [p.name, p.scopes]),
      [
        ['com.diffplug.spotless:spotless-plugin-gradle', ['dev']],
        ['org.jetbrains.kotlin:kotlin-gradle-plugin', ['dev']],
      ],
    );
  });

  it('Gradle 4.8-5 per-configuration lockfiles: scope from the file name', () => {
    const text = '# comment\ncom.google.guava:guava:32.1.2-jre\njunit:junit:4.13.2\n';
    for (const [path, scopes] of [
      ['gradle/dependency-locks/runtimeClasspath.lockfile', ['prod']],
      ['gradle/dependency-locks/testRuntimeClasspath.lockfile', ['dev']],
      ['gradle/dependency-locks/buildscript-classpath.lockfile', ['dev']],
    ] as const) {
      const out = run(path, text);
      assert.deepEqual(
        out.packages.map((p) => [p.id, p.locations[0]?.line, p.scopes]),
        [
          ['Maven:com.google.guava:guava@32.1.2-jre', 2, scopes],
          ['Maven:junit:junit@4.13.2', 3, scopes],
        ],
        path,
      );
      assert.deepEqual(out.diagnostics, []);
    }
  });

  it('maps configuration names to scopes', () => {
    for (const [name, want] of [
      ['compileClasspath', 'prod'],
      ['runtimeClasspath', 'prod'],
      ['productionRuntimeClasspath', 'prod'],
      ['releaseRuntimeClasspath', 'prod'],
      ['testCompileClasspath', 'dev'],
      ['testRuntimeClasspath', 'dev'],
      ['debugUnitTestRuntimeClasspath', 'dev'],
      ['integrationTestRuntimeClasspath', 'dev'],
      ['testFixturesRuntimeClasspath', 'dev'],
      ['annotationProcessor', 'dev'],
      ['developmentOnly', 'dev'],
      ['kapt', 'dev'],
    ] as const) {
      assert.equal(scopeOfConfiguration(name), want, name);
    }
    assert.deepEqual(scopesOf([], false), ['prod']);
    assert.deepEqual(scopesOf(['runtimeClasspath'], true), ['dev']);
  });

  it('merges a module listed twice into one package with both lines', () => {
    const out = run('gradle.lockfile', 'a:b:1=testRuntimeClasspath\na:b:1=runtimeClasspath\n');
    assert.equal(out.packages.length, 1);
    assert.deepEqual(
      out.packages[0]?.locations.map((l) => l.line),
      [1, 2],
    );
    assert.deepEqual(out.packages[0]?.scopes, ['prod', 'dev']);
  });

  it('tolerates CRLF, a BOM and an entry without configurations', () => {
    const out = run('gradle.lockfile', '\ufeff# c\r\na:b:1.0=\r\nc:d:2.0\r\nempty=\r\n');
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.locations[0]?.line, p.scopes]),
      [
        ['Maven:a:b@1.0', 2, ['prod']],
        ['Maven:c:d@2.0', 3, ['prod']],
      ],
    );
    assert.deepEqual(out.diagnostics, []);
  });
});

describe('java/gradle-lockfile: hostile input', () => {
  it('reports malformed lines with their line and keeps the rest', () => {
    const out = run('gradle.lockfile', 'a:b=x\n:b:1=x\na:b:c:d=x\nok:ok:1=runtimeClasspath\na: b:1=x\n');
    assert.deepEqual(
      out.packages.map((p) => p.id),
      ['Maven:ok:ok@1'],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['invalid-entry', 1],
        ['invalid-entry', 2],
        ['invalid-entry', 3],
        ['invalid-entry', 5],
      ],
    );
  });

  it('quotes terminal escapes from the file in messages', () => {
    const out = run('gradle.lockfile', '\u001b[31mevil\u009b\n');
    assert.equal(out.diagnostics.length, 1);
    const message = out.diagnostics[0]!.message;
    assert.ok(!message.includes('\u001b'), message);
    assert.ok(!message.includes('\u009b'), message);
    assert.ok(message.includes('\\u001b'), message);
  });

  it('bounds diagnostics from a flood of bad lines', () => {
    const out = run('gradle.lockfile', 'garbage\n'.repeat(10_000));
    assert.deepEqual(out.packages, []);
    assert.equal(out.diagnostics.length, 51);
    assert.equal(out.diagnostics.at(-1)?.code, 'too-many-diagnostics');
  });

  it('keeps a huge lockfile linear: 50 000 entries', () => {
    let text = '';
    for (let i = 0; i < 50_000; i++) text += `g${i}:a:1.${i}=runtimeClasspath\n`;
    const out = run('gradle.lockfile', text);
    assert.equal(out.packages.length, 50_000);
    assert.equal(out.packages.at(-1)?.locations[0]?.line, 50_000);
  });
});
