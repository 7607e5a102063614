import type { FileTag } from '../core/model/file-tag.js';

/**
 * Which files are tests, examples or fixtures. Such lockfiles are scanned (they are real code someone
 * may run or copy), but reports and policies can tell them apart: a package found only in tagged
 * files carries the tags, and `--fail-on` does not count its findings unless asked to
 * (`--fail-on-tagged`).
 */

/** Folder names (compared case-insensitively) that give a file under them its tag. */
const FOLDER_TAGS: ReadonlyMap<string, FileTag> = new Map([
  ['__fixtures__', 'fixture'],
  ['__mocks__', 'fixture'],
  ['fixture', 'fixture'],
  ['fixtures', 'fixture'],
  ['test-data', 'fixture'],
  ['test-fixtures', 'fixture'],
  ['test_data', 'fixture'],
  ['testdata', 'fixture'],
  ['__tests__', 'test'],
  ['e2e', 'test'],
  ['spec', 'test'],
  ['specs', 'test'],
  ['test', 'test'],
  ['tests', 'test'],
  ['demo', 'example'],
  ['demos', 'example'],
  ['example', 'example'],
  ['examples', 'example'],
  ['sample', 'example'],
  ['samples', 'example'],
]);

/** Folder names that give a tag, for docs and help text. */
export function taggedFolderNames(tag: FileTag): string[] {
  return [...FOLDER_TAGS].filter(([, t]) => t === tag).map(([name]) => name);
}

/**
 * The tag of a file (a POSIX path relative to the scanned root), from the innermost folder whose
 * name marks tests, fixtures or examples: `test/fixtures/app/package-lock.json` is a fixture,
 * `examples/demo-app/tests/go.mod` a test. Undefined for everything else. The file name itself
 * never counts (`requirements-test.txt` is a dev manifest, handled by its extractor).
 */
export function fileTag(path: string): FileTag | undefined {
  const segments = path.split('/');
  for (let i = segments.length - 2; i >= 0; i--) {
    const tag = FOLDER_TAGS.get(segments[i]!.toLowerCase());
    if (tag) return tag;
  }
  return undefined;
}
