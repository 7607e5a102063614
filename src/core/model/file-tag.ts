/**
 * Tags for files that describe tests, examples or fixtures rather than what a project ships. Their
 * packages are in the inventory, marked, so that reports and policies can tell them apart.
 */
export const FILE_TAGS = ['example', 'fixture', 'test'] as const;
export type FileTag = (typeof FILE_TAGS)[number];
