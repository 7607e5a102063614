import type { BaselineEvidence } from '../../core/model/baseline.js';
import type { Finding } from '../../core/model/posture.js';
import { runProbe } from '../probe.js';
import { probeById } from '../probes/registry.js';
import type { RawFacts } from '../raw/collect.js';
import type { SecurityInsights } from '../raw/security-insights/schema.js';
import { collectDocFacts, type DocFacts, type Heading, headingsOf } from './docs.js';
import type { BaselineForgeFacts } from './forge.js';

/** Everything a Baseline evaluator may look at. */
export interface BaselineInput {
  readonly raw: RawFacts;
  /** Findings of a posture probe (run once, on first use). */
  probe(id: string): readonly Finding[];
  /** Documents found by name. */
  docs(): DocFacts;
  /** Headings of a document in the checkout (empty when it cannot be read). */
  headings(path: string): readonly Heading[];
  /** The text of a document in the checkout, or undefined. */
  text(path: string): string | undefined;
  /** The first bytes of a file, as latin1 text (for file signatures), or undefined. */
  head(path: string): string | undefined;
  /** The valid security-insights.yml, or undefined (absent or invalid: see raw.securityInsights()). */
  insights(): SecurityInsights | undefined;
  /** Evidence pointing at a key of security-insights.yml (with its line). */
  insightsEvidence(path: ReadonlyArray<string | number>): BaselineEvidence;
  /** Dependency manifests and lockfiles the inventory read; undefined when no inventory was collected. */
  readonly dependencyFiles: readonly string[] | undefined;
  /** Tag names in the git checkout; undefined when there is no git history. */
  readonly tags: readonly string[] | undefined;
  /** The git URL the target was cloned from, read again with no credentials at all (it is public). */
  readonly publicCloneUrl: string | undefined;
  /** Repository settings from the forge; undefined while Sterling has no forge client wired in. */
  readonly forge: BaselineForgeFacts | undefined;
}

export interface BaselineSources {
  raw: RawFacts;
  read(path: string): string | undefined;
  /** The first `bytes` bytes of a file, or undefined. */
  readHead(path: string, bytes: number): Buffer | undefined;
  dependencyFiles?: readonly string[];
  tags?: readonly string[];
  publicCloneUrl?: string;
  forge?: BaselineForgeFacts;
}

/** Bytes read by `head`. */
const HEAD_BYTES = 4096;

function memo<K, V>(f: (k: K) => V): (k: K) => V {
  const cache = new Map<K, V>();
  return (k) => {
    if (!cache.has(k)) cache.set(k, f(k));
    return cache.get(k)!;
  };
}

export function baselineInput(s: BaselineSources): BaselineInput {
  const { raw } = s;
  let docs: DocFacts | undefined;
  const text = memo((path: string) => s.read(path));
  return {
    raw,
    probe: memo((id: string) => {
      const p = probeById(id);
      if (!p) throw new Error(`unknown probe ${id}`);
      return runProbe(p, raw);
    }),
    docs: () => {
      docs ??= collectDocFacts(raw.files.paths);
      return docs;
    },
    text,
    head: (path) => s.readHead(path, HEAD_BYTES)?.toString('latin1'),
    headings: memo((path: string) => {
      const t = text(path);
      return t === undefined ? [] : headingsOf(t);
    }),
    insights: () => {
      const si = raw.securityInsights();
      return si.status === 'valid' ? si.data : undefined;
    },
    insightsEvidence: (path) => {
      const si = raw.securityInsights();
      const file = si.status === 'absent' ? 'security-insights.yml' : si.path;
      const line = si.status === 'valid' ? si.lineOf(path) : undefined;
      const ref = path
        .map((p) => (typeof p === 'number' ? `[${p}]` : p))
        .join('.')
        .replaceAll('.[', '[');
      return line === undefined
        ? { kind: 'security-insights', ref, path: file }
        : { kind: 'security-insights', ref, path: file, line };
    },
    dependencyFiles: s.dependencyFiles,
    tags: s.tags,
    publicCloneUrl: s.publicCloneUrl,
    forge: s.forge,
  };
}
