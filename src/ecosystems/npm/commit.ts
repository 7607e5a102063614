/** Whether `s` is `min` to `max` hexadecimal digits (either case). A loop, no regular expression. */
export function isHex(s: string, min: number, max: number): boolean {
  if (s.length < min || s.length > max) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) return false;
  }
  return true;
}

/**
 * Whether a git ref reads as a commit hash: 7 (git's shortest abbreviation) to 64 (SHA-256) hex
 * digits. A lockfile's git source is pinned by such a ref; a branch or tag name is not.
 */
export function isCommitHash(ref: string): boolean {
  return isHex(ref, 7, 64);
}
