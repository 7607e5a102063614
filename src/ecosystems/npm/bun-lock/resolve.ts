/**
 * bun.lock's package keys are node_modules paths written with package names: `chalk/supports-color`
 * is the supports-color installed inside chalk's node_modules, `@acme/web/lodash` the lodash inside
 * workspace @acme/web's. A dependency of the package at key K resolves, as Node would find it, to the
 * nearest key `<ancestor of K>/<dependency>`, ending with the top-level `<dependency>`.
 */

/** Package-name segments of a key: `@babel/core/debug` is ['@babel/core', 'debug']. */
export function keySegments(key: string): string[] {
  const parts = key.split('/');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.startsWith('@') && i + 1 < parts.length) {
      out.push(`${part}/${parts[i + 1]}`);
      i++;
    } else out.push(part);
  }
  return out;
}

/** Name a key's package is installed under (its last segment): differs from the package name for an alias. */
export function installedName(key: string): string {
  const segments = keySegments(key);
  return segments[segments.length - 1] ?? key;
}

/**
 * The key a dependency named `dep` of the package at `segments` resolves to, or undefined.
 * Tries `a/b/dep`, `a/dep`, `dep`: at most one lookup per segment.
 */
export function findResolution<T>(
  map: ReadonlyMap<string, T>,
  segments: readonly string[],
  dep: string,
): string | undefined {
  for (let k = segments.length; k >= 0; k--) {
    const candidate = k === 0 ? dep : `${segments.slice(0, k).join('/')}/${dep}`;
    if (map.has(candidate)) return candidate;
  }
  return undefined;
}
