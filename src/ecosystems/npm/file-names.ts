/** The last segment of a POSIX path relative to the scanned root. */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** An extractor's cheap `matches`: true when the path's file name is one of `names`. */
export function matchesFileName(names: readonly string[]): (path: string) => boolean {
  return (path) => names.includes(basename(path));
}
