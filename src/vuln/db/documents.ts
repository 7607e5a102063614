/**
 * Turns one document (a file or zip entry: a JSON record, a JSON array of records, or a YAML
 * record) into stored records. Every record passes the OSV schema; a failure is a counted problem
 * naming the file, never a crash and never a silent drop.
 */
import { UserError } from '../../core/errors/index.js';
import { parseJsonFile } from '../../core/parse/json.js';
import { parseYamlFile } from '../../core/parse/yaml.js';
import { baseEcosystem } from '../osv/names.js';
import { OSV_RECORD, type OsvRecord } from '../osv/record.js';
import { addProblem, countEcosystem, emptyReport, type ImportReport } from './report.js';
import type { RecordStore } from './store.js';

export type DocumentKind = 'json' | 'yaml';

/** The document kind of a file name, or undefined when it is not one (ASCII case-insensitive). */
export function documentKind(name: string, allowYaml: boolean): DocumentKind | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (allowYaml && (lower.endsWith('.yaml') || lower.endsWith('.yml'))) return 'yaml';
  return undefined;
}

export class RecordSink {
  /** The tally of the current input (see begin()). */
  report: ImportReport = emptyReport();

  constructor(
    private readonly store: RecordStore,
    private readonly maxProblems: number,
    /** Called once per record met, for progress. */
    private readonly onRecord: () => void,
  ) {}

  /** Starts a fresh tally for the next input. */
  begin(): void {
    this.report = emptyReport();
  }

  document(text: string, file: string, kind: DocumentKind): void {
    let doc: unknown;
    try {
      doc = kind === 'json' ? parseJsonFile(text, file) : parseYamlFile(text, file, { schema: 'failsafe' });
    } catch (err) {
      this.report.read++;
      this.onRecord();
      this.invalid(file, err instanceof UserError ? stripPath(err.message, file) : String(err));
      return;
    }
    if (!Array.isArray(doc)) {
      this.record(doc, file);
      return;
    }
    for (let i = 0; i < doc.length; i++) this.record(doc[i], `${file}[${i}]`);
  }

  invalid(file: string, reason: string): void {
    this.report.invalid++;
    addProblem(this.report, this.maxProblems, file, reason);
  }

  skipped(file: string, reason: string): void {
    this.report.skipped++;
    addProblem(this.report, this.maxProblems, file, reason);
  }

  ignored(): void {
    this.report.ignored++;
  }

  private record(value: unknown, file: string): void {
    this.report.read++;
    this.onRecord();
    const parsed = OSV_RECORD.safeParse(value);
    if (!parsed.success) {
      const issues = parsed.error.issues;
      const first = issues[0];
      const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
      const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
      this.invalid(file, `not an OSV record: ${where}${first?.message ?? 'invalid'}${more}`);
      return;
    }
    this.store1(parsed.data);
  }

  private store1(record: OsvRecord): void {
    const ecosystems = new Set(
      (record.affected ?? []).flatMap((a) => (a.package ? [baseEcosystem(a.package.ecosystem)] : [])),
    );
    if (record.withdrawn !== undefined) {
      this.report.withdrawn++;
      if (this.store.withdraw(record) === 'deleted') this.report.deleted++;
      for (const eco of ecosystems) countEcosystem(this.report, eco, 'withdrawn');
      return;
    }
    const outcome = this.store.put(record);
    this.report[outcome]++;
    for (const eco of ecosystems) countEcosystem(this.report, eco, outcome);
  }
}

/** `path:3: not valid JSON (...)` -> `line 3: not valid JSON (...)`; the problem names the file already. */
function stripPath(message: string, file: string): string {
  if (!message.startsWith(file)) return message;
  const rest = message.slice(file.length);
  if (rest.startsWith(': ')) return rest.slice(2);
  if (rest.startsWith(':')) return `line ${rest.slice(1)}`;
  return rest;
}
