/** Scorecard's CODEOWNERS lookup: a file named exactly CODEOWNERS, at any depth (case-sensitive). */
export function hasCodeowners(paths: readonly string[]): boolean {
  return paths.some((p) => p === 'CODEOWNERS' || p.endsWith('/CODEOWNERS'));
}
