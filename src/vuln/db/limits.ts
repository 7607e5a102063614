/** Bounds on what an import reads. Inputs are untrusted (downloaded or handed over): every size is capped. */
export interface ImportLimits {
  /** Entries in one zip's central directory (the osv.dev npm all.zip has a few hundred thousand). */
  maxZipEntries: number;
  /** Uncompressed size of one zip entry, and of one file in an imported folder. */
  maxEntryBytes: number;
  /** Uncompressed size of all entries of one zip together. */
  maxZipTotalBytes: number;
  /** Uncompressed/compressed ratio above which an entry is treated as a zip bomb ... */
  maxRatio: number;
  /** ... once it is at least this large (small entries cannot do harm). */
  ratioFloorBytes: number;
  /** Size of a .json/.yaml file named on the command line (it may hold an array of records). */
  maxFileBytes: number;
  /** Files walked in one folder. */
  maxDirFiles: number;
  /** Problems listed in the report; the rest are only counted. */
  maxProblems: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxZipEntries: 2_000_000,
  maxEntryBytes: 10 * MIB,
  maxZipTotalBytes: 8 * 1024 * MIB,
  maxRatio: 100,
  ratioFloorBytes: 64 * 1024,
  maxFileBytes: 256 * MIB,
  maxDirFiles: 2_000_000,
  maxProblems: 100,
};

/** Records between two progress callbacks. */
export const PROGRESS_EVERY = 1000;
