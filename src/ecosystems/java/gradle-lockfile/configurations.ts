/**
 * Gradle configuration names -> Sterling scopes. A configuration that feeds tests (any name with a
 * `test`/`Test` word: `testRuntimeClasspath`, `debugUnitTestCompileClasspath`, `androidTestUtil`) is
 * `dev`. The compile and runtime classpaths of main code (`compileClasspath`, `runtimeClasspath`,
 * `productionRuntimeClasspath`, Android variants such as `releaseRuntimeClasspath`) are `prod`.
 * Everything else (`annotationProcessor`, `kapt`, `developmentOnly`, `detekt`, tool classpaths) is
 * build-time tooling that does not ship: `dev`. Every dependency of `buildscript-gradle.lockfile`
 * (the build's own plugin classpath) is `dev` for the same reason.
 */
import type { Scope } from '../../../core/model/package.js';

function hasTestWord(name: string): boolean {
  // `test` at the start, or a camelCase `Test` word anywhere (`contest` is not a test word).
  return name.startsWith('test') || name.includes('Test');
}

function isMainClasspath(name: string): boolean {
  return (
    name === 'compileClasspath' ||
    name === 'runtimeClasspath' ||
    name.endsWith('CompileClasspath') ||
    name.endsWith('RuntimeClasspath')
  );
}

export function scopeOfConfiguration(name: string): Scope {
  if (hasTestWord(name)) return 'dev';
  return isMainClasspath(name) ? 'prod' : 'dev';
}

/**
 * Scopes of an entry listing `configurations` (each scope it is used in, so a library on both the
 * runtime and the test classpath is prod and dev); `prod` when it lists none (usage unknown: assume shipped).
 */
export function scopesOf(configurations: readonly string[], buildscript: boolean): Scope[] {
  if (buildscript) return ['dev'];
  if (configurations.length === 0) return ['prod'];
  let prod = false;
  let dev = false;
  for (const c of configurations) {
    if (scopeOfConfiguration(c) === 'prod') prod = true;
    else dev = true;
  }
  const out: Scope[] = [];
  if (prod) out.push('prod');
  if (dev) out.push('dev');
  return out;
}
