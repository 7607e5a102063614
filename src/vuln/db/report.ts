/** What an import did, counted. read = inserted + replaced + unchanged + withdrawn + invalid. */
export interface ImportReport {
  /** Records met (valid or not), plus documents that could not be read as records. */
  read: number;
  /** New records stored. */
  inserted: number;
  /** Stored records replaced by a copy with a newer `modified`. */
  replaced: number;
  /** Records whose stored copy is as new or newer (not written). */
  unchanged: number;
  /** Withdrawn records (never stored) ... */
  withdrawn: number;
  /** ... of which this many removed a stored copy. */
  deleted: number;
  /** Records that failed validation, and documents or zip entries that could not be read. */
  invalid: number;
  /** Files and zip entries that are not OSV documents (not .json, or .yaml/.yml in folders). */
  ignored: number;
  /** Inputs, folders' files or whole zips that were refused (too large, not a zip, zip bomb...). */
  skipped: number;
  /** The first problems, each naming its file (`all.zip!GO-1.json` for a zip entry) and the reason. */
  problems: ImportProblem[];
  /** Problems counted but not listed. */
  problemsOmitted: number;
  /** Counts per base ecosystem of the records' affected packages. */
  ecosystems: Record<string, EcosystemCounts>;
}

export interface ImportProblem {
  file: string;
  reason: string;
}

export interface EcosystemCounts {
  inserted: number;
  replaced: number;
  unchanged: number;
  withdrawn: number;
}

export function emptyReport(): ImportReport {
  return {
    read: 0,
    inserted: 0,
    replaced: 0,
    unchanged: 0,
    withdrawn: 0,
    deleted: 0,
    invalid: 0,
    ignored: 0,
    skipped: 0,
    problems: [],
    problemsOmitted: 0,
    ecosystems: {},
  };
}

export function addProblem(report: ImportReport, max: number, file: string, reason: string): void {
  if (report.problems.length < max) report.problems.push({ file, reason });
  else report.problemsOmitted++;
}

export function countEcosystem(report: ImportReport, eco: string, key: keyof EcosystemCounts): void {
  let counts = report.ecosystems[eco];
  if (!counts) {
    counts = { inserted: 0, replaced: 0, unchanged: 0, withdrawn: 0 };
    report.ecosystems[eco] = counts;
  }
  counts[key]++;
}

/** Adds `part` (one input's tally) into `total`. */
export function mergeReport(total: ImportReport, part: ImportReport, maxProblems: number): void {
  for (const k of ['read', 'inserted', 'replaced', 'unchanged', 'withdrawn', 'deleted'] as const) {
    total[k] += part[k];
  }
  for (const k of ['invalid', 'ignored', 'skipped', 'problemsOmitted'] as const) total[k] += part[k];
  for (const p of part.problems) addProblem(total, maxProblems, p.file, p.reason);
  for (const [eco, counts] of Object.entries(part.ecosystems)) {
    const into = total.ecosystems[eco];
    if (!into) total.ecosystems[eco] = { ...counts };
    else for (const k of ['inserted', 'replaced', 'unchanged', 'withdrawn'] as const) into[k] += counts[k];
  }
}
