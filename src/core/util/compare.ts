/** Code-unit order, independent of locale: the order every sorted output uses. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
