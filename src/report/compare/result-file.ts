/**
 * A ScanResult JSON file read back (`scan --compare previous.json`, `badge --from result.json`):
 * checked against the subset of schema/scan-result.schema.json that these uses read, so that a wrong
 * or hand-edited file is refused with a message naming the field, never half-used.
 */
import { z } from 'zod';
import { InputError } from '../../core/errors/index.js';
import type { PreviousFinding, PreviousScan } from '../../core/model/comparison.js';
import { SEVERITY_LEVELS } from '../../core/model/vulnerability.js';

const text = z.string().max(10_000);
const notRun = z.object({ status: z.literal('not-run'), reason: text });

const finding = z.object({
  key: text,
  id: text,
  aliases: z.array(text).max(1000),
  kind: z.enum(['vulnerability', 'malicious']),
  severity: z.object({ level: z.enum(SEVERITY_LEVELS) }),
  package: z.object({ ecosystem: text, name: text, version: text }),
  fixedIn: text.optional(),
  suppressed: z.object({}).loose().optional(),
});

const RESULT = z.object({
  schemaVersion: z.string().regex(/^1\.\d{1,4}\.\d{1,4}$/, 'expected a 1.x schema version'),
  tool: z.object({ name: z.literal('sterling') }),
  target: z.object({ name: text, input: text }),
  createdAt: text,
  vulnerabilities: z.discriminatedUnion('status', [
    z.object({ status: z.literal('ok'), findings: z.array(finding).max(1_000_000) }),
    notRun,
  ]),
  posture: z.discriminatedUnion('status', [
    z.object({ status: z.literal('ok'), aggregateScore: z.number().min(-1).max(10) }),
    notRun,
  ]),
  baseline: z.discriminatedUnion('status', [
    z.object({
      status: z.literal('ok'),
      version: text,
      levelReached: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    }),
    notRun,
  ]),
});

/** The parts of a ScanResult that comparisons and badges read. */
export type ResultSummary = z.infer<typeof RESULT>;

/** Parses the text of a ScanResult JSON file; throws an InputError naming the file and the field. */
export function parseResultFile(content: string, path: string): ResultSummary {
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch (err) {
    throw new InputError(`${path}: not JSON (${(err as Error).message})`, {
      path,
      hint: 'Give a file written by `sterling scan --format json`.',
    });
  }
  const parsed = RESULT.safeParse(doc);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
  throw new InputError(`${path}: not a Sterling scan result: ${problems.join('; ')}`, {
    path,
    hint: 'Give a file written by `sterling scan --format json` (schema/scan-result.schema.json, version 1.x).',
  });
}

/** What a comparison keeps of an earlier result. */
export function previousScan(result: ResultSummary, source: string): PreviousScan {
  const v = result.vulnerabilities;
  const out: PreviousScan = { source, createdAt: result.createdAt };
  if (v.status !== 'ok') return out;
  out.findings = v.findings.map((f): PreviousFinding => {
    const p: PreviousFinding = {
      key: f.key,
      id: f.id,
      aliases: f.aliases,
      kind: f.kind,
      severity: { level: f.severity.level },
      package: { ecosystem: f.package.ecosystem, name: f.package.name, version: f.package.version },
      suppressed: f.suppressed !== undefined,
    };
    if (f.fixedIn !== undefined) p.fixedIn = f.fixedIn;
    return p;
  });
  return out;
}
