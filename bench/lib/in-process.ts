import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanResult } from '../../src/core/model/scan-result.js';
import { type ScanOptions, scan } from '../../src/core/pipeline/scan.js';
import type { ExtractorContext } from '../../src/core/plugin/extractor.js';
import { packageLockExtractor } from '../../src/ecosystems/npm/package-lock/index.js';
import { formatById } from '../../src/report/registry.js';
import { measure, type Timing } from './measure.js';
import type { Row } from './table.js';

export interface InProcessConfig {
  warmup: number;
  runs: number;
}

export interface LockfileInput {
  /** Path relative to the target, e.g. `package-lock.json`. */
  rel: string;
  text: string;
}

export interface InProcessResult {
  rows: Row[];
  result: ScanResult;
  /** The CycloneDX and SPDX texts of one pipeline run, for counting. */
  cyclonedx: string;
  spdx: string;
  extractorPackages?: number;
  timings: { floor?: Timing; pipelineCdx?: Timing };
}

function format(id: 'cyclonedx' | 'spdx') {
  const f = formatById(id);
  if (!f) throw new Error(`report format ${id} is not registered`);
  return f;
}

/** Reads sibling files of the target for the extractor's context, outside the timed region. */
function contextFor(dir: string, rel: string): ExtractorContext {
  const files = ['package.json', rel].sort();
  const texts = new Map<string, string | undefined>();
  for (const f of files) {
    try {
      texts.set(f, readFileSync(join(dir, f), 'utf8'));
    } catch {
      texts.set(f, undefined);
    }
  }
  const present = files.filter((f) => texts.get(f) !== undefined);
  return { files: present, has: (p) => present.includes(p), readText: (p) => texts.get(p) };
}

/** The rows measured inside this process: floor, extractor, pipeline, renders. */
export async function runInProcess(
  dir: string,
  lock: LockfileInput | undefined,
  options: ScanOptions,
  cfg: InProcessConfig,
): Promise<InProcessResult> {
  const rows: Row[] = [];
  const timings: InProcessResult['timings'] = {};
  const cdx = format('cyclonedx');
  const spdx = format('spdx');
  let extractorPackages: number | undefined;

  if (lock) {
    const path = join(dir, lock.rel);
    const floor = await measure(() => JSON.parse(readFileSync(path, 'utf8')), cfg);
    timings.floor = floor;
    rows.push({ label: 'floor: read + JSON.parse', timing: floor });
    const ctx = contextFor(dir, lock.rel);
    const file = { path: lock.rel, text: lock.text };
    extractorPackages = packageLockExtractor.extract(file, ctx).packages.length;
    rows.push({
      label: 'extractor only (parse + extract)',
      timing: await measure(() => packageLockExtractor.extract(file, ctx), cfg),
    });
  } else {
    rows.push({
      label: 'floor: read + JSON.parse',
      note: 'skipped: no package-lock.json at the folder root',
    });
    rows.push({ label: 'extractor only (parse + extract)', note: 'skipped: no package-lock.json' });
  }

  const result = await scan(dir, options);
  rows.push({ label: 'pipeline: scan()', timing: await measure(() => scan(dir, options), cfg) });
  rows.push({ label: '  CycloneDX render alone', timing: await measure(() => cdx.render(result), cfg) });
  rows.push({ label: '  SPDX render alone', timing: await measure(() => spdx.render(result), cfg) });
  const pipelineCdx = await measure(async () => cdx.render(await scan(dir, options)), cfg);
  timings.pipelineCdx = pipelineCdx;
  rows.push({ label: 'pipeline + CycloneDX render', timing: pipelineCdx });
  rows.push({
    label: 'pipeline + SPDX render',
    timing: await measure(async () => spdx.render(await scan(dir, options)), cfg),
  });

  const out: InProcessResult = {
    rows,
    result,
    cyclonedx: cdx.render(result),
    spdx: spdx.render(result),
    timings,
  };
  if (extractorPackages !== undefined) out.extractorPackages = extractorPackages;
  return out;
}
