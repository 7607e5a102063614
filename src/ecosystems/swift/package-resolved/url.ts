/**
 * A Swift package's repository URL the way OSV's SwiftURL ecosystem and osv-scalibr name it:
 * `github.com/apple/swift-nio` (no scheme, no user, no `.git`, no trailing slash; `git@host:path`
 * becomes `host/path`). Undefined when no host and path can be found.
 */
export interface SwiftName {
  /** `github.com/apple/swift-nio` */
  name: string;
  /** `github.com/apple` (the purl namespace) */
  namespace: string;
  /** `swift-nio` */
  last: string;
}

export function swiftName(url: string): SwiftName | undefined {
  let rest = url.trim();
  const local = rest.startsWith('/');
  const scheme = rest.indexOf('://');
  if (scheme >= 0) rest = rest.slice(scheme + 3);
  else {
    // scp-like `git@github.com:owner/repo.git`
    const colon = rest.indexOf(':');
    if (colon > 0 && !rest.slice(0, colon).includes('/'))
      rest = `${rest.slice(0, colon)}/${rest.slice(colon + 1)}`;
  }
  const slash = rest.indexOf('/');
  const at = rest.lastIndexOf('@', slash < 0 ? rest.length : slash);
  if (at >= 0) rest = rest.slice(at + 1);
  const q = rest.search(/[?#]/);
  if (q >= 0) rest = rest.slice(0, q);
  while (rest.endsWith('/')) rest = rest.slice(0, -1);
  if (rest.endsWith('.git')) rest = rest.slice(0, -4);
  const parts = rest.split('/').filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  if (!local) parts[0] = parts[0]!.toLowerCase(); // host names are case-insensitive
  const last = parts.at(-1)!;
  return { name: parts.join('/'), namespace: parts.slice(0, -1).join('/'), last };
}
