/** Where GitHub reads a CODEOWNERS file: the root, .github/ or docs/ (case-sensitive name). */
const LOCATIONS = new Set(['CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS']);

export function hasCodeowners(paths: readonly string[]): boolean {
  return paths.some((p) => LOCATIONS.has(p));
}
