/** Parsing a workflow's `uses:` value: `owner/repo[/path]@ref`, `./local`, `docker://image`. */

export type UsesRef =
  | { kind: 'action'; owner: string; repo: string; path: string; ref: string; refKind: RefKind }
  | { kind: 'local'; path: string }
  | { kind: 'docker'; image: string }
  | { kind: 'invalid'; reason: string };

/** `sha`: a full commit SHA; `tag`: looks like a version tag; `branch`: anything else. */
export type RefKind = 'sha' | 'tag' | 'branch';

function isHex(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
    if (!ok) return false;
  }
  return s.length > 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A ref as GitHub resolves it: 40 hex -> commit; `v1`, `1.2.3`, `v4.1.0-beta` -> tag; else a branch. */
export function classifyRef(ref: string): RefKind {
  if (ref.length === 40 && isHex(ref)) return 'sha';
  const c0 = ref.charCodeAt(0);
  if (isDigit(c0)) return 'tag';
  if ((c0 === 118 || c0 === 86) && isDigit(ref.charCodeAt(1))) return 'tag'; // v1, V2
  return 'branch';
}

function validSegment(s: string): boolean {
  if (s === '' || s === '.' || s === '..') return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 127) return false;
  }
  return true;
}

export function parseUses(raw: string): UsesRef {
  const value = raw.trim();
  if (value.startsWith('./') || value === '.') return { kind: 'local', path: value };
  if (value.startsWith('docker://')) return { kind: 'docker', image: value.slice('docker://'.length) };
  if (value.includes('${{'))
    return { kind: 'invalid', reason: 'an expression, which GitHub does not allow in uses' };
  const at = value.lastIndexOf('@');
  if (at < 0) return { kind: 'invalid', reason: 'no @ref (GitHub requires one)' };
  const ref = value.slice(at + 1);
  const parts = value.slice(0, at).split('/');
  const [owner, repo] = parts;
  if (
    owner === undefined ||
    repo === undefined ||
    !validSegment(owner) ||
    !validSegment(repo) ||
    !validSegment(ref)
  ) {
    return { kind: 'invalid', reason: 'not of the form owner/repo[/path]@ref' };
  }
  const rest = parts.slice(2);
  if (rest.some((p) => !validSegment(p)))
    return { kind: 'invalid', reason: 'an empty or dot segment in its path' };
  return { kind: 'action', owner, repo, path: rest.join('/'), ref, refKind: classifyRef(ref) };
}
